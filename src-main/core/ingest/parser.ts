import type { ParseInput } from './read-article'
import type { ParsedArticle } from './types'

export type { ParseInput }

/** Turns one file's bytes (or one bulk record) into an article; implementations decide where the work runs. */
export interface ArticleParser {
  parse(input: ParseInput): Promise<ParsedArticle>
  close(): Promise<void>
}

/** Messages between the pool and its workers. */
export interface ParseRequest extends ParseInput {
  id: number
}

export type ParseReply =
  | { id: number; ok: true; article: ParsedArticle }
  | { id: number; ok: false; code: string; message: string }

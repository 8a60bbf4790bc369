import type { ParsedArticle } from './types'

/** Turns one file's bytes into an article; implementations decide where the work runs. */
export interface ArticleParser {
  parse(input: { name: string; bytes: Uint8Array }): Promise<ParsedArticle>
  close(): Promise<void>
}

/** Messages between the pool and its workers. */
export interface ParseRequest {
  id: number
  name: string
  bytes: Uint8Array
}

export type ParseReply =
  | { id: number; ok: true; article: ParsedArticle }
  | { id: number; ok: false; code: string; message: string }

import type { ArticleParser } from './parser'
import { parseArticle } from './parse'
import type { ParsedArticle } from './types'

/** Parses on the calling thread: for unit tests and tiny jobs, without the worker's limits. */
export class InProcessParser implements ArticleParser {
  parse(input: { name: string; bytes: Uint8Array }): Promise<ParsedArticle> {
    try {
      return Promise.resolve(parseArticle(input))
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
  }

  close(): Promise<void> {
    return Promise.resolve()
  }
}

import type { ArticleParser, ParseInput } from './parser'
import { readArticle } from './read-article'
import type { ParsedArticle } from './types'

/** Parses on the calling thread: for unit tests and tiny jobs, without the worker's limits. */
export class InProcessParser implements ArticleParser {
  parse(input: ParseInput): Promise<ParsedArticle> {
    return readArticle(input)
  }

  close(): Promise<void> {
    return Promise.resolve()
  }
}

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { applyRemovals } from '../../../src-main/core/ingest/clean-text'
import type { ParsedArticle, RemovedKind } from '../../../src-main/core/ingest/types'

export const FIXTURES = path.resolve(__dirname, '../../fixtures/ingest')

/** A fixture's bytes, as the importer would hand them over. */
export function fixture(name: string): { name: string; bytes: Uint8Array } {
  return { name, bytes: new Uint8Array(readFileSync(path.join(FIXTURES, name))) }
}

export function cleanOf(article: Pick<ParsedArticle, 'rawText' | 'removed'>): string {
  return applyRemovals(article.rawText, article.removed).text
}

/** The removed text of each kind, for assertions like "this line was removed as comments". */
export function removedText(article: Pick<ParsedArticle, 'rawText' | 'removed'>, kind: RemovedKind): string {
  return article.removed
    .filter((s) => s.kind === kind)
    .map((s) => article.rawText.slice(s.start, s.end))
    .join('\n')
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}

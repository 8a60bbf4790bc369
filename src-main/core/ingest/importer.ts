import { open } from 'node:fs/promises'
import type Database from 'better-sqlite3'
import { findArticleByHash, insertArticle } from '../store/articles'
import { recordImportFile } from '../store/imports'
import type { ImportFileResult } from '../model'
import { contentHash, countWords } from '../text/normalize'
import { applyRemovals } from './clean-text'
import type { ArticleParser, ParseInput } from './parser'
import { applyCorrections, originalSha256, recordOrigin } from './provenance-store'
import { IngestError, MAX_ARTICLE_BYTES, type BulkFormat, type ParsedArticle } from './types'
import { describeFsError } from './walk'
import { storageFailureText } from '../workspaces/problems'

/** A file read and parsed, ready to be stored: the slow part, safe to run ahead and in parallel. */
export type PreparedImport =
  | { file: string; ok: true; bytes: Uint8Array; parsed: ParsedArticle; cleanText: string; hash: string; record?: number }
  | { file: string; ok: false; error: string; record?: number }

export function tooLargeMessage(size: number): string {
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`
  return `The file is ${mb(size)}; the limit for one article is ${mb(MAX_ARTICLE_BYTES)}.`
}

export async function prepareImport(
  parser: ArticleParser,
  file: string,
  bytes: Uint8Array,
  bulk?: { record: number; format: BulkFormat; header?: string[]; delimiter?: string },
): Promise<PreparedImport> {
  const at = bulk ? { record: bulk.record } : {}
  if (bytes.byteLength > MAX_ARTICLE_BYTES) return { file, ok: false, error: tooLargeMessage(bytes.byteLength), ...at }
  try {
    const input: ParseInput = { name: file, bytes }
    if (bulk) {
      const { record: _record, ...rest } = bulk
      input.bulk = rest
    }
    const parsed = await parser.parse(input)
    const cleanText = applyRemovals(parsed.rawText, parsed.removed).text
    return { file, ok: true, bytes, parsed, cleanText, hash: contentHash(cleanText), ...at }
  } catch (error) {
    const message = error instanceof IngestError ? error.message : `Could not import this file: ${String(error)}`
    return { file, ok: false, error: bulk ? `Record ${bulk.record}: ${message}` : message, ...at }
  }
}

/**
 * Stores one prepared file and its report line in a single transaction, so a failure or a crash
 * never leaves half an article. Exact duplicates point at the article stored first.
 */
export function storePrepared(db: Database.Database, batchId: number, p: PreparedImport, now = new Date()): ImportFileResult {
  const at = p.record === undefined ? {} : { record: p.record }
  const failed = (error: string): ImportFileResult => ({ file: p.file, status: 'failed', articleId: null, duplicateOf: null, error, warnings: [], ...at })
  if (!p.ok) {
    const r = failed(p.error)
    recordImportFile(db, batchId, r)
    return r
  }
  const { file } = p
  const sha = originalSha256(p.bytes)
  try {
    return db.transaction((): ImportFileResult => {
      // The analyst's corrections to these same bytes, made before a re-import, still hold.
      const parsed = applyCorrections(db, sha, p.parsed)
      const existing = findArticleByHash(db, p.hash)
      const r: ImportFileResult =
        existing !== null
          ? { file, status: 'duplicate', articleId: null, duplicateOf: existing, error: null, warnings: parsed.warnings, ...at }
          : {
              file,
              status: 'imported',
              articleId: insertArticle(db, {
                ...parsed,
                sourceFile: file,
                original: p.bytes,
                cleanText: p.cleanText,
                contentHash: p.hash,
                wordCount: countWords(p.cleanText),
                importedAt: now.toISOString(),
                batchId,
              }),
              duplicateOf: null,
              error: null,
              warnings: parsed.warnings,
              ...at,
            }
      if (r.articleId !== null) recordOrigin(db, r.articleId, sha, p.record ?? null, parsed.pages)
      recordImportFile(db, batchId, r)
      return r
    })()
  } catch (error) {
    // A full disk is the analyst's to fix, so say so rather than quote SQLite.
    const r = failed(storageFailureText(error, db.name) ?? `Could not store this article: ${error instanceof Error ? error.message : String(error)}`)
    recordImportFile(db, batchId, r)
    return r
  }
}

/** Reads a file for import, refusing oversized files before reading a byte. */
export async function readImportFile(path: string): Promise<{ bytes: Uint8Array } | { error: string }> {
  let handle
  try {
    handle = await open(path, 'r')
    const { size } = await handle.stat()
    if (size > MAX_ARTICLE_BYTES) return { error: tooLargeMessage(size) }
    return { bytes: new Uint8Array(await handle.readFile()) }
  } catch (error) {
    return { error: describeFsError(error) }
  } finally {
    await handle?.close()
  }
}

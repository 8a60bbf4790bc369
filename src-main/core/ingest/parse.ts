/**
 * The one entry point from a file's bytes to a ParsedArticle. Synchronous and pure (no fs, no
 * electron): the importer runs it in a worker thread under time and memory limits.
 */
import { applyRemovals } from './clean-text'
import { decodeBytes, UNICODE_ENCODINGS } from './decode'
import { readHtml } from './html-reader'
import { resolveMetadata, type MetadataHints } from './metadata'
import { cleanPlainText } from './plain-cleaner'
import { sniffFormat } from './sniff'
import type { Reading } from './reading'
import { findSpamSplices } from './spam-splices'
import { IngestError, MAX_ARTICLE_BYTES, type ParsedArticle, type RemovedSpan, type SourceFormat } from './types'

/**
 * Reads one file.
 * @throws IngestError for files that are empty, too large, binary, unreadable, or hold no
 *   article text once boilerplate is removed.
 */
export function parseArticle(input: { name: string; bytes: Uint8Array }): ParsedArticle {
  const { name, bytes } = input
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new IngestError(
      'too_large',
      `The file is ${megabytes(bytes.length)} MB; ` +
        `the largest article Crosscheck reads is ${megabytes(MAX_ARTICLE_BYTES)} MB.`,
    )
  }
  const format = sniffFormat(name, bytes)
  const decoded = decodeBytes(bytes)
  const warnings: string[] = []
  if (!UNICODE_ENCODINGS.has(decoded.encoding)) {
    warnings.push(`The file is not valid UTF-8; it was decoded as ${decoded.encoding}.`)
  }
  if (decoded.text.includes('\uFFFD')) warnings.push('Some characters could not be decoded and show as �.')
  if (decoded.text.trim() === '') throw new IngestError('empty', 'The file is empty: it holds only blank space.')

  let rawText: string
  let removed: RemovedSpan[]
  let hints: MetadataHints
  if (format === 'html') {
    const page = readHtml(decoded.text)
    ;({ rawText, removed, hints } = page)
    warnings.push(...page.warnings)
  } else {
    rawText = decoded.text
    ;({ removed, hints } = cleanPlainText(rawText, format))
  }

  return finishReading(format, decoded.encoding, { rawText, removed, hints, warnings })
}

/**
 * What every reader's output goes through: spliced-in spam is found in what cleaning kept, the
 * article must have text left, and the metadata is settled from the hints and the text.
 * @throws IngestError 'no_text' when nothing but boilerplate is left.
 */
export function finishReading(format: SourceFormat, encoding: string, reading: Reading): ParsedArticle {
  const { hints, warnings } = reading
  // A lone surrogate (from a JSON "\ud800" escape, say) would be altered on its way into SQLite,
  // and breaks JSON and the renderer; U+FFFD takes its place at the same offset.
  const rawText = wellFormed(reading.rawText)
  if (rawText !== reading.rawText) warnings.push('Some characters could not be decoded and show as �.')
  const removed = mergeRemovals(reading.removed, findSpamSplices(rawText, reading.removed))
  const clean = applyRemovals(rawText, removed).text
  if (clean.trim() === '') {
    if (rawText.trim() === '') throw new IngestError('no_text', 'No article text found: the page shows no text.')
    throw new IngestError('no_text', 'No article text found: everything in the file looks like boilerplate.')
  }
  const found = resolveMetadata(hints, rawText, clean)
  const meta = { ...found, title: wellFormed(found.title), outlet: maybe(found.outlet), url: maybe(found.url), author: maybe(found.author) }
  const article: ParsedArticle = { format, encoding, rawText, removed, ...meta, warnings }
  if (reading.pages) article.pages = reading.pages
  return article
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** The string with each lone surrogate replaced by U+FFFD: same length, so offsets still hold. */
export function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD')
}

const maybe = (s: string | null): string | null => (s === null ? null : wellFormed(s))

function mergeRemovals(a: readonly RemovedSpan[], b: readonly RemovedSpan[]): RemovedSpan[] {
  return b.length === 0 ? [...a] : [...a, ...b].sort((x, y) => x.start - y.start)
}

function megabytes(n: number): string {
  const mb = n / (1024 * 1024)
  return mb >= 10 ? mb.toFixed(0) : mb.toFixed(1)
}

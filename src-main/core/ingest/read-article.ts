/**
 * The entry point the parser workers call: any supported file (or one bulk record) to a
 * ParsedArticle. Documents (PDF, Word, e-mail) are told by their bytes first; everything else
 * goes to the text readers in parse.ts.
 */
import { recordFields, readRecord } from './bulk-record'
import { readDocx } from './docx-reader'
import { readEml } from './eml-reader'
import { finishReading, parseArticle } from './parse'
import { readPdf } from './pdf-reader'
import { extensionOf } from './sniff'
import { IngestError, MAX_ARTICLE_BYTES, type BulkFormat, type ParsedArticle } from './types'

/** One unit of work for a reader: a whole file, or one record of a bulk file. */
export interface ParseInput {
  name: string
  bytes: Uint8Array
  /** Set for a record of a bulk file: the file's format and (CSV) its header row. */
  bulk?: { format: BulkFormat; header?: string[]; delimiter?: string }
}

export type DocumentKind = 'pdf' | 'docx' | 'eml'

/** Reads one file or bulk record. @throws IngestError with a reason a person can act on. */
export async function readArticle(input: ParseInput): Promise<ParsedArticle> {
  const { name, bytes, bulk } = input
  if (bulk) {
    const fields = recordFields(new TextDecoder('utf-8').decode(bytes), bulk.format, bulk.header, bulk.delimiter)
    return finishReading(bulk.format, 'utf-8', readRecord(fields))
  }
  const kind = sniffDocument(name, bytes)
  if (kind === null) return parseArticle(input)
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new IngestError('too_large', `The file is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB, the limit for one article.`)
  }
  const reading = kind === 'pdf' ? await readPdf(bytes) : kind === 'docx' ? await readDocx(bytes) : await readEml(bytes)
  return finishReading(kind, kind === 'eml' ? 'mime' : 'binary', reading)
}

const EML_HEADERS = /^(?:(?:received|return-path|delivered-to|mime-version|message-id|from|to|cc|date|subject|reply-to|x-[\w-]+|dkim-signature|content-type|content-transfer-encoding|list-unsubscribe|sender|thread-\w+|references|in-reply-to|arc-[\w-]+|authentication-results)\s*:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*){3,}/i

/**
 * PDF by its signature, .docx by a ZIP that holds word/document.xml (a damaged .docx whose name
 * says so is still sent to the Word reader, which names the damage), e-mail by its header block.
 */
export function sniffDocument(name: string, bytes: Uint8Array): DocumentKind | null {
  if (startsWithAscii(bytes, '%PDF')) return 'pdf'
  const ext = extensionOf(name)
  if (startsWithAscii(bytes, 'PK\u0003\u0004')) return ext === 'docx' || containsAscii(bytes, 'word/document.xml') ? 'docx' : null
  if (ext === 'docx' && !looksLikeText(bytes)) return 'docx'
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8192))
  if (EML_HEADERS.test(head) && (ext === 'eml' || /^(?:mime-version|received|message-id)\s*:/im.test(head))) return 'eml'
  return null
}

function startsWithAscii(bytes: Uint8Array, s: string): boolean {
  if (bytes.length < s.length) return false
  for (let i = 0; i < s.length; i++) if (bytes[i] !== s.charCodeAt(i)) return false
  return true
}

function containsAscii(bytes: Uint8Array, s: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(s, 0, 'latin1')
}

function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512)
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return false
  return true
}


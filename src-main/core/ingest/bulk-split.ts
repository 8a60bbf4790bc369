/**
 * Bulk files (.jsonl/.ndjson, .json arrays, .csv/.tsv) split into records while streaming, so a
 * 200 MB export never sits in memory whole: only the record being read does. Each record keeps its
 * own source text, which becomes that article's original bytes.
 */
import { createReadStream } from 'node:fs'
import Papa from 'papaparse'
import { extensionOf } from './sniff'
import { MAX_RECORD_CHARS } from './tunables'
import type { BulkFormat } from './types'

const BULK_EXTENSIONS: Readonly<Record<string, BulkFormat>> = {
  jsonl: 'jsonl', ndjson: 'jsonl', json: 'json', csv: 'csv', tsv: 'csv',
}

/** The bulk format a file name announces, or null for single-article files. */
export function bulkFormatOf(name: string): BulkFormat | null {
  return BULK_EXTENSIONS[extensionOf(name)] ?? null
}

/** One record as found: its number (1-based, in file order), its source text, or why it is unusable. */
export interface RawRecord {
  record: number
  text: string
  /** CSV: the header row's column names, which the record's fields follow. */
  header?: string[]
  /**
   * CSV: the delimiter found in the header row. Guessing it again for each record misreads a
   * record whose text holds more semicolons (or tabs) than commas.
   */
  delimiter?: string
  error?: string
}

/** Streams the records of a bulk file on disk. */
export async function* recordsOfFile(path: string, format: BulkFormat): AsyncGenerator<RawRecord> {
  yield* recordsOfChunks(createReadStream(path, { highWaterMark: 256 * 1024 }), format)
}

/** Records of bulk bytes already in memory (an import through the UI). */
export async function* recordsOfBytes(bytes: Uint8Array, format: BulkFormat): AsyncGenerator<RawRecord> {
  yield* recordsOfChunks([bytes], format)
}

/** Splits decoded text into record texts; every splitter sees the text in pieces of any size. */
interface Splitter {
  push(text: string, out: string[]): void
  end(out: string[]): void
  /** Characters held for the record being read (to refuse runaway records). */
  pending(): number
  /** Drops the record being read, after it grew too long. */
  skip(): void
}

async function* recordsOfChunks(chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, format: BulkFormat): AsyncGenerator<RawRecord> {
  const decoder = new TextDecoder('utf-8')
  const splitter = format === 'json' ? new JsonArraySplitter() : new LineSplitter(format === 'csv')
  let n = 0
  let header: string[] | undefined
  let delimiter: string | undefined
  let first = true
  const out: string[] = []
  const emit = function* (texts: string[]): Generator<RawRecord> {
    for (let text of texts) {
      if (first) {
        text = text.replace(/^\uFEFF/, '')
        first = false
        if (format === 'csv') {
          const parsed = Papa.parse<string[]>(text, { header: false })
          header = (parsed.data[0] ?? []).map((h) => h.trim())
          delimiter = parsed.meta.delimiter
          continue
        }
      }
      if (text.trim() === '') continue
      n++
      yield header ? { record: n, text, header, ...(delimiter ? { delimiter } : {}) } : { record: n, text }
    }
    texts.length = 0
  }
  for await (const chunk of chunks) {
    splitter.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }), out)
    yield* emit(out)
    if (splitter.pending() > MAX_RECORD_CHARS) {
      splitter.skip()
      n++
      yield { record: n, text: '', error: `Record ${n} is longer than ${MAX_RECORD_CHARS / 1024 / 1024} MB; it was skipped.` }
    }
  }
  splitter.push(decoder.decode(), out)
  splitter.end(out)
  yield* emit(out)
  if (splitter instanceof JsonArraySplitter && splitter.problem) {
    n++
    yield { record: n, text: '', error: splitter.problem }
  }
}

/** JSON Lines, and CSV rows (a quoted field may hold line breaks, so quotes are tracked). */
class LineSplitter implements Splitter {
  private buf = ''
  private inQuotes = false
  private scanned = 0
  private skipping = false
  constructor(private readonly csv: boolean) {}

  push(text: string, out: string[]): void {
    this.buf += text
    let from = 0
    for (let i = this.scanned; i < this.buf.length; i++) {
      const c = this.buf.charCodeAt(i)
      if (this.csv && c === 34) this.inQuotes = !this.inQuotes
      else if (c === 10 && !this.inQuotes) {
        if (!this.skipping) out.push(this.buf.slice(from, i).replace(/\r$/, ''))
        this.skipping = false
        from = i + 1
      }
    }
    this.buf = this.buf.slice(from)
    this.scanned = this.buf.length
  }

  end(out: string[]): void {
    if (this.buf !== '' && !this.skipping) out.push(this.buf.replace(/\r$/, ''))
    this.buf = ''
  }

  pending(): number {
    return this.buf.length
  }

  skip(): void {
    this.buf = ''
    this.scanned = 0
    this.skipping = true
  }
}

/**
 * The elements of a top-level JSON array, found by tracking depth and strings; a top-level object
 * is one record (or, when it wraps an array of objects, e.g. {"articles": [...]}, those objects).
 */
class JsonArraySplitter implements Splitter {
  private buf = ''
  private depth = 0
  private inString = false
  private escaped = false
  private start = -1
  private mode: 'unknown' | 'array' | 'object' | 'done' = 'unknown'
  private skipping = false
  problem: string | null = null

  push(text: string, out: string[]): void {
    const from = this.buf.length
    this.buf += text
    for (let i = from; i < this.buf.length; i++) {
      const ch = this.buf[i] as string
      if (this.mode === 'unknown') {
        if (/\s|\uFEFF/.test(ch)) continue
        if (ch === '[') this.mode = 'array'
        else if (ch === '{') {
          this.mode = 'object'
          this.start = i
          this.depth = 1
        } else {
          this.mode = 'done'
          this.problem = 'The file is not a JSON array or object of articles.'
        }
        continue
      }
      if (this.mode === 'done') break
      if (this.inString) {
        if (this.escaped) this.escaped = false
        else if (ch === '\\') this.escaped = true
        else if (ch === '"') this.inString = false
        continue
      }
      if (ch === '"') {
        this.inString = true
        if (this.mode === 'array' && this.depth === 0 && this.start < 0) this.start = i
      } else if (ch === '{' || ch === '[') {
        if (this.mode === 'array' && this.depth === 0) this.start = i
        this.depth++
      } else if (ch === '}' || ch === ']') {
        if (this.mode === 'array' && this.depth === 0 && ch === ']') {
          this.mode = 'done'
          continue
        }
        this.depth--
        if (this.depth === 0) {
          if (this.mode === 'object') {
            out.push(...unwrapObject(this.buf.slice(this.start, i + 1)))
            this.mode = 'done'
          } else if (this.start >= 0 && !this.skipping) out.push(this.buf.slice(this.start, i + 1))
          this.start = -1
          this.skipping = false
        }
      } else if (this.mode === 'array' && this.depth === 0 && ch === ',') {
        this.start = -1
      } else if (this.mode === 'array' && this.depth === 0 && this.start < 0 && !/\s/.test(ch)) {
        this.start = i
      }
    }
    // Keep only the record being read.
    const keep = this.start >= 0 ? this.start : this.buf.length
    this.buf = this.buf.slice(keep)
    if (this.start >= 0) this.start = 0
  }

  end(): void {
    if (this.mode === 'array' || this.mode === 'object') {
      this.problem = 'The file ends in the middle of a record (truncated JSON); the records before it were read.'
    } else if (this.mode === 'unknown') this.problem = 'The file holds no JSON.'
  }

  pending(): number {
    return this.buf.length
  }

  skip(): void {
    this.buf = ''
    this.start = -1
    this.skipping = true
  }
}

function unwrapObject(text: string): string[] {
  try {
    const value = JSON.parse(text) as unknown
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const v of Object.values(value)) {
        if (Array.isArray(v) && v.length > 0 && v.every((x) => x && typeof x === 'object' && !Array.isArray(x))) {
          return v.map((x) => JSON.stringify(x))
        }
      }
    }
  } catch {
    // Left to the record reader, which names the problem.
  }
  return [text]
}

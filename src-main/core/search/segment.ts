/**
 * One immutable index segment. lunr's Builder does the indexing (inverted index, term
 * frequencies, field lengths) and lunr's BM25 (its idf, k1 and b) gives each (term, field,
 * article) its weight; the result is then packed into flat typed arrays, so a segment loads from
 * its bytes without parsing JSON or building lunr's per-document vectors, and a query reads
 * postings straight from memory.
 */
import lunr from 'lunr'
import { terms as analyze } from './analyze'
import { ANALYZER_VERSION, FIELD_BOOSTS, WEIGHT_SCALE } from './tunables'

/** The fields of an article document, in storage order. */
export const FIELDS = ['title', 'outlet', 'body', 'tags', 'notes'] as const
export type Field = (typeof FIELDS)[number]

/** What one article contributes to the index. */
export interface IndexDoc {
  id: number
  lang: string | null
  title: string
  outlet: string
  body: string
  /** Tag names (hook: filled once tags exist). */
  tags: string
  /** Annotation notes (hook: filled once annotations exist). */
  notes: string
}

interface FieldPostings {
  /** Per term: its postings run from offsets[t] to offsets[t + 1]. */
  offsets: Uint32Array
  docs: Uint16Array
  weights: Uint16Array
}

/** The parts of lunr.Builder this module reads after `add` (public in lunr's source, absent from its types). */
interface BuilderInternals {
  invertedIndex: Record<string, Record<string, Record<string, unknown>>>
  fieldTermFrequencies: Record<string, Record<string, number>>
  fieldLengths: Record<string, number>
  averageFieldLength: Record<string, number>
  documentCount: number
  _k1: number
  _b: number
  calculateAverageFieldLengths(): void
}

const MAX_DOCS = 0xffff

/** An immutable, searchable segment. */
export class Segment {
  private termList: string[] | null = null

  private constructor(
    /** Local doc number -> article id. */
    readonly ids: Int32Array,
    private readonly termsText: string,
    readonly termCount: number,
    private readonly fields: FieldPostings[],
    /** Per term: in how many of this segment's docs it occurs (any field). */
    readonly df: Uint16Array,
  ) {}

  get size(): number {
    return this.ids.length
  }

  /** Sorted vocabulary, split on first use so a cold load stays a memcpy. */
  get terms(): string[] {
    this.termList ??= this.termCount === 0 ? [] : this.termsText.split('\n')
    return this.termList
  }

  /** Index of `term` in the vocabulary, or -1. */
  find(term: string): number {
    const list = this.terms
    let lo = 0
    let hi = list.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const t = list[mid]!
      if (t === term) return mid
      if (t < term) lo = mid + 1
      else hi = mid - 1
    }
    return -1
  }

  /** The vocabulary range [from, to) of terms starting with `prefix`. */
  prefixRange(prefix: string): [number, number] {
    const list = this.terms
    let lo = 0
    let hi = list.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (list[mid]! < prefix) lo = mid + 1
      else hi = mid
    }
    let end = lo
    while (end < list.length && list[end]!.startsWith(prefix)) end++
    return [lo, end]
  }

  /** Adds weight * factor of `term` in `field` to `scores` (indexed by local doc). */
  accumulate(termIndex: number, field: number, factor: number, scores: Float32Array): void {
    const p = this.fields[field]!
    const from = p.offsets[termIndex]!
    const to = p.offsets[termIndex + 1]!
    const scale = factor / WEIGHT_SCALE
    for (let i = from; i < to; i++) scores[p.docs[i]!]! += p.weights[i]! * scale
  }

  /** Builds a segment from documents with lunr's Builder (the caller runs this off the main thread). */
  static build(docs: readonly IndexDoc[]): Segment {
    if (docs.length > MAX_DOCS) throw new Error(`a segment holds at most ${MAX_DOCS} documents`)
    const builder = new lunr.Builder()
    builder.ref('id')
    for (const f of FIELDS) builder.field(f, { boost: FIELD_BOOSTS[f] })
    // Fields arrive already analysed (see analyze.ts): the tokenizer only wraps the terms.
    builder.tokenizer = ((value: unknown) => (value as string[]).map((t) => new lunr.Token(t, {}))) as typeof lunr.tokenizer
    for (const d of docs) {
      const lang = d.lang
      builder.add({
        id: String(d.id),
        title: analyze(d.title, lang ?? 'en'),
        outlet: analyze(d.outlet, 'en'),
        body: analyze(d.body, lang ?? 'en'),
        tags: analyze(d.tags, 'en'),
        notes: analyze(d.notes, lang ?? 'en'),
      })
    }
    const b = builder as unknown as BuilderInternals
    b.calculateAverageFieldLengths()
    const termList = Object.keys(b.invertedIndex).sort()
    const termIndex = new Map(termList.map((t, i) => [t, i]))
    const ids = Int32Array.from(docs, (d) => d.id)
    const df = new Uint16Array(termList.length)
    // lunr.idf exists at runtime (lunr's own BM25 idf) but is missing from @types/lunr.
    const lunrIdf = (lunr as unknown as { idf: (posting: object, docs: number) => number }).idf
    const idf = termList.map((t) => lunrIdf(b.invertedIndex[t]!, b.documentCount))
    const fields = FIELDS.map((f): FieldPostings => {
      // Count, then fill: postings come out grouped by term and sorted by local doc.
      const offsets = new Uint32Array(termList.length + 1)
      const perDoc = docs.map((d) => b.fieldTermFrequencies[`${f}/${d.id}`] ?? {})
      for (const tf of perDoc) for (const t in tf) offsets[termIndex.get(t)! + 1]!++
      for (let i = 0; i < termList.length; i++) {
        // A term's document frequency: its count in whichever field holds it most.
        df[i] = Math.max(df[i]!, offsets[i + 1]!)
        offsets[i + 1]! += offsets[i]!
      }
      const fill = offsets.slice(0, termList.length)
      const docsArr = new Uint16Array(offsets[termList.length]!)
      const weights = new Uint16Array(docsArr.length)
      const avg = b.averageFieldLength[f] || 1
      perDoc.forEach((tfs, local) => {
        const length = b.fieldLengths[`${f}/${docs[local]!.id}`] ?? 0
        for (const t in tfs) {
          const ti = termIndex.get(t)!
          const tf = tfs[t]!
          // lunr's own BM25 (Builder#createFieldVectors), without building a lunr.Vector per document.
          const score = (idf[ti]! * ((b._k1 + 1) * tf)) / (b._k1 * (1 - b._b + (b._b * length) / avg) + tf)
          const at = fill[ti]!++
          docsArr[at] = local
          weights[at] = Math.min(0xffff, Math.max(1, Math.round(score * FIELD_BOOSTS[f] * WEIGHT_SCALE)))
        }
      })
      return { offsets, docs: docsArr, weights }
    })
    return new Segment(ids, termList.join('\n'), termList.length, fields, df)
  }

  /** Packs the segment into bytes for index_segments. */
  serialize(): Uint8Array {
    const termsBytes = new TextEncoder().encode(this.termsText)
    const header = {
      format: 1,
      analyzer: ANALYZER_VERSION,
      docs: this.ids.length,
      terms: this.termCount,
      termsBytes: termsBytes.length,
      postings: this.fields.map((f) => f.docs.length),
    }
    const headerBytes = new TextEncoder().encode(JSON.stringify(header))
    const parts: ArrayBufferView[] = [this.ids, this.df, termsBytes]
    for (const f of this.fields) parts.push(f.offsets, f.docs, f.weights)
    const pad = (n: number): number => (n + 3) & ~3
    let size = 4 + pad(headerBytes.length)
    for (const p of parts) size += pad(p.byteLength)
    const out = new Uint8Array(size)
    new DataView(out.buffer).setUint32(0, headerBytes.length, true)
    out.set(headerBytes, 4)
    let at = 4 + pad(headerBytes.length)
    for (const p of parts) {
      out.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at)
      at += pad(p.byteLength)
    }
    return out
  }

  /** Reads the analyzer version of stored bytes without loading them. */
  static analyzerOf(bytes: Uint8Array): number {
    return (readHeader(bytes).header as { analyzer: number }).analyzer
  }

  /** Loads a segment from its bytes: one copy into an aligned buffer, then views. */
  static load(bytes: Uint8Array): Segment {
    const { header: raw, start } = readHeader(bytes)
    const header = raw as { docs: number; terms: number; termsBytes: number; postings: number[] }
    const buffer = new ArrayBuffer(bytes.byteLength - start)
    new Uint8Array(buffer).set(bytes.subarray(start))
    const pad = (n: number): number => (n + 3) & ~3
    let at = 0
    const take = <T>(make: (b: ArrayBuffer, o: number, n: number) => T, n: number, width: number): T => {
      const v = make(buffer, at, n)
      at += pad(n * width)
      return v
    }
    const ids = take((b, o, n) => new Int32Array(b, o, n), header.docs, 4)
    const df = take((b, o, n) => new Uint16Array(b, o, n), header.terms, 2)
    const termsText = new TextDecoder().decode(take((b, o, n) => new Uint8Array(b, o, n), header.termsBytes, 1))
    const fields = header.postings.map((count) => ({
      offsets: take((b, o, n) => new Uint32Array(b, o, n), header.terms + 1, 4),
      docs: take((b, o, n) => new Uint16Array(b, o, n), count, 2),
      weights: take((b, o, n) => new Uint16Array(b, o, n), count, 2),
    }))
    return new Segment(ids, termsText, header.terms, fields, df)
  }
}

function readHeader(bytes: Uint8Array): { header: unknown; start: number } {
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true)
  const header: unknown = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length)))
  return { header, start: 4 + ((length + 3) & ~3) }
}

/**
 * One immutable index segment, as flat typed arrays: a sorted vocabulary; per field, each term's
 * postings (local doc numbers and lunr's BM25 weight, see segment-builder.ts); and, stored apart
 * so a cold start need not read them, each posting's word positions for exact phrases. A segment
 * loads from its bytes without parsing JSON or building lunr's per-document vectors, and a query
 * reads postings straight from memory.
 */
import { ANALYZER_VERSION, WEIGHT_SCALE } from './tunables'
import { VarintReader } from './varint'

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
  /** Tag names (the tags of the article's claims). */
  tags: string
  /** Annotation notes. */
  notes: string
}

export interface FieldPostings {
  /** Per term: its postings run from offsets[t] to offsets[t + 1], sorted by local doc. */
  offsets: Uint32Array
  docs: Uint16Array
  weights: Uint16Array
}

/**
 * Word positions of one field. Per term, from byte offsets[t]: for each of its postings in order,
 * a varint count, then that many varint gaps (the first from 0). A position is the word's ordinal
 * in the field, stop words counted, so "bill of rights" keeps its gap of two.
 */
export interface FieldPositions {
  offsets: Uint32Array
  bytes: Uint8Array
}

export interface SegmentParts {
  ids: Int32Array
  termsText: string
  termCount: number
  fields: FieldPostings[]
  df: Uint16Array
  positions: FieldPositions[] | (() => FieldPositions[])
}

/** The persisted form: `core` is read at start, `positions` on the first phrase query. */
export interface SegmentBytes {
  core: Uint8Array
  positions: Uint8Array
}

export const MAX_SEGMENT_DOCS = 0xffff

/** An immutable, searchable segment. */
export class Segment {
  private termList: string[] | null = null
  private positionData: FieldPositions[] | (() => FieldPositions[])
  /** Local doc number -> article id. */
  readonly ids: Int32Array
  private readonly termsText: string
  readonly termCount: number
  private readonly fields: FieldPostings[]
  /** Per term: in how many of this segment's docs it occurs (any field). */
  readonly df: Uint16Array

  constructor(parts: SegmentParts) {
    this.ids = parts.ids
    this.termsText = parts.termsText
    this.termCount = parts.termCount
    this.fields = parts.fields
    this.df = parts.df
    this.positionData = parts.positions
  }

  get size(): number {
    return this.ids.length
  }

  /** Sorted vocabulary, split on first use so a cold load stays a memcpy. */
  get terms(): string[] {
    this.termList ??= this.termCount === 0 ? [] : this.termsText.split('\n')
    return this.termList
  }

  /** Whether the positions are in memory yet (they load on the first phrase). */
  get positionsLoaded(): boolean {
    return typeof this.positionData !== 'function'
  }

  private get positions(): FieldPositions[] {
    if (typeof this.positionData === 'function') this.positionData = this.positionData()
    return this.positionData
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

  /** How many postings `term` has in `field` (the cost of reading it). */
  postingCount(termIndex: number, field: number): number {
    const p = this.fields[field]!
    return p.offsets[termIndex + 1]! - p.offsets[termIndex]!
  }

  /** Adds weight * factor of `term` in `field` to `scores` (indexed by local doc), where `alive` allows. */
  accumulate(termIndex: number, field: number, factor: number, scores: Float32Array, alive: Uint8Array | null): void {
    const p = this.fields[field]!
    const from = p.offsets[termIndex]!
    const to = p.offsets[termIndex + 1]!
    const scale = factor / WEIGHT_SCALE
    if (alive) {
      for (let i = from; i < to; i++) {
        const d = p.docs[i]!
        if (alive[d]) scores[d]! += p.weights[i]! * scale
      }
    } else for (let i = from; i < to; i++) scores[p.docs[i]!]! += p.weights[i]! * scale
  }

  /** The stored BM25 weight (boost included) of `term` in `field` of article `id`, or 0. */
  weightOf(term: string, field: number, id: number): number {
    const t = this.find(term)
    const local = this.ids.indexOf(id)
    if (t < 0 || local < 0) return 0
    const p = this.fields[field]!
    for (let i = p.offsets[t]!; i < p.offsets[t + 1]!; i++) if (p.docs[i] === local) return p.weights[i]! / WEIGHT_SCALE
    return 0
  }

  /**
   * Word positions of `term` in `field` for each of `locals` (ascending local docs) that has it:
   * one pass over the term's postings, decoding only what the wanted docs need.
   */
  positionsOf(termIndex: number, field: number, locals: readonly number[]): Map<number, number[]> {
    const out = new Map<number, number[]>()
    const p = this.fields[field]!
    const pos = this.positions[field]!
    const reader = new VarintReader(pos.bytes, pos.offsets[termIndex]!)
    let want = 0
    for (let i = p.offsets[termIndex]!; i < p.offsets[termIndex + 1]! && want < locals.length; i++) {
      const doc = p.docs[i]!
      while (want < locals.length && locals[want]! < doc) want++
      const count = reader.next()
      if (locals[want] === doc) {
        const list = new Array<number>(count)
        let at = 0
        for (let k = 0; k < count; k++) list[k] = at += reader.next()
        out.set(doc, list)
      } else for (let k = 0; k < count; k++) reader.next()
    }
    return out
  }

  /** Packs the segment into its two persisted parts. */
  serialize(): SegmentBytes {
    const termsBytes = new TextEncoder().encode(this.termsText)
    const core = pack(
      { format: 2, analyzer: ANALYZER_VERSION, docs: this.ids.length, terms: this.termCount, termsBytes: termsBytes.length, postings: this.fields.map((f) => f.docs.length) },
      [this.ids, this.df, termsBytes, ...this.fields.flatMap((f) => [f.offsets, f.docs, f.weights])],
    )
    const positions = pack(
      { terms: this.termCount, bytes: this.positions.map((p) => p.bytes.length) },
      this.positions.flatMap((p) => [p.offsets, p.bytes]),
    )
    return { core, positions }
  }

  /** Reads the analyzer version of stored bytes without loading them. */
  static analyzerOf(core: Uint8Array): number {
    return (readHeader(core).header as { analyzer: number }).analyzer
  }

  /** Loads a segment: the core now (one copy, then views), the positions now or when first needed. */
  static load(core: Uint8Array, positions: Uint8Array | (() => Uint8Array)): Segment {
    const { header: raw, take } = unpack(core)
    const header = raw as { docs: number; terms: number; termsBytes: number; postings: number[] }
    const ids = take(Int32Array, header.docs)
    const df = take(Uint16Array, header.terms)
    const termsText = new TextDecoder().decode(take(Uint8Array, header.termsBytes))
    const fields = header.postings.map((count) => ({
      offsets: take(Uint32Array, header.terms + 1),
      docs: take(Uint16Array, count),
      weights: take(Uint16Array, count),
    }))
    const readPositions = (bytes: Uint8Array): FieldPositions[] => {
      const { header: h, take: takePos } = unpack(bytes)
      return (h as { bytes: number[] }).bytes.map((n) => ({ offsets: takePos(Uint32Array, header.terms + 1), bytes: takePos(Uint8Array, n) }))
    }
    return new Segment({
      ids, termsText, termCount: header.terms, fields, df,
      positions: typeof positions === 'function' ? () => readPositions(positions()) : readPositions(positions),
    })
  }
}

const pad = (n: number): number => (n + 3) & ~3

/** A JSON header, then each array 4-byte aligned. */
function pack(header: object, parts: ArrayBufferView[]): Uint8Array {
  const headerBytes = new TextEncoder().encode(JSON.stringify(header))
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

type ArrayMaker<T> = new (buffer: ArrayBuffer, offset: number, length: number) => T & { BYTES_PER_ELEMENT: number }

/** One copy into an aligned buffer, then typed views in order. */
function unpack(bytes: Uint8Array): { header: unknown; take: <T>(make: ArrayMaker<T>, n: number) => T } {
  const { header, start } = readHeader(bytes)
  const buffer = new ArrayBuffer(bytes.byteLength - start)
  new Uint8Array(buffer).set(bytes.subarray(start))
  let at = 0
  return {
    header,
    take: <T>(make: ArrayMaker<T>, n: number): T => {
      const view = new make(buffer, at, n)
      at += pad(n * view.BYTES_PER_ELEMENT)
      return view
    },
  }
}

function readHeader(bytes: Uint8Array): { header: unknown; start: number } {
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true)
  const header: unknown = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length)))
  return { header, start: 4 + pad(length) }
}

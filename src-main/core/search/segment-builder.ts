/**
 * Builds a segment straight into typed arrays. The weights are lunr's BM25 exactly as
 * lunr.Builder computes them (its idf, which counts a document once per field holding the term;
 * k1 1.2, b 0.75; average field length over all documents; the field boost), without lunr's
 * per-term objects and per-document vectors, which made a 5,000-article lunr build cost seconds
 * and gigabytes. tests/unit/search/segment-builder.test.ts compares the weights with lunr.Builder's.
 */
import { eachTerm } from './analyze'
import { FIELDS, MAX_SEGMENT_DOCS, Segment, type FieldPositions, type FieldPostings, type IndexDoc } from './segment'
import { FIELD_BOOSTS, WEIGHT_SCALE } from './tunables'
import { varintSize, writeVarint } from './varint'
import { UintList } from '../uint-list'

/** lunr.Builder's defaults (lunr.Builder#k1, #b). */
const K1 = 1.2
const B = 0.75

/** One field's postings in arrival order (documents ascending). */
interface FieldDraft {
  term: UintList
  doc: UintList
  tf: UintList
  /** Index of the posting's first position in `positions`. */
  start: UintList
  positions: UintList
  lengths: Uint32Array
  totalLength: number
}

/** Analyses documents and indexes them into a segment (runs in the build worker). */
export function buildSegment(docs: readonly IndexDoc[]): Segment {
  if (docs.length > MAX_SEGMENT_DOCS) throw new Error(`a segment holds at most ${MAX_SEGMENT_DOCS} documents`)
  const dict = new Map<string, number>()
  const termText: string[] = []
  // Per-document scratch, indexed by term id: occurrences in the field being read.
  let count = new Uint32Array(1 << 14)
  let lastDoc = new Int32Array(1 << 14).fill(-1)
  let df = new Uint32Array(1 << 14)
  const grow = (): void => {
    const size = count.length * 2
    const c = new Uint32Array(size)
    const l = new Int32Array(size).fill(-1)
    const d = new Uint32Array(size)
    c.set(count)
    l.set(lastDoc)
    d.set(df)
    count = c
    lastDoc = l
    df = d
  }
  const drafts: FieldDraft[] = FIELDS.map(() => ({
    term: new UintList(1 << 12), doc: new UintList(1 << 12), tf: new UintList(1 << 12), start: new UintList(1 << 12), positions: new UintList(1 << 12),
    lengths: new Uint32Array(docs.length), totalLength: 0,
  }))
  const seq: number[] = []
  const touched: number[] = []
  docs.forEach((d, local) => {
    const lang = d.lang ?? 'en'
    const texts: Record<(typeof FIELDS)[number], [string, string]> = {
      title: [d.title, lang], outlet: [d.outlet, 'en'], body: [d.body, lang], tags: [d.tags, 'en'], notes: [d.notes, lang],
    }
    FIELDS.forEach((field, f) => {
      const draft = drafts[f]!
      const [text, textLang] = texts[field]
      seq.length = 0
      eachTerm(text, textLang, (term) => {
        if (term === null) {
          seq.push(-1)
          return
        }
        let id = dict.get(term)
        if (id === undefined) {
          id = termText.length
          dict.set(term, id)
          termText.push(term)
          if (id === count.length) grow()
        }
        seq.push(id)
      })
      touched.length = 0
      let length = 0
      for (const id of seq) {
        if (id < 0) continue
        length++
        const c = count[id]!
        count[id] = c + 1
        if (c === 0) touched.push(id)
      }
      draft.lengths[local] = length
      draft.totalLength += length
      // Each touched term's positions go to its own run: reserve the runs, then fill them in order.
      const base = draft.positions.length
      let at = base
      for (const id of touched) {
        draft.term.push(id)
        draft.doc.push(local)
        draft.tf.push(count[id]!)
        draft.start.push(at)
        const c = count[id]!
        count[id] = at
        at += c
        if (lastDoc[id] !== local) {
          lastDoc[id] = local
          df[id]!++
        }
      }
      for (let i = base; i < at; i++) draft.positions.push(0)
      seq.forEach((id, position) => {
        if (id >= 0) draft.positions.items[count[id]!++] = position
      })
      for (const id of touched) count[id] = 0
    })
  })
  return finish(docs, termText, drafts, df)
}

/** Sorts the vocabulary, groups postings by term, weighs them and encodes positions. */
function finish(docs: readonly IndexDoc[], termText: string[], drafts: FieldDraft[], dfById: Uint32Array): Segment {
  const termCount = termText.length
  const order = termText.map((_, i) => i).sort((a, b) => (termText[a]! < termText[b]! ? -1 : 1))
  const rank = new Uint32Array(termCount)
  order.forEach((id, r) => (rank[id] = r))
  const n = docs.length
  // lunr.idf: documents with the term, counted once per field that holds it.
  const withTerm = new Uint32Array(termCount)
  for (const draft of drafts) for (let i = 0; i < draft.term.length; i++) withTerm[rank[draft.term.items[i]!]!]!++
  const idf = new Float64Array(termCount)
  for (let t = 0; t < termCount; t++) idf[t] = Math.log(1 + Math.abs((n - withTerm[t]! + 0.5) / (withTerm[t]! + 0.5)))
  const fields: FieldPostings[] = []
  const positions: FieldPositions[] = []
  drafts.forEach((draft, f) => {
    const boost = FIELD_BOOSTS[FIELDS[f]!]
    const avg = n ? draft.totalLength / n : 0
    const postings = draft.term.length
    const offsets = new Uint32Array(termCount + 1)
    const byteOffsets = new Uint32Array(termCount + 1)
    for (let i = 0; i < postings; i++) {
      const r = rank[draft.term.items[i]!]!
      offsets[r + 1]!++
      const from = draft.start.items[i]!
      const tf = draft.tf.items[i]!
      let bytes = varintSize(tf)
      let prev = 0
      for (let k = from; k < from + tf; k++) {
        bytes += varintSize(draft.positions.items[k]! - prev)
        prev = draft.positions.items[k]!
      }
      byteOffsets[r + 1]! += bytes
    }
    for (let t = 0; t < termCount; t++) {
      offsets[t + 1]! += offsets[t]!
      byteOffsets[t + 1]! += byteOffsets[t]!
    }
    const fill = offsets.slice(0, termCount)
    const byteFill = byteOffsets.slice(0, termCount)
    const docsOut = new Uint16Array(postings)
    const weights = new Uint16Array(postings)
    const bytes = new Uint8Array(byteOffsets[termCount]!)
    for (let i = 0; i < postings; i++) {
      const r = rank[draft.term.items[i]!]!
      const local = draft.doc.items[i]!
      const tf = draft.tf.items[i]!
      const length = draft.lengths[local]!
      // lunr.Builder#createFieldVectors, then its rounding to 0.001, then our fixed point.
      const score = (idf[r]! * ((K1 + 1) * tf)) / (K1 * (1 - B + (B * length) / avg) + tf)
      const lunrScore = Math.round(score * boost * 1000) / 1000
      const at = fill[r]!++
      docsOut[at] = local
      weights[at] = Math.min(0xffff, Math.max(1, Math.round(lunrScore * WEIGHT_SCALE)))
      let b = byteFill[r]!
      b = writeVarint(bytes, b, tf)
      const from = draft.start.items[i]!
      let prev = 0
      for (let k = from; k < from + tf; k++) {
        b = writeVarint(bytes, b, draft.positions.items[k]! - prev)
        prev = draft.positions.items[k]!
      }
      byteFill[r] = b
    }
    fields.push({ offsets, docs: docsOut, weights })
    positions.push({ offsets: byteOffsets, bytes })
  })
  const df = new Uint16Array(termCount)
  for (let id = 0; id < termCount; id++) df[rank[id]!] = dfById[id]!
  return new Segment({
    ids: Int32Array.from(docs, (d) => d.id),
    termsText: order.map((id) => termText[id]!).join('\n'),
    termCount,
    fields,
    df,
    positions,
  })
}

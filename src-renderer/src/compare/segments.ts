import type { Comparison, Mark, PairRelation, Span } from '../../../src-main/api/contract'

/** One sentence of one column, in text order. */
export interface ColumnSentence extends Span {
  /** Index into `comparison.pairs`, or null when only this side has it. */
  pair: number | null
  relation: PairRelation | 'unique'
  marks: Mark[]
  /** Starts a new paragraph of the article. */
  paragraph: boolean
}

/** The sentences of one side of a comparison in article order, with their pairs and marks. */
export function columnSentences(c: Comparison, side: 'a' | 'b', text: string): ColumnSentence[] {
  const paired = c.pairs.map((p, k) => ({
    ...(side === 'a' ? p.a : p.b),
    pair: k,
    relation: p.relation,
    marks: side === 'a' ? p.marksA : p.marksB,
  }))
  const only = (side === 'a' ? c.onlyA : c.onlyB).map((s) => ({ ...s, pair: null, relation: 'unique' as const, marks: [] }))
  const all = [...paired, ...only].sort((x, y) => x.start - y.start)
  let last = 0
  return all.map((s, i) => {
    const paragraph = i === 0 || text.slice(last, s.start).includes('\n\n')
    last = s.end
    return { ...s, paragraph }
  })
}

/** A piece of a sentence: plain, or marked as a difference. `start` is its clean-text offset. */
export interface Segment {
  start: number
  text: string
  mark: Mark['kind'] | null
}

/** Cuts a sentence at its marks, so each difference renders as its own element. */
export function segmentsOf(s: Span, marks: Mark[]): Segment[] {
  const out: Segment[] = []
  let at = s.start
  for (const m of [...marks].sort((x, y) => x.start - y.start)) {
    if (m.start < at || m.end > s.end) continue
    if (m.start > at) out.push({ start: at, text: s.text.slice(at - s.start, m.start - s.start), mark: null })
    out.push({ start: m.start, text: s.text.slice(m.start - s.start, m.end - s.start), mark: m.kind })
    at = m.end
  }
  if (at < s.end) out.push({ start: at, text: s.text.slice(at - s.start), mark: null })
  return out
}

export const RELATION_LABEL: Record<ColumnSentence['relation'], string> = {
  identical: 'identical',
  paraphrase: 'paraphrase',
  conflict: 'conflict',
  unique: 'only here',
}

import lunr from 'lunr'
import { describe, expect, it } from 'vitest'
import { terms } from '../../../src-main/core/search/analyze'
import { FIELDS, type IndexDoc } from '../../../src-main/core/search/segment'
import { buildSegment } from '../../../src-main/core/search/segment-builder'
import { FIELD_BOOSTS, WEIGHT_SCALE } from '../../../src-main/core/search/tunables'
import { ARTICLES, toDoc } from './corpus'

/** lunr.Builder over the same analysed terms: the reference the typed-array builder must equal. */
function lunrIndex(docs: readonly IndexDoc[]): lunr.Index {
  const builder = new lunr.Builder()
  builder.ref('id')
  for (const f of FIELDS) builder.field(f, { boost: FIELD_BOOSTS[f] })
  builder.tokenizer = ((value: unknown) => (value as string[]).map((t) => new lunr.Token(t, {}))) as typeof lunr.tokenizer
  for (const d of docs) {
    const lang = d.lang ?? 'en'
    builder.add({
      id: String(d.id), title: terms(d.title, lang), outlet: terms(d.outlet, 'en'), body: terms(d.body, lang),
      tags: terms(d.tags, 'en'), notes: terms(d.notes, lang),
    })
  }
  return builder.build()
}

interface LunrInternals {
  fieldVectors: Record<string, { elements: number[] }>
  invertedIndex: Record<string, { _index: number }>
}

describe('typed-array segment builder', () => {
  // The fixtures plus tags and notes, so every field and its average length are exercised.
  const docs = ARTICLES.map((a, i) => ({ ...toDoc(a), tags: i % 3 ? '' : 'spill ferry', notes: i % 4 ? '' : 'Check the 6,700 litres figure against the ferry log.' }))

  it("gives every (term, field, article) lunr.Builder's BM25 weight", () => {
    const reference = lunrIndex(docs) as unknown as LunrInternals
    const termOf = new Map(Object.entries(reference.invertedIndex).map(([t, p]) => [p._index, t]))
    const segment = buildSegment(docs)
    let compared = 0
    for (const [fieldRef, vector] of Object.entries(reference.fieldVectors)) {
      const [field, id] = fieldRef.split('/') as [(typeof FIELDS)[number], string]
      const f = FIELDS.indexOf(field)
      for (let i = 0; i < vector.elements.length; i += 2) {
        const term = termOf.get(vector.elements[i]!)!
        expect(segment.weightOf(term, f, Number(id))).toBeCloseTo(vector.elements[i + 1]!, Math.log10(WEIGHT_SCALE) - 0.4)
        compared++
      }
    }
    expect(compared).toBeGreaterThan(300)
    // Nothing extra either: the vocabulary is lunr's.
    expect(segment.terms).toEqual(Object.keys(reference.invertedIndex).sort())
  })

  it('stores each word at its position, stop words counted', () => {
    const segment = buildSegment([{ id: 7, lang: 'en', title: '', outlet: '', body: 'the bill of the bill', tags: '', notes: '' }])
    const body = FIELDS.indexOf('body')
    expect(segment.positionsOf(segment.find('bill'), body, [0]).get(0)).toEqual([1, 4])
  })
})

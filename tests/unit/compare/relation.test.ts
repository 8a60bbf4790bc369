import { describe, expect, it } from 'vitest'
import { compareTexts } from '../../../src-main/core/compare/document'
import { compareMany } from '../../../src-main/core/compare/matrix'
import { analyseText } from '../../../src-main/core/compare/tokens'
import { ORIGINAL, OTHER_REPORT, REHOSTED, SPUN, UNRELATED } from './fixtures'

describe('document relation', () => {
  it('tells a duplicate, a re-host, a spun copy, related reporting and an unrelated article apart', () => {
    // Only spacing and quote marks differ: the same text.
    expect(compareTexts(ORIGINAL, ORIGINAL.replace(/ the /gu, '  the ').replace(/"/gu, '”')).relation).toBe('duplicate')
    expect(compareTexts(ORIGINAL, REHOSTED).relation).toBe('near_duplicate')
    expect(compareTexts(REHOSTED, ORIGINAL).relation).toBe('near_duplicate')
    expect(compareTexts(ORIGINAL, SPUN).relation).toBe('spun_copy')
    expect(compareTexts(ORIGINAL, OTHER_REPORT).relation).toBe('related')
    expect(compareTexts(ORIGINAL, UNRELATED).relation).toBe('unrelated')
  })

  it('orders similarity as a reader would: re-host > spun copy > other report > unrelated', () => {
    const sim = (b: string): number => compareTexts(ORIGINAL, b).similarity
    expect(sim(REHOSTED)).toBeGreaterThan(sim(SPUN))
    expect(sim(SPUN)).toBeGreaterThan(sim(OTHER_REPORT))
    expect(sim(OTHER_REPORT)).toBeGreaterThan(sim(UNRELATED))
    expect(sim(UNRELATED)).toBe(0)
  })

  it('counts the sentences of each kind', () => {
    const c = compareTexts(ORIGINAL, REHOSTED)
    expect(c.counts).toEqual({ identical: 8, paraphrase: 0, conflict: 0, onlyA: 0, onlyB: c.onlyB.length })
    expect(c.onlyB.length).toBeGreaterThanOrEqual(3)
    expect(c.coverage.a).toBe(1)
  })
})

describe('omissions', () => {
  it('lists the attribution and the caveat a copy leaves out', () => {
    const trimmed = ORIGINAL.replace(', the regional government said', '').replace('Repairs could cost up to', 'Repairs will cost')
    const c = compareTexts(ORIGINAL, trimmed)
    const fromA = c.omissions.filter((o) => o.side === 'a')
    expect(fromA.find((o) => o.kind === 'attribution')?.text).toBe('the regional government said')
    expect(fromA.filter((o) => o.kind === 'caveat').map((o) => o.text)).toContain('could')
    expect(c.omissions.filter((o) => o.side === 'b')).toEqual([])
  })

  it('lists figures only one side gives', () => {
    const c = compareTexts(ORIGINAL, OTHER_REPORT)
    expect(c.omissions.some((o) => o.side === 'a' && o.kind === 'figure' && o.text.includes('three new cracks'))).toBe(true)
  })
})

describe('n-way comparison', () => {
  it('builds a symmetric similarity matrix and groups one statement across sources', () => {
    const texts = [ORIGINAL, SPUN, OTHER_REPORT, UNRELATED]
    const m = compareMany(texts.map((t, i) => ({ id: i + 1, text: analyseText(t) })))
    expect(m.ids).toEqual([1, 2, 3, 4])
    for (let i = 0; i < 4; i++) {
      expect(m.similarity[i]![i]).toBe(1)
      for (let j = 0; j < 4; j++) expect(m.similarity[i]![j]).toBe(m.similarity[j]![i])
    }
    expect(m.relation[0]![1]).toBe('spun_copy')
    expect(m.relation[0]![3]).toBe('unrelated')
    const dam = m.statements.find((s) => s.text.startsWith('The dam, built in 1962'))
    expect(dam?.sources.map((s) => s.articleId)).toEqual([1, 2, 3])
    const cost = m.statements.find((s) => s.text.startsWith('Repairs could cost'))
    expect(cost?.conflict).toBe(true)
    const chess = m.statements.find((s) => s.text.startsWith('Chess club'))
    expect(chess?.sources.map((s) => s.articleId)).toEqual([4])
  })
})

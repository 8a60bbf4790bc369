import { describe, expect, it } from 'vitest'
import { compareTexts } from '../../../src-main/core/compare/document'
import { ORIGINAL, OTHER_REPORT, REORDERED, SPUN, UNRELATED } from './fixtures'

const sentences = (text: string): string[] => text.split('\n\n')

describe('sentence alignment', () => {
  it('pairs every sentence of a spun rewrite with its original as a paraphrase, naming the synonyms', () => {
    const c = compareTexts(ORIGINAL, SPUN)
    expect(c.onlyA).toEqual([])
    expect(c.onlyB).toEqual([])
    expect(c.counts.paraphrase).toBeGreaterThanOrEqual(7)
    for (const p of c.pairs) expect(ORIGINAL.indexOf(p.a.text)).toBeGreaterThanOrEqual(0)
    // Each pair is the same line of the two texts.
    for (const p of c.pairs) {
      expect(sentences(ORIGINAL).findIndex((s) => s.includes(p.a.text))).toBe(sentences(SPUN).findIndex((s) => s.includes(p.b.text)))
    }
    const against = c.pairs.find((p) => p.a.text.startsWith('Farmers'))
    expect(against?.relation).toBe('paraphrase')
    expect(against?.reasons.join(' ')).toContain('against ≈ in opposition to')
    expect(against?.marksB.some((m) => m.kind === 'synonym' && SPUN.slice(m.start, m.end) === 'in opposition to')).toBe(true)
    const quote = c.pairs.find((p) => p.a.text.startsWith('"We are not'))
    expect(quote?.reasons.join(' ')).toMatch(/shared names: .*Petra, Lund/)
  })

  it('pairs sentences whatever their order, and an unchanged sentence is identical with no marks', () => {
    const c = compareTexts(ORIGINAL, REORDERED)
    expect(c.pairs).toHaveLength(8)
    expect(c.pairs.every((p) => p.relation === 'identical' && p.a.text === p.b.text && p.marksA.length === 0)).toBe(true)
    expect(c.pairs.every((p) => p.reasons[0] === 'same wording')).toBe(true)
  })

  it('pairs the same statement with other figures as a conflict and marks the differing figures', () => {
    const c = compareTexts(ORIGINAL, OTHER_REPORT)
    const cost = c.pairs.find((p) => p.a.text.startsWith('Repairs'))
    expect(cost?.relation).toBe('conflict')
    expect(cost?.reasons.join(' ')).toContain('different figures: 40 million ≠ 25 million')
    const marked = cost?.marksB.filter((m) => m.kind === 'conflict').map((m) => OTHER_REPORT.slice(m.start, m.end))
    expect(marked).toEqual(['25 million'])
    // The council sentence differs by day: a different statement, not the same one with a new figure.
    const dam = c.pairs.find((p) => p.a.text.startsWith('The dam, built in 1962'))
    expect(dam?.relation).toBe('paraphrase')
    expect(dam?.reasons.join(' ')).toContain('shared figures: 1962, 18 million')
  })

  it('pairs two counts of the same thing (residents) as a conflict even when the wording is unrelated', () => {
    const c = compareTexts(ORIGINAL, OTHER_REPORT)
    const people = c.pairs.find((p) => p.a.text.startsWith('About 2,400 residents'))
    expect(people?.b.text).toMatch(/^Inspectors discovered cracks/)
    expect(people?.relation).toBe('conflict')
  })

  it('leaves what only one side says unpaired', () => {
    const c = compareTexts(ORIGINAL, OTHER_REPORT)
    expect(c.onlyB.map((s) => s.text)).toContain('Local shops reported brisk sales of sandbags and bottled water.')
    expect(c.onlyA.map((s) => s.text)).toContain('Farmers downstream have argued against releasing water for years, saying it floods their fields.')
  })

  it('finds nothing to pair in unrelated articles', () => {
    const c = compareTexts(ORIGINAL, UNRELATED)
    expect(c.pairs).toEqual([])
    expect(c.relation).toBe('unrelated')
  })

  it('gives offsets into each clean text', () => {
    const c = compareTexts(ORIGINAL, SPUN)
    for (const p of c.pairs) {
      expect(ORIGINAL.slice(p.a.start, p.a.end)).toBe(p.a.text)
      expect(SPUN.slice(p.b.start, p.b.end)).toBe(p.b.text)
      for (const m of p.marksB) expect(m.start >= p.b.start && m.end <= p.b.end).toBe(true)
    }
  })
})

import { describe, expect, it } from 'vitest'
import { makeSnippet } from '../../../src-main/core/search/snippet'
import { terms } from '../../../src-main/core/search/analyze'
import { fixtureEngine, ids, type FixtureArticle } from './corpus'

describe('phrase verification from the index', () => {
  const article = (id: number, body: string): FixtureArticle => ({ id, title: `Report ${id}`, outlet: 'Test Wire', date: null, body })
  const corpus = [
    article(1, 'Booms across the Inner, basin.'),
    article(2, 'the basin inner'),
    article(3, 'an innermost basin'),
    article(4, 'near the Pyŏngyang lighthouse'),
    article(5, 'lost 6 700 litres of fuel'),
    article(6, 'lost 6.7k litres'),
    article(7, 'lost 6,700 barrels'),
    article(8, 'the bill of rights was read'),
    article(9, 'the bill rights'),
    article(10, 'salvaging bills rose'),
  ]
  const { engine, source } = fixtureEngine(4, corpus)
  const found = (q: string): number[] => ids(engine, q).sort((a, b) => a - b)

  it('matches the words in order across punctuation, case and diacritics', () => {
    expect(found('"inner basin"')).toEqual([1])
    expect(found('"Pyongyang lighthouse"')).toEqual([4])
  })

  it('matches numbers by value', () => {
    expect(found('"6,700 litres"')).toEqual([5, 6])
  })

  it('keeps the place of a stop word and matches stems, as FTS5 does', () => {
    expect(found('"bill of rights"')).toEqual([8])
    expect(found('"salvage bill"')).toEqual([10])
  })

  it('excludes a negated phrase only where the words stand together', () => {
    expect(found('basin -"inner basin"')).toEqual([2, 3])
  })

  it('reads no stored text to decide', () => {
    const before = source.bodyReads
    engine.exportCsv({ query: '"inner basin" -"bill of rights"' })
    expect(source.bodyReads).toBe(before)
  })
})

describe('snippets', () => {
  const text = `${'Filler words about nothing in particular. '.repeat(12)}The salvage bill reached 4.8m crowns, said the insurer. ${'More filler text follows here. '.repeat(12)}`
  it('centres on the matches and marks each one', () => {
    const s = makeSnippet(text, new Set(terms('salvage 4.8 million')), 'en', 120)
    expect(s.text.startsWith('…')).toBe(true)
    expect(s.text.length).toBeLessThanOrEqual(125)
    const marked = s.highlights.map(([a, b]) => s.text.slice(a, b))
    expect(marked).toEqual(['salvage', '4.8m'])
    expect(s.words).toEqual(['salvage', '4.8m'])
  })

  it('starts at the top when nothing matches', () => {
    const s = makeSnippet('Short text.', new Set(['zzz']), 'en')
    expect(s).toEqual({ text: 'Short text.', highlights: [], words: [] })
  })
})

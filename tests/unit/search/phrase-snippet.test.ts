import { describe, expect, it } from 'vitest'
import { compilePhrase } from '../../../src-main/core/search/phrase'
import { makeSnippet } from '../../../src-main/core/search/snippet'
import { terms } from '../../../src-main/core/search/analyze'

describe('phrase verification', () => {
  it('matches the words in order across punctuation, case and diacritics', () => {
    const p = compilePhrase('inner basin')
    expect(p.test('Booms across the Inner, basin.')).toBe(true)
    expect(p.test('the basin inner')).toBe(false)
    expect(p.test('an innermost basin')).toBe(false)
    expect(compilePhrase('Pyongyang lighthouse').test('near the Pyŏngyang lighthouse')).toBe(true)
  })

  it('matches numbers by value', () => {
    const p = compilePhrase('6,700 litres')
    expect(p.test('lost 6 700 litres of fuel')).toBe(true)
    expect(p.test('lost 6.7k litres')).toBe(true)
    expect(p.test('lost 6,700 barrels')).toBe(false)
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

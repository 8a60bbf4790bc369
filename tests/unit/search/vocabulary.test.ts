import { describe, expect, it } from 'vitest'
import { boundedDistance } from '../../../src-main/core/search/edit-distance'
import { buildSegment } from '../../../src-main/core/search/segment-builder'
import { Vocabulary } from '../../../src-main/core/search/vocabulary'
import { ARTICLES, toDoc } from './corpus'

describe('merged vocabulary', () => {
  const parts = [ARTICLES.slice(0, 4), ARTICLES.slice(4, 9), ARTICLES.slice(9)].map((a) => buildSegment(a.map(toDoc)))
  const vocab = Vocabulary.merge(parts)
  const whole = buildSegment(ARTICLES.map(toDoc))

  it('holds every term once, sorted, with document frequencies summed over segments', () => {
    expect(vocab.terms).toEqual(whole.terms)
    for (const t of ['ferri', 'diesel', 'malmqvist', '6700']) expect(vocab.frequency(t)).toBe(whole.df[whole.find(t)])
  })

  it('expands prefixes and finds near words as a full scan would', () => {
    expect(vocab.near('malmquist', 2).has('malmqvist')).toBe(true)
    expect([...vocab.withPrefix('sea').keys()]).toEqual(whole.terms.filter((t) => t.startsWith('sea')))
    for (const [word, d] of [['malmquist', 2], ['fery', 1], ['lighthous', 1]] as const) {
      const brute = whole.terms.filter((t) => t !== word && boundedDistance(t, word, d) <= d && (d > 1 || t[0] === word[0]))
      expect([...vocab.near(word, d).keys()].sort()).toEqual(brute.sort())
    }
  })

  it('adds and subtracts segments incrementally to the same result as a full merge', () => {
    const [a, b, c] = parts as [typeof whole, typeof whole, typeof whole]
    const grown = Vocabulary.merge([a, b]).with([c], [])
    expect(grown.terms).toEqual(vocab.terms)
    expect([...grown.df]).toEqual([...vocab.df])
    const shrunk = vocab.with([], [b])
    const expected = Vocabulary.merge([a, c])
    expect(shrunk.terms).toEqual(expected.terms)
    expect([...shrunk.df]).toEqual([...expected.df])
  })
})

/** Why each search tunable has its value (see src-main/core/search/tunables.ts). */
import { describe, expect, it } from 'vitest'
import { boundedDistance } from '../../../src-main/core/search/edit-distance'
import { buildSegment } from '../../../src-main/core/search/segment-builder'
import * as T from '../../../src-main/core/search/tunables'
import { ARTICLES, fixtureEngine, ids, toDoc } from './corpus'

describe('search tunables', () => {
  it('SEGMENT_TARGET_DOCS fits Uint16 local doc numbers', () => {
    expect(T.SEGMENT_TARGET_DOCS).toBeLessThanOrEqual(0xffff)
    expect(T.SMALL_SEGMENT_DOCS).toBeLessThan(T.SEGMENT_TARGET_DOCS)
    expect(() => buildSegment(Array.from({ length: 0x10000 }, (_, i) => ({ ...toDoc(ARTICLES[0]!), id: i + 1 })))).toThrow()
  })

  it('FUZZY_RETRY_MAX_DF: a name in two articles is not "corrected", a typo in none is', () => {
    const { engine } = fixtureEngine()
    expect(T.FUZZY_RETRY_MAX_DF).toBeGreaterThan(0)
    expect(engine.search({ query: 'Malmqvist' }).corrections).toEqual([]) // 3 articles: a real word
    expect(engine.search({ query: 'Malmquist' }).corrections).toHaveLength(1) // none: retried
  })

  it('FUZZY_LONG_WORD: long names need two edits (qu -> qv plus a dropped letter), short words one', () => {
    expect(boundedDistance('malmquist', 'malmqvst', 2)).toBe(2)
    expect('malmquist'.length).toBeGreaterThanOrEqual(T.FUZZY_LONG_WORD)
    // A distance of 2 on short words would turn "fog" into "for", "dog", "fig": noise.
    expect(boundedDistance('fog', 'fig', 2)).toBe(1)
    expect(boundedDistance('fog', 'dig', 2)).toBe(2)
  })

  it('EXPANSION_PENALTY: the exact word outranks its expansions', () => {
    const { engine } = fixtureEngine()
    expect(T.EXPANSION_PENALTY).toBeLessThan(1)
    // "seabird" exact (7) should come before the prefix-only "seabirds" hit (3) in title+body weight.
    expect(ids(engine, 'seabird*')[0]).toBe(7)
  })

  it('WEIGHT_SCALE keeps lunr weights (3 decimals, boosted up to ~3x) within Uint16', () => {
    const maxBoost = Math.max(...Object.values(T.FIELD_BOOSTS))
    expect(20 * maxBoost * T.WEIGHT_SCALE).toBeLessThan(0xffff)
    expect(1 / T.WEIGHT_SCALE).toBeLessThanOrEqual(0.002)
  })

  it('FIELD_BOOSTS: a title match beats a body match', () => {
    const { engine } = fixtureEngine()
    expect(T.FIELD_BOOSTS.title).toBeGreaterThan(T.FIELD_BOOSTS.body)
    expect(ids(engine, 'grounding')[0]).toBe(5) // title word
  })
})

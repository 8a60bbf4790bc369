import { describe, expect, it } from 'vitest'
import { SearchEngine } from '../../../src-main/core/search/engine'
import { buildSegment } from '../../../src-main/core/search/segment-builder'
import { ARTICLES, fixtureEngine, FixtureSource, ids, roundTrip, toDoc } from './corpus'

describe('SearchEngine queries', () => {
  const { engine, source } = fixtureEngine()

  it('ranks articles with all the words; the title counts more', () => {
    const hits = ids(engine, 'diesel slick')
    expect(hits[0]).toBe(3)
    expect(new Set(hits)).toEqual(new Set([3]))
  })

  it('falls back to some of the words, and says so', () => {
    const r = engine.search({ query: 'diesel zeppelin' })
    expect(r.total).toBeGreaterThan(0)
    expect(r.notices.join(' ')).toMatch(/some of them/)
  })

  it('applies +must and -mustnot', () => {
    expect(ids(engine, 'ferry +fog').sort((a, b) => a - b)).toEqual([5, 8, 10])
    expect(ids(engine, 'diesel -harbour').sort((a, b) => a - b)).toEqual([3, 6])
  })

  it('verifies exact phrases from word positions', () => {
    expect(ids(engine, '"salvage bill"').sort((a, b) => a - b)).toEqual([4, 11])
    expect(ids(engine, '"bill salvage"')).toEqual([])
    expect(ids(engine, 'salvage -"salvage bill"')).toEqual([])
  })

  it('scopes words to fields', () => {
    expect(ids(engine, 'title:lighthouse').sort((a, b) => a - b)).toEqual([1, 5, 12])
    expect(ids(engine, 'outlet:"island voice"').sort((a, b) => a - b)).toEqual([5, 7])
  })

  it('expands prefixes and fuzzy terms', () => {
    expect(ids(engine, 'seab*').sort((a, b) => a - b)).toEqual([3, 7])
    expect(ids(engine, 'fery~1')).toEqual(ids(engine, 'ferry'))
    expect(engine.search({ query: 'fery' }).corrections).toEqual([{ from: 'fery', to: 'ferry' }])
  })

  it('finds numbers however they are written', () => {
    for (const q of ['6,700', '6 700', '6.7k', '6.7 thousand', '6700']) expect(ids(engine, q).sort((a, b) => a - b)).toEqual([2, 3])
    for (const q of ['4.8m', '4.8 million']) expect(ids(engine, q).sort((a, b) => a - b)).toEqual([4, 11])
  })

  it('folds diacritics both ways', () => {
    expect(ids(engine, 'Pyongdal').sort((a, b) => a - b)).toEqual([1, 5, 12])
    expect(ids(engine, 'Pyŏngdal').sort((a, b) => a - b)).toEqual([1, 5, 12])
  })

  it('retries a rare word with edit distance and says what it showed', () => {
    const r = engine.search({ query: 'Malmquist' })
    expect(r.hits.map((h) => h.articleId).sort((a, b) => a - b)).toEqual([1, 2, 12])
    expect(r.corrections).toEqual([{ from: 'Malmquist', to: 'malmqvist' }])
    expect(engine.search({ query: 'Malmqvist' }).corrections).toEqual([])
  })

  it('stems German articles for German', () => {
    expect(ids(engine, 'Haus')).toEqual([9])
  })

  it('pages through every hit without a cap', () => {
    const all = ids(engine, 'ferry', 1000)
    expect(all.length).toBeGreaterThan(6)
    const pages = [0, 3, 6, 9].flatMap((offset) => engine.search({ query: 'ferry', offset, limit: 3 }).hits.map((h) => h.articleId))
    expect(pages).toEqual(all)
  })

  it('counts facets and filters by outlet, date, copies and tags', () => {
    const r = engine.search({ query: 'ferry', filters: { outlets: ['Finance Weekly'] } })
    expect(r.hits.map((h) => h.articleId).sort((a, b) => a - b)).toEqual([4, 11])
    // Outlet counts ignore the outlet filter, so the analyst can switch outlets.
    expect(r.facets.outlets.find((o) => o.value === 'Coast Courier')?.count).toBe(1)
    const dated = engine.search({ query: 'ferry', filters: { from: '2025-03-05', to: '2025-03-08' } })
    expect(dated.hits.map((h) => h.articleId).sort((a, b) => a - b)).toEqual([5, 6, 10, 11])
    expect(dated.facets.dates).toEqual({ min: '2025-03-05', max: '2025-03-08', undated: 0 })
    source.copyIds = new Set([12])
    expect(ids(engine, '"Solvik Maren"', 50).sort((a, b) => a - b)).toEqual([1, 9, 12])
    expect(engine.search({ query: 'Solvik', filters: { originalsOnly: true } }).hits.map((h) => h.articleId).sort()).toEqual([1, 9])
    source.tagMap.set(6, ['compensation'])
    engine.refreshMeta([6]) // what the service does when search_dirty reports the tag
    expect(engine.search({ query: 'diesel', filters: { tags: ['compensation'] } }).hits.map((h) => h.articleId)).toEqual([6])
  })

  it('gives highlight offsets that point at the matched words', () => {
    const hit = engine.search({ query: 'malmqvist ferry' }).hits[0]!
    const marked = hit.snippetHighlights.map(([a, b]) => hit.snippet.slice(a, b).toLowerCase())
    expect(marked).toContain('malmqvist')
    expect(hit.highlight.map((w) => w.toLowerCase())).toContain('malmqvist')
  })

  it('exports every hit as CSV, neutralising formulas', () => {
    const { csv, rows } = engine.exportCsv({ query: 'ferry' })
    expect(rows).toBe(ids(engine, 'ferry', 1000).length)
    expect(csv.split('\r\n')[0]).toBe('rank,articleId,title,outlet,publishedAt,score')
  })
})

describe('segments', () => {
  it('round-trips through bytes with identical results', () => {
    const seg = buildSegment(ARTICLES.map(toDoc))
    const again = roundTrip(seg)
    expect(again.terms).toEqual(seg.terms)
    expect([...again.ids]).toEqual([...seg.ids])
    const a = new SearchEngine(new FixtureSource(ARTICLES))
    const b = new SearchEngine(new FixtureSource(ARTICLES))
    a.loadMeta()
    b.loadMeta()
    a.addSegment(1, seg)
    b.addSegment(1, again)
    expect(b.search({ query: 'ferry fog' }).hits).toEqual(a.search({ query: 'ferry fog' }).hits)
  })

  it('scores the same split into segments or in one (ranking survives merges)', () => {
    const one = fixtureEngine(100).engine
    const many = fixtureEngine(3).engine
    for (const q of ['ferry', 'diesel spill', 'lighthouse keeper']) expect(new Set(ids(many, q))).toEqual(new Set(ids(one, q)))
  })

  it('merges segments, keeps newer copies of an article, and drops deleted ones', () => {
    const { engine } = fixtureEngine(4)
    expect(engine.segmentInfo()).toHaveLength(3)
    // Article 2 re-indexed with new text in a small segment: the old copy stops counting.
    const changed = { ...ARTICLES[1]!, title: 'Harbour authority', body: 'Rewritten: no fuel figures here.' }
    engine.addSegment(10, buildSegment([toDoc(changed)]))
    expect(ids(engine, '6700')).toEqual([3])
    engine.removeArticles([3])
    expect(ids(engine, '6700')).toEqual([])
    const info = engine.segmentInfo()
    expect(info.find((s) => s.key === 1)?.live).toEqual([1, 4])
    const live = info.flatMap((s) => s.live).sort((a, b) => a - b)
    const merged = buildSegment(ARTICLES.filter((a) => live.includes(a.id) && a.id !== 2).map(toDoc).concat([toDoc(changed)]))
    engine.replaceSegments(info.map((s) => s.key), 20, merged)
    expect(engine.segmentInfo()).toEqual([{ key: 20, size: 11, live: [1, 4, 5, 6, 7, 8, 9, 10, 11, 12, 2] }])
    expect(ids(engine, 'rewritten')).toEqual([2])
    expect(engine.unindexed()).toEqual([])
  })
})

/**
 * The query side of search: holds the segments, knows which segment owns each article (so a
 * re-indexed or deleted article counts once or not at all), executes planned queries with
 * candidate pruning (postings of required terms only, no per-document vectors), verifies
 * phrases from the word positions in the index, and pages, facets and snippets the results.
 */
import { analyzerLanguage } from './analyze'
import { csvRows } from '../export/csv'
import { planQuery, type Plan } from './plan'
import { parseQuery } from './query-parser'
import { scoreSegments, rankOrder, type Hits } from './score'
import { FIELDS, type Segment } from './segment'
import { makeSnippet, matchRanges } from './snippet'
import type { FacetCount, SearchFilters, SearchHit, SearchRequest, SearchResult } from './types'
import { DEFAULT_PAGE, MAX_OUTLET_FACETS, RESULT_CACHE } from './tunables'
import { Vocabulary } from './vocabulary'
import { ArticleFacts, dayNumber } from './facts'

export interface ArticleMeta {
  title: string
  outlet: string | null
  publishedAt: string | null
  lang: string | null
}

/** Where the engine reads what SQLite knows (the truth); see store.ts. */
export interface SearchSource {
  /** Facts of the given articles, or of all when `ids` is omitted. */
  meta(ids?: readonly number[]): Map<number, ArticleMeta>
  /** Clean texts of the given articles. */
  bodies(ids: readonly number[]): Map<number, string>
  /** Articles detected as copies (hook for copy detection: empty until it lands). */
  copies(): ReadonlySet<number>
  /** Tag names of every tagged article (the engine keeps them until articles change). */
  allTags(): Map<number, string[]>
}

interface Ranked {
  /** Article ids and scores, best first, after every filter. */
  ids: number[]
  scores: number[]
  plan: Plan
  facets: SearchResult['facets']
  terms: Set<string>
}

/** Executes queries over a set of segments. Runs in a worker in the app, in-process in tests. */
export class SearchEngine {
  private readonly segments = new Map<number, Segment>()
  private readonly owner = new Map<number, number>()
  private meta = new Map<number, ArticleMeta>()
  private facts = new ArticleFacts()
  private languages = new Set<string>(['en'])
  private readonly cache = new Map<string, Ranked>()
  private merged: Vocabulary | null = null
  private tags: Map<number, string[]> | null = null
  private indexedCount: number | null = null
  /** Set by the coordinator while a background build runs. */
  building = false

  constructor(private readonly source: SearchSource) {}

  /** Reads every article's facts from SQLite (start-up, and after outside changes). */
  loadMeta(): void {
    this.meta = this.source.meta()
    this.facts = new ArticleFacts()
    for (const [id, m] of this.meta) this.facts.set(id, m)
    this.languages = new Set(['en', ...[...this.meta.values()].map((m) => analyzerLanguage(m.lang))])
    this.articlesChanged()
  }

  private articlesChanged(): void {
    this.tags = null
    this.indexedCount = null
    this.cache.clear()
  }

  /** Adds facts for new or changed articles. */
  refreshMeta(ids: readonly number[]): void {
    for (const [id, m] of this.source.meta(ids)) {
      this.meta.set(id, m)
      this.facts.set(id, m)
      this.languages.add(analyzerLanguage(m.lang))
    }
    this.articlesChanged()
  }

  /** Forgets deleted articles; their postings stay in old segments until a merge drops them. */
  removeArticles(ids: readonly number[]): void {
    for (const id of ids) {
      this.meta.delete(id)
      this.facts.delete(id)
      this.owner.delete(id)
    }
    this.articlesChanged()
  }

  /** Adds a segment; its articles now belong to it (newer segments win). */
  addSegment(key: number, segment: Segment): void {
    this.segments.set(key, segment)
    for (const id of segment.ids) this.owner.set(id, key)
    this.segmentsChanged([segment], [])
  }

  /** The merged vocabulary of every segment, built on the first query that expands a word. */
  vocabulary(): Vocabulary {
    this.merged ??= Vocabulary.merge([...this.segments.values()])
    return this.merged
  }

  /** Keeps the merged vocabulary current (if built) by adding and subtracting the changed segments. */
  private segmentsChanged(added: readonly Segment[], removed: readonly Segment[]): void {
    this.merged = this.merged?.with(added, removed) ?? null
    this.indexedCount = null
    this.cache.clear()
  }

  /** Swaps merged segments for their merge result. */
  replaceSegments(oldKeys: readonly number[], key: number, segment: Segment): void {
    const old = new Set(oldKeys)
    this.segments.set(key, segment)
    for (const id of segment.ids) {
      const current = this.owner.get(id)
      if (current === undefined || old.has(current)) this.owner.set(id, key)
    }
    const removed = oldKeys.flatMap((k) => this.segments.get(k) ?? [])
    for (const k of oldKeys) this.segments.delete(k)
    this.segmentsChanged([segment], removed)
  }

  /** Articles SQLite has that no segment holds: the coordinator indexes these. */
  unindexed(): number[] {
    const out: number[] = []
    for (const id of this.meta.keys()) if (!this.owner.has(id)) out.push(id)
    return out.sort((a, b) => a - b)
  }

  /** Segments with their live article ids (what a merge would rebuild). */
  segmentInfo(): Array<{ key: number; size: number; live: number[] }> {
    return [...this.segments.entries()].map(([key, s]) => ({
      key,
      size: s.size,
      live: [...s.ids].filter((id) => this.owner.get(id) === key && this.meta.has(id)),
    }))
  }

  status(): SearchResult['index'] {
    if (this.indexedCount === null) {
      this.indexedCount = 0
      for (const id of this.meta.keys()) if (this.owner.has(id)) this.indexedCount++
    }
    return { indexed: this.indexedCount, total: this.meta.size, building: this.building }
  }

  /** Runs a query and returns one page of hits with facets and snippets. */
  search(req: SearchRequest): SearchResult {
    const t0 = performance.now()
    const ranked = this.rank(req.query, req.filters ?? {})
    const offset = Math.max(0, req.offset ?? 0)
    const limit = Math.max(0, req.limit ?? DEFAULT_PAGE)
    const pageIds = ranked.ids.slice(offset, offset + limit)
    const bodies = this.source.bodies(pageIds)
    const copies = this.source.copies()
    const phrases = ranked.plan.clauses.filter((c) => c.phrase && c.presence !== 'not').map((c) => c.source.text)
    const hits = pageIds.map((id, i): SearchHit => {
      const m = this.meta.get(id)!
      const lang = analyzerLanguage(m.lang)
      const snippet = makeSnippet(bodies.get(id) ?? '', ranked.terms, lang)
      return {
        articleId: id,
        title: m.title,
        outlet: m.outlet,
        publishedAt: m.publishedAt,
        score: Math.round(ranked.scores[offset + i]! * 1000) / 1000,
        snippet: snippet.text,
        snippetHighlights: snippet.highlights,
        titleHighlights: matchRanges(m.title, ranked.terms, lang).map((r): [number, number] => [r.start, r.end]),
        highlight: [...phrases, ...snippet.words],
        copy: copies.has(id),
      }
    })
    return {
      query: req.query,
      total: ranked.ids.length,
      offset,
      hits,
      facets: ranked.facets,
      notices: ranked.plan.notices,
      corrections: ranked.plan.corrections.map((c) => ({ from: c.from, to: this.surface(c.to, pageIds, bodies) })),
      index: this.status(),
      tookMs: Math.round((performance.now() - t0) * 10) / 10,
    }
  }

  /** A stem as the articles write it ("ferri" -> "ferry"), for "showing results for ...". */
  private surface(term: string, ids: readonly number[], bodies: Map<number, string>): string {
    const want = new Set([term])
    for (const id of ids) {
      const m = this.meta.get(id)!
      for (const text of [m.title, bodies.get(id) ?? '']) {
        const hit = matchRanges(text, want, analyzerLanguage(m.lang))[0]
        if (hit) return text.slice(hit.start, hit.end).toLowerCase()
      }
    }
    return term
  }

  /** Every hit of a query as CSV (no cap), for the analyst's own tools. */
  exportCsv(req: SearchRequest): { csv: string; rows: number } {
    const ranked = this.rank(req.query, req.filters ?? {})
    const rows = ranked.ids.map((id, i) => {
      const m = this.meta.get(id)!
      return [String(i + 1), String(id), m.title, m.outlet ?? '', m.publishedAt ?? '', ranked.scores[i]!.toFixed(3)]
    })
    return { csv: csvRows([['rank', 'articleId', 'title', 'outlet', 'publishedAt', 'score'], ...rows]), rows: rows.length }
  }

  private rank(query: string, filters: SearchFilters): Ranked {
    const key = JSON.stringify([query, filters])
    const cached = this.cache.get(key)
    if (cached) return cached
    const plan = planQuery(parseQuery(query), () => this.vocabulary(), this.languages)
    const positive = plan.clauses.filter((c) => c.presence !== 'not' && c.groups.length > 0)
    let found: Hits = positive.length ? scoreSegments(this.segments, this.owner, plan.clauses, false) : { ids: [], scores: [] }
    if (positive.length === 0 && plan.clauses.some((c) => c.presence === 'not')) {
      plan.notices.push('Add a word to search for: a query of only -exclusions matches nothing.')
    }
    const defaults = positive.filter((c) => c.presence === 'default')
    if (found.ids.length === 0 && defaults.length > 1) {
      // No article has every word: rank those with some of them, most words first.
      found = scoreSegments(this.segments, this.owner, plan.clauses, true)
      if (found.ids.length) plan.notices.push('No article has all the words; showing articles with some of them.')
    }
    // Positions into `found` that pass every filter but the outlet one (outlet counts ignore it).
    const { present, outlet, day } = this.facts
    const from = filters.from ? dayNumber(filters.from) : 0
    const to = filters.to ? dayNumber(filters.to) : 0
    const copies = filters.originalsOnly ? this.source.copies() : null
    const tagged = filters.tags?.length ? this.tagIndex() : null
    const outletHits = new Int32Array(this.facts.outlets.length)
    const kept: number[] = []
    for (let i = 0; i < found.ids.length; i++) {
      const id = found.ids[i]!
      if (!present[id]) continue
      if ((from || to) && (day[id] === 0 || (from && day[id]! < from) || (to && day[id]! > to))) continue
      if (copies?.has(id)) continue
      if (tagged && !filters.tags!.every((t) => tagged.get(id)?.includes(t))) continue
      kept.push(i)
      if (outlet[id]! >= 0) outletHits[outlet[id]!]!++
    }
    const outletCounts = new Map<string, number>()
    outletHits.forEach((n, code) => n && outletCounts.set(this.facts.outlets[code]!, n))
    const outlets = filters.outlets?.length ? this.facts.codes(filters.outlets) : null
    const chosen = outlets ? kept.filter((i) => outlets.has(outlet[found.ids[i]!]!)) : kept
    const order = rankOrder(chosen.map((i) => found.scores[i]!))
    const ids = new Array<number>(order.length)
    const scores = new Array<number>(order.length)
    order.forEach((o, r) => {
      ids[r] = found.ids[chosen[o]!]!
      scores[r] = found.scores[chosen[o]!]!
    })
    const terms = new Set<string>()
    for (const c of plan.clauses) {
      if (c.presence === 'not') continue
      for (const g of c.groups) for (const a of g.alternatives) terms.add(a.term)
    }
    const ranked: Ranked = { ids, scores, plan, facets: this.facets(ids, outletCounts), terms }
    this.cache.set(key, ranked)
    if (this.cache.size > RESULT_CACHE) this.cache.delete(this.cache.keys().next().value!)
    return ranked
  }

  /** Tags per article, read once and kept until articles change (tags mark them dirty). */
  private tagIndex(): Map<number, string[]> {
    this.tags ??= this.source.allTags()
    return this.tags
  }

  private facets(ids: readonly number[], outletCounts: Map<string, number>): SearchResult['facets'] {
    let min = 0
    let max = 0
    let undated = 0
    const { day } = this.facts
    for (const id of ids) {
      const d = day[id]!
      if (d === 0) undated++
      else {
        if (min === 0 || d < min) min = d
        if (d > max) max = d
      }
    }
    const copies = this.source.copies()
    const tagged = this.tagIndex()
    const tagCounts = new Map<string, number>()
    if (tagged.size) {
      for (const id of ids) for (const t of tagged.get(id) ?? []) tagCounts.set(t, (tagCounts.get(t) ?? 0) + 1)
    }
    let copyCount = 0
    if (copies.size) for (const id of ids) if (copies.has(id)) copyCount++
    return {
      outlets: counts(outletCounts).slice(0, MAX_OUTLET_FACETS),
      tags: counts(tagCounts),
      dates: { min: dayText(min), max: dayText(max), undated },
      copies: copyCount,
    }
  }
}

/** 20250307 -> "2025-03-07"; a day or month of 0 (a partial date) is left out. */
function dayText(day: number): string | null {
  if (day === 0) return null
  const y = String(Math.floor(day / 10000))
  const m = Math.floor(day / 100) % 100
  const d = day % 100
  return m === 0 ? y : d === 0 ? `${y}-${String(m).padStart(2, '0')}` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

function counts(map: Map<string, number>): FacetCount[] {
  return [...map.entries()].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
}

export { FIELDS }

/**
 * The query side of search: holds the segments, knows which segment owns each article (so a
 * re-indexed or deleted article counts once or not at all), executes planned queries with
 * candidate pruning (postings of required terms only, no per-document vectors), verifies
 * phrases from the word positions in the index, and pages, facets and snippets the results.
 */
import { analyzerLanguage } from './analyze'
import { csvRows } from '../export/csv'
import { planQuery, type Plan, type PlannedClause } from './plan'
import { parseQuery } from './query-parser'
import { phraseMatches } from './phrase'
import { FIELDS, type Segment } from './segment'
import { makeSnippet, matchRanges } from './snippet'
import type { FacetCount, SearchFilters, SearchHit, SearchRequest, SearchResult } from './types'
import { DEFAULT_PAGE, MAX_OUTLET_FACETS, RESULT_CACHE } from './tunables'
import { Vocabulary } from './vocabulary'

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
  /** Tag names per article (hook: empty until tags exist). */
  tags(ids: readonly number[]): Map<number, string[]>
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
  private languages = new Set<string>(['en'])
  private readonly cache = new Map<string, Ranked>()
  private merged: Vocabulary | null = null
  /** Set by the coordinator while a background build runs. */
  building = false

  constructor(private readonly source: SearchSource) {}

  /** Reads every article's facts from SQLite (start-up, and after outside changes). */
  loadMeta(): void {
    this.meta = this.source.meta()
    this.languages = new Set(['en', ...[...this.meta.values()].map((m) => analyzerLanguage(m.lang))])
    this.cache.clear()
  }

  /** Adds facts for new or changed articles. */
  refreshMeta(ids: readonly number[]): void {
    for (const [id, m] of this.source.meta(ids)) {
      this.meta.set(id, m)
      this.languages.add(analyzerLanguage(m.lang))
    }
    this.cache.clear()
  }

  /** Forgets deleted articles; their postings stay in old segments until a merge drops them. */
  removeArticles(ids: readonly number[]): void {
    for (const id of ids) {
      this.meta.delete(id)
      this.owner.delete(id)
    }
    this.cache.clear()
  }

  /** Adds a segment; its articles now belong to it (newer segments win). */
  addSegment(key: number, segment: Segment): void {
    this.segments.set(key, segment)
    for (const id of segment.ids) this.owner.set(id, key)
    this.segmentsChanged()
  }

  /** The merged vocabulary of every segment, built on the first query that expands a word. */
  vocabulary(): Vocabulary {
    this.merged ??= Vocabulary.merge([...this.segments.values()])
    return this.merged
  }

  private segmentsChanged(): void {
    this.merged = null
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
    for (const k of oldKeys) this.segments.delete(k)
    this.segmentsChanged()
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
    let indexed = 0
    for (const id of this.meta.keys()) if (this.owner.has(id)) indexed++
    return { indexed, total: this.meta.size, building: this.building }
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
    let found = positive.length ? this.execute(plan.clauses, false) : new Map<number, number>()
    if (positive.length === 0 && plan.clauses.some((c) => c.presence === 'not')) {
      plan.notices.push('Add a word to search for: a query of only -exclusions matches nothing.')
    }
    const defaults = positive.filter((c) => c.presence === 'default')
    if (found.size === 0 && defaults.length > 1) {
      // No article has every word: rank those with some of them, most words first.
      found = this.execute(plan.clauses, true)
      if (found.size) plan.notices.push('No article has all the words; showing articles with some of them.')
    }
    let candidates = [...found.keys()].filter((id) => this.meta.has(id))
    candidates = this.applyFilters(candidates, { ...filters, outlets: [] })
    const outletCounts = new Map<string, number>()
    for (const id of candidates) {
      const o = this.meta.get(id)!.outlet
      if (o) outletCounts.set(o, (outletCounts.get(o) ?? 0) + 1)
    }
    if (filters.outlets?.length) {
      const keep = new Set(filters.outlets)
      candidates = candidates.filter((id) => keep.has(this.meta.get(id)!.outlet ?? ''))
    }
    candidates.sort((a, b) => found.get(b)! - found.get(a)! || a - b)
    const terms = new Set<string>()
    for (const c of plan.clauses) {
      if (c.presence === 'not') continue
      for (const g of c.groups) for (const a of g.alternatives) terms.add(a.term)
    }
    const ranked: Ranked = {
      ids: candidates,
      scores: candidates.map((id) => found.get(id)!),
      plan,
      facets: this.facets(candidates, outletCounts),
      terms,
    }
    this.cache.set(key, ranked)
    if (this.cache.size > RESULT_CACHE) this.cache.delete(this.cache.keys().next().value!)
    return ranked
  }

  /** Postings a clause reads in `seg` at least: its cheapest group's. */
  private static cost(seg: Segment, c: PlannedClause): number {
    let best = Infinity
    for (const g of c.groups) {
      let n = 0
      for (const a of g.alternatives) {
        const t = seg.find(a.term)
        if (t >= 0) for (const f of g.fields) n += seg.postingCount(t, f)
      }
      best = Math.min(best, n)
    }
    return best
  }

  /**
   * Scores every segment. Required clauses run first, the cheapest first, and each later clause
   * scores only the documents still alive (candidate pruning); phrases are verified from the
   * positions of the survivors only; `anyWord` relaxes plain words to "at least one".
   */
  private execute(clauses: readonly PlannedClause[], anyWord: boolean): Map<number, number> {
    const out = new Map<number, number>()
    const active = clauses.filter((c) => c.groups.length > 0)
    const isRequired = (c: PlannedClause): boolean => c.presence === 'must' || (c.presence === 'default' && !anyWord)
    const defaults = active.filter((c) => c.presence === 'default').length
    for (const [key, seg] of this.segments) {
      const n = seg.size
      const costs = new Map(active.map((c) => [c, SearchEngine.cost(seg, c)]))
      const rankOf = (c: PlannedClause): number => (c.presence === 'not' ? 2 : isRequired(c) ? 0 : 1)
      const ordered = [...active].sort((a, b) => rankOf(a) - rankOf(b) || costs.get(a)! - costs.get(b)!)
      const total = new Float32Array(n)
      const matchedDefaults = new Uint16Array(n)
      let alive: Uint8Array | null = null
      let empty = false
      for (const c of ordered) {
        if (c.presence !== 'not' && isRequired(c) && costs.get(c) === 0) {
          empty = true
          break
        }
        const clauseScore = new Float32Array(n)
        const clauseHit = new Uint8Array(n).fill(1)
        // Optional words must still be scored where nothing is alive yet.
        const prune = alive && (isRequired(c) || c.presence === 'not') ? alive : null
        for (const g of c.groups) {
          const groupScore = new Float32Array(n)
          for (const a of g.alternatives) {
            const ti = seg.find(a.term)
            if (ti < 0) continue
            for (const f of g.fields) seg.accumulate(ti, f, a.factor, groupScore, prune)
          }
          for (let d = 0; d < n; d++) {
            if (groupScore[d] === 0) clauseHit[d] = 0
            clauseScore[d]! += groupScore[d]!
          }
        }
        if (c.phrase) {
          const locals: number[] = []
          for (let d = 0; d < n; d++) if (clauseHit[d] && (!alive || alive[d])) locals.push(d)
          const holds = phraseMatches(seg, c.groups, c.phrase, locals)
          for (let d = 0; d < n; d++) if (clauseHit[d] && !holds.has(d)) clauseHit[d] = 0
        }
        if (c.presence === 'not') {
          alive ??= new Uint8Array(n).fill(1)
          for (let d = 0; d < n; d++) if (clauseHit[d]) alive[d] = 0
          continue
        }
        const required = isRequired(c)
        alive ??= new Uint8Array(n).fill(1)
        let left = 0
        for (let d = 0; d < n; d++) {
          if (clauseHit[d]) {
            total[d]! += clauseScore[d]!
            if (c.presence === 'default') matchedDefaults[d]!++
          } else if (required) alive[d] = 0
          left += alive[d]!
        }
        if (left === 0) {
          empty = true
          break
        }
      }
      if (!alive || empty) continue
      for (let d = 0; d < n; d++) {
        if (!alive[d] || total[d] === 0) continue
        const id = seg.ids[d]!
        if (this.owner.get(id) !== key) continue
        const coverage = anyWord && defaults > 0 ? matchedDefaults[d]! / defaults : 1
        out.set(id, total[d]! * coverage * coverage)
      }
    }
    return out
  }

  private applyFilters(ids: number[], filters: SearchFilters): number[] {
    const copies = filters.originalsOnly ? this.source.copies() : null
    const tags = filters.tags?.length ? this.source.tags(ids) : null
    return ids.filter((id) => {
      const m = this.meta.get(id)!
      if (filters.from && (!m.publishedAt || m.publishedAt.slice(0, 10) < filters.from)) return false
      if (filters.to && (!m.publishedAt || m.publishedAt.slice(0, 10) > filters.to)) return false
      if (copies?.has(id)) return false
      if (tags) {
        const have = tags.get(id) ?? []
        if (!filters.tags!.every((t) => have.includes(t))) return false
      }
      return true
    })
  }

  private facets(ids: readonly number[], outletCounts: Map<string, number>): SearchResult['facets'] {
    let min: string | null = null
    let max: string | null = null
    let undated = 0
    for (const id of ids) {
      const d = this.meta.get(id)!.publishedAt?.slice(0, 10)
      if (!d) undated++
      else {
        if (min === null || d < min) min = d
        if (max === null || d > max) max = d
      }
    }
    const copies = this.source.copies()
    const tagCounts = new Map<string, number>()
    for (const list of this.source.tags(ids).values()) for (const t of list) tagCounts.set(t, (tagCounts.get(t) ?? 0) + 1)
    return {
      outlets: counts(outletCounts).slice(0, MAX_OUTLET_FACETS),
      tags: counts(tagCounts),
      dates: { min, max, undated },
      copies: copies.size ? ids.filter((id) => copies.has(id)).length : 0,
    }
  }
}

function counts(map: Map<string, number>): FacetCount[] {
  return [...map.entries()].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
}

export { FIELDS }

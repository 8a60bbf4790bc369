/** The search shapes the contract carries (plain data). */

export interface SearchFilters {
  /** Keep hits from these outlets only (any of them). */
  outlets?: string[]
  /** ISO dates, inclusive; undated articles drop out when either is set. */
  from?: string | null
  to?: string | null
  /** Keep hits carrying all these tags (hook: tags land with the claims issue). */
  tags?: string[]
  /** Hide articles detected as copies of another. */
  originalsOnly?: boolean
}

export interface SearchRequest {
  query: string
  filters?: SearchFilters
  offset?: number
  limit?: number
}

export interface SearchHit {
  articleId: number
  title: string
  outlet: string | null
  publishedAt: string | null
  score: number
  snippet: string
  /** [start, end) offsets into `snippet`. */
  snippetHighlights: Array<[number, number]>
  titleHighlights: Array<[number, number]>
  /** Words and phrases to highlight when the article opens (as the article writes them). */
  highlight: string[]
  /** Detected as a copy of another article. */
  copy: boolean
}

export interface FacetCount {
  value: string
  count: number
}

export interface SearchFacets {
  /** Counted before the outlet filter, so other outlets stay selectable. */
  outlets: FacetCount[]
  tags: FacetCount[]
  dates: { min: string | null; max: string | null; undated: number }
  /** Hits that are copies (what "originals only" would hide). */
  copies: number
}

export interface SearchResult {
  query: string
  total: number
  offset: number
  hits: SearchHit[]
  facets: SearchFacets
  /** Said to the analyst: corrections, ignored words, fallbacks. */
  notices: string[]
  /** Typo retries: "showing results for ...". */
  corrections: Array<{ from: string; to: string }>
  /** How complete the index is while a build runs in the background. */
  index: { indexed: number; total: number; building: boolean }
  tookMs: number
}

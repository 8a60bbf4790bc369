/**
 * Every threshold of full-text search in one place. tests/unit/search/tunables.test.ts shows why
 * each has its value.
 */

/** Bump when tokenizing or weighting changes: persisted segments of another version are rebuilt. */
export const ANALYZER_VERSION = 2

/**
 * Articles per full segment. Local doc numbers are Uint16, so at most 65,535; 5,000 keeps one
 * merge (a lunr build in a worker) to a few seconds and one segment's postings to a few MB.
 */
export const SEGMENT_TARGET_DOCS = 5_000

/** Below this size a segment is "small": a merge candidate. */
export const SMALL_SEGMENT_DOCS = 1_000

/** This many small segments trigger a background merge (each costs a lookup per query term). */
export const MAX_SMALL_SEGMENTS = 8

/** Field boosts (lunr's `boost`): a word in the title says more about the article than one in the body. */
export const FIELD_BOOSTS = { title: 3, outlet: 2, body: 1, tags: 2, notes: 1 } as const

/** A term matching in fewer articles than this is retried with edit distance ("Malmquist"). */
export const FUZZY_RETRY_MAX_DF = 3

/** Edit distance for the retry and for a bare `word~`: 1 for short words, 2 from this length on. */
export const FUZZY_LONG_WORD = 8

/** Fuzzy and prefix expansions score below the exact word, so the word typed ranks first. */
export const EXPANSION_PENALTY = 0.5

/** At most this many vocabulary words one prefix or fuzzy term expands to (the most frequent win). */
export const MAX_EXPANSIONS = 64

/** Snippet length in characters, around the densest cluster of matches. */
export const SNIPPET_CHARS = 220

/** Results per page when the caller does not say. */
export const DEFAULT_PAGE = 50

/** Outlet facet: the most frequent outlets shown with counts. */
export const MAX_OUTLET_FACETS = 30

/** Weights are stored as Uint16 in units of 1/WEIGHT_SCALE (lunr rounds them to 0.001 anyway). */
export const WEIGHT_SCALE = 500

/** Results of this many recent queries kept, so paging and export do not search again. */
export const RESULT_CACHE = 8

/** Renderer: wait this long after the last keystroke before searching. */
export const TYPE_DEBOUNCE_MS = 150

import { useCallback, useEffect, useState } from 'react'
import type { SearchFilters, SearchHit, SearchResult } from '../../../src-main/api/contract'
import { invoke } from '../api/client'

/** Hits per page: a screenful and a half; snippets cost per hit. */
const PAGE = 25

export interface SearchState {
  result: SearchResult | null
  hits: SearchHit[]
  error: Error | null
  loading: boolean
  loadMore: () => void
}

interface Settled {
  /** Which query and filters this answer belongs to. */
  key: string
  result: SearchResult | null
  hits: SearchHit[]
  error: Error | null
  /** A page being fetched for this key (offset), or null. */
  more: number | null
}

const toError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)))

/**
 * Runs the search whenever query or filters change (compared by value); `loadMore` appends the
 * next page. Answers to superseded searches are dropped; "loading" is derived, never set in an effect.
 */
export function useSearch(query: string, filters: SearchFilters): SearchState {
  const key = JSON.stringify([query, filters])
  const [state, setState] = useState<Settled>({ key: '', result: null, hits: [], error: null, more: null })

  useEffect(() => {
    const [q, f] = JSON.parse(key) as [string, SearchFilters]
    if (!q.trim()) return
    let live = true
    invoke('search-query', { query: q, filters: f, offset: 0, limit: PAGE }).then(
      (result) => {
        if (live) setState({ key, result, hits: result.hits, error: null, more: null })
      },
      (error: unknown) => {
        if (live) setState({ key, result: null, hits: [], error: toError(error), more: null })
      },
    )
    return () => {
      live = false
    }
  }, [key])

  const loadMore = useCallback(() => {
    if (state.key !== key || state.more !== null) return
    const offset = state.hits.length
    const [q, f] = JSON.parse(key) as [string, SearchFilters]
    setState((s) => ({ ...s, more: offset }))
    invoke('search-query', { query: q, filters: f, offset, limit: PAGE }).then(
      (result) =>
        setState((s) => (s.key === key && s.more === offset ? { ...s, result, hits: [...s.hits, ...result.hits], more: null } : s)),
      (error: unknown) => setState((s) => (s.key === key ? { ...s, error: toError(error), more: null } : s)),
    )
  }, [key, state.key, state.more, state.hits.length])

  // While a new answer is on its way the previous one stays on screen (no flashing as you type).
  const shown = query.trim() !== ''
  return {
    result: shown ? state.result : null,
    hits: shown ? state.hits : [],
    error: shown ? state.error : null,
    loading: query.trim() !== '' && (state.key !== key || state.more !== null),
    loadMore,
  }
}

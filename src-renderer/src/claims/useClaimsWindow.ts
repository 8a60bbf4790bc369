import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ClaimsPage, ClaimsQuery } from '../../../src-main/api/contract'
import { invoke } from '../api/client'

/** Rows fetched per request: a few screens, so scrolling asks rarely. */
export const WINDOW_PAGE = 200

export type WindowRow = ClaimsPage['rows'][number]

interface Cache {
  key: string
  meta: Pick<ClaimsPage, 'total' | 'matching' | 'groups'> | null
  pages: Map<number, WindowRow[]>
}

/** What the claims table reads: counts and groups from the host, and rows fetched a window at a time. */
export interface ClaimsWindow {
  total: number | undefined
  matching: number
  groups: ClaimsPage['groups']
  /** The row at `offset` of the query's order, once its page is in. */
  rowAt: (offset: number) => WindowRow | undefined
  /** Asks for the pages covering rows `from`..`to` (already loaded or asked pages are skipped). */
  need: (from: number, to: number) => void
  /** True until the current query's first answer is in (the rows shown may be the previous query's). */
  stale: boolean
  error: Error | null
}

/**
 * The claims list a window at a time: the host searches, sorts, groups and counts; this keeps the
 * pages in view. A new query (or `version`, bumped after every change) starts a fresh cache, but
 * the old rows stay on screen until the first new page arrives, so nothing flashes.
 */
export function useClaimsWindow(query: ClaimsQuery, version: number): ClaimsWindow {
  const key = `${JSON.stringify(query)}#${version}`
  const [cache, setCache] = useState<Cache>({ key: '', meta: null, pages: new Map() })
  const [error, setError] = useState<Error | null>(null)
  const asked = useRef(new Set<string>())
  const current = useRef(key)
  useEffect(() => {
    current.current = key
  }, [key])

  const need = useCallback(
    (from: number, to: number) => {
      const q = JSON.parse(key.slice(0, key.lastIndexOf('#'))) as ClaimsQuery
      for (let p = Math.floor(Math.max(0, from) / WINDOW_PAGE); p <= Math.floor(Math.max(0, to) / WINDOW_PAGE); p++) {
        const id = `${key}@${p}`
        if (asked.current.has(id)) continue
        asked.current.add(id)
        invoke('claims-page', { ...q, offset: p * WINDOW_PAGE, limit: WINDOW_PAGE }).then(
          (res) => {
            if (current.current !== key) return
            setError(null)
            setCache((s) => {
              const pages = s.key === key ? new Map(s.pages) : new Map<number, WindowRow[]>()
              pages.set(p, res.rows)
              return { key, meta: { total: res.total, matching: res.matching, groups: res.groups }, pages }
            })
          },
          (e: unknown) => {
            asked.current.delete(id)
            if (current.current === key) setError(e instanceof Error ? e : new Error(String(e)))
          },
        )
      }
    },
    [key],
  )

  useEffect(() => {
    // A new query: pages asked for older ones are forgotten.
    asked.current = new Set([...asked.current].filter((id) => id.startsWith(`${key}@`)))
    need(0, 0)
  }, [need, key])

  return useMemo(
    () => ({
      total: cache.meta?.total,
      matching: cache.meta?.matching ?? 0,
      groups: cache.meta?.groups,
      rowAt: (offset: number) => cache.pages.get(Math.floor(offset / WINDOW_PAGE))?.[offset % WINDOW_PAGE],
      need,
      stale: cache.key !== key,
      error,
    }),
    [cache, need, key, error],
  )
}

/** One line of the table: a group's heading, or the row at an offset of the query's order. */
export type Line = { kind: 'group'; key: string; count: number; collapsed: boolean } | { kind: 'row'; offset: number }

/**
 * Lays the rows out under their group headings: `count` lines in all, and `at(i)` for line i.
 * Folded groups keep their heading; their rows are not in the host's order (see ClaimsQuery.collapsed).
 */
export function layout(matching: number, groups: ClaimsPage['groups'], collapsed: ReadonlySet<string>): { count: number; at: (i: number) => Line } {
  if (!groups) return { count: matching, at: (i) => ({ kind: 'row', offset: i }) }
  const starts: number[] = []
  const offsets: number[] = []
  let line = 0
  let offset = 0
  for (const g of groups) {
    starts.push(line)
    offsets.push(offset)
    const rows = collapsed.has(g.key) ? 0 : g.count
    line += 1 + rows
    offset += rows
  }
  return {
    count: line,
    at: (i) => {
      let lo = 0
      let hi = starts.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if ((starts[mid] ?? 0) <= i) lo = mid
        else hi = mid - 1
      }
      const g = groups[lo]
      const start = starts[lo] ?? 0
      if (!g || i === start) return { kind: 'group', key: g?.key ?? '', count: g?.count ?? 0, collapsed: collapsed.has(g?.key ?? '') }
      return { kind: 'row', offset: (offsets[lo] ?? 0) + (i - start - 1) }
    },
  }
}

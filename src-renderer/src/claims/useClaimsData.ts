import { useCallback, useState } from 'react'
import type { ApiArgs, ApiMethod, ApiResult } from '../../../src-main/api/contract'
import { invoke } from '../api/client'
import { useApiQuery, type ApiQuery } from '../hooks/useApi'

const NONE = {}

/** Everything the Claims view reads, and one `reloadAll` after any change. */
export interface ClaimsData {
  /** The first row only: whether there are claims at all, and how many. */
  summary: ApiQuery<ApiResult<'claims-page'>>
  /** Bumped by `reloadAll`: the claims table fetches the rows in view again. */
  version: number
  /** The claim open in the detail pane. */
  picked: ApiQuery<ApiResult<'claims-page'>>
  tags: ApiQuery<ApiResult<'tags-list'>>
  clusters: ApiQuery<ApiResult<'clusters-list'>>
  /** Clusters with an unresolved conflict: the tab label's count, without reading the clusters. */
  conflicts: ApiQuery<ApiResult<'clusters-conflicts'>>
  ledger: ApiQuery<ApiResult<'ledger-get'>>
  articles: ApiQuery<ApiResult<'articles-list'>>
  reloadAll: () => Promise<void>
}

const FIRST = { limit: 1 }

/**
 * `claimId`: the claim open in the detail pane; `ledgerShown`: the ledger is read only while its
 * tab is open (it walks every claim: seconds at 10,000 articles, not worth paying per change).
 * `clustersShown`: the clusters and the article list are read once a tab showing clusters has
 * been open, and kept from then on. At 50,000 articles they are 48 MB and 12 MB of JSON whose
 * parse holds the window for half a second: fetched with the claims table, they landed while it
 * was being scrolled.
 */
export function useClaimsData(claimId: number | null, ledgerShown: boolean, clustersShown: boolean): ClaimsData {
  const summary = useApiQuery('claims-page', FIRST)
  const picked = useApiQuery('claims-page', claimId === null ? null : { ids: [claimId], limit: 1 })
  const { reload: reloadPicked } = picked
  // With no claim open there is nothing to ask again (a reload of a skipped query would never settle).
  const open = claimId !== null
  const [version, setVersion] = useState(0)
  const tags = useApiQuery('tags-list', NONE)
  const [clustersRead, setClustersRead] = useState(clustersShown)
  if (clustersShown && !clustersRead) setClustersRead(true)
  const clusters = useApiQuery('clusters-list', clustersRead ? NONE : null)
  const conflicts = useApiQuery('clusters-conflicts', NONE)
  const ledger = useApiQuery('ledger-get', ledgerShown ? NONE : null)
  const articles = useApiQuery('articles-list', clustersRead ? NONE : null)
  const { reload: r1 } = summary
  const { reload: r2 } = tags
  const { reload: r3 } = clusters
  const { reload: r4 } = ledger
  const { reload: r5 } = conflicts
  const reloadAll = useCallback(async () => {
    setVersion((v) => v + 1)
    await Promise.all([open ? reloadPicked() : undefined, r1(), r2(), clustersRead ? r3() : undefined, ledgerShown ? r4() : undefined, r5()])
  }, [open, ledgerShown, clustersRead, reloadPicked, r1, r2, r3, r4, r5])
  return { summary, version, picked, tags, clusters, conflicts, ledger, articles, reloadAll }
}

/** Runs a changing call, then reloads; remembers the last failure for an alert. */
export function useMutation(reloadAll: () => Promise<void>): {
  run: <M extends ApiMethod>(method: M, args: ApiArgs<M>) => Promise<ApiResult<M> | undefined>
  error: Error | null
  clearError: () => void
} {
  const [error, setError] = useState<Error | null>(null)
  const run = useCallback(
    async <M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<M> | undefined> => {
      try {
        const value = await invoke(method, args)
        setError(null)
        await reloadAll()
        return value
      } catch (e) {
        setError(e instanceof Error ? e : new Error(String(e)))
        return undefined
      }
    },
    [reloadAll],
  )
  return { run, error, clearError: useCallback(() => setError(null), []) }
}

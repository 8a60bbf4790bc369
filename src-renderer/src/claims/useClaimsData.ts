import { useCallback, useState } from 'react'
import type { ApiArgs, ApiMethod, ApiResult } from '../../../src-main/api/contract'
import { invoke } from '../api/client'
import { useApiQuery, type ApiQuery } from '../hooks/useApi'

const NONE = {}

/** Everything the Claims view reads, and one `reloadAll` after any change. */
export interface ClaimsData {
  claims: ApiQuery<ApiResult<'claims-list'>>
  tags: ApiQuery<ApiResult<'tags-list'>>
  clusters: ApiQuery<ApiResult<'clusters-list'>>
  ledger: ApiQuery<ApiResult<'ledger-get'>>
  articles: ApiQuery<ApiResult<'articles-list'>>
  reloadAll: () => Promise<void>
}

export function useClaimsData(): ClaimsData {
  const claims = useApiQuery('claims-list', NONE)
  const tags = useApiQuery('tags-list', NONE)
  const clusters = useApiQuery('clusters-list', NONE)
  const ledger = useApiQuery('ledger-get', NONE)
  const articles = useApiQuery('articles-list', NONE)
  const { reload: r1 } = claims
  const { reload: r2 } = tags
  const { reload: r3 } = clusters
  const { reload: r4 } = ledger
  const reloadAll = useCallback(async () => {
    await Promise.all([r1(), r2(), r3(), r4()])
  }, [r1, r2, r3, r4])
  return { claims, tags, clusters, ledger, articles, reloadAll }
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

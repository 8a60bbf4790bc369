import { useCallback, useEffect, useRef, useState } from 'react'
import type { ApiArgs, ApiMethod, ApiResult } from '../../../src-main/api/contract'
import { invoke } from '../api/client'

/** The state of one read from the host. */
export interface ApiQuery<T> {
  /** The last successful answer; kept while a reload is under way so the screen does not flash. */
  data: T | undefined
  error: Error | null
  loading: boolean
  /** Ask again; settles (never rejects) once the new answer or error is in. */
  reload: () => Promise<void>
}

interface Settled<T> {
  data: T | undefined
  error: Error | null
  /** Which request (arguments + reload count) this answer belongs to. */
  request: string | null
}

/**
 * Call `method` with `args` whenever the arguments change (compared by value), and on `reload()`.
 * Pass `null` as args to skip the call. Answers to superseded calls are dropped; "loading" is
 * derived (the latest request has no answer yet), so no state is set synchronously in an effect.
 */
export function useApiQuery<M extends ApiMethod>(method: M, args: ApiArgs<M> | null): ApiQuery<ApiResult<M>> {
  const key = args === null ? null : JSON.stringify(args)
  const [nonce, setNonce] = useState(0)
  const waiting = useRef<Array<() => void>>([])
  const [settled, setSettled] = useState<Settled<ApiResult<M>>>({ data: undefined, error: null, request: null })
  const request = key === null ? null : `${method}:${key}#${nonce}`

  useEffect(() => {
    if (key === null || request === null) return
    let live = true
    invoke(method, JSON.parse(key) as ApiArgs<M>)
      .then(
        (data) => {
          if (live) setSettled({ data, error: null, request })
        },
        (error: unknown) => {
          if (live) setSettled((s) => ({ data: s.data, error: toError(error), request }))
        },
      )
      .finally(() => {
        if (!live) return
        for (const done of waiting.current.splice(0)) done()
      })
    return () => {
      live = false
    }
  }, [method, key, request])

  const reload = useCallback(
    () =>
      new Promise<void>((resolve) => {
        waiting.current.push(resolve)
        setNonce((n) => n + 1)
      }),
    [],
  )
  // With no arguments there is nothing to ask: answer "idle" without a stale previous answer.
  if (key === null) return { data: undefined, error: null, loading: false, reload }
  const loading = settled.request !== request
  return { data: settled.data, error: loading ? null : settled.error, loading, reload }
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error))
}

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

/**
 * Call `method` with `args` whenever the arguments change (compared by value), and on `reload()`.
 * Pass `null` as args to skip the call. Answers to superseded calls are dropped.
 */
export function useApiQuery<M extends ApiMethod>(method: M, args: ApiArgs<M> | null): ApiQuery<ApiResult<M>> {
  const key = args === null ? null : JSON.stringify(args)
  const argsRef = useRef(args)
  argsRef.current = args
  const [nonce, setNonce] = useState(0)
  const waiting = useRef<Array<() => void>>([])
  const [state, setState] = useState<Omit<ApiQuery<ApiResult<M>>, 'reload'>>({
    data: undefined,
    error: null,
    loading: args !== null,
  })

  useEffect(() => {
    const current = argsRef.current
    if (key === null || current === null) {
      setState({ data: undefined, error: null, loading: false })
      return
    }
    let live = true
    setState((s) => ({ ...s, error: null, loading: true }))
    invoke(method, current)
      .then(
        (data) => {
          if (live) setState({ data, error: null, loading: false })
        },
        (error: unknown) => {
          if (live) setState((s) => ({ ...s, error: toError(error), loading: false }))
        },
      )
      .finally(() => {
        if (!live) return
        for (const done of waiting.current.splice(0)) done()
      })
    return () => {
      live = false
    }
  }, [method, key, nonce])

  const reload = useCallback(
    () =>
      new Promise<void>((resolve) => {
        waiting.current.push(resolve)
        setNonce((n) => n + 1)
      }),
    [],
  )
  return { ...state, reload }
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error))
}

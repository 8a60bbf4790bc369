import { useCallback } from 'react'
import { useAppActions } from '../shell/AppContext'

/**
 * Articles another view asked to compare (a library copy, search results, a cluster). The
 * Compare view takes them when it opens; features call `useOpenComparison()`.
 */
let pending: number[] | null = null

/** The ids waiting for the Compare view, taken once. */
export function takePendingComparison(): number[] | null {
  const ids = pending
  pending = null
  return ids
}

/** Opens the Compare view on the given articles (two side by side, up to six as a matrix). */
export function useOpenComparison(): (ids: number[]) => void {
  const { showView } = useAppActions()
  return useCallback(
    (ids: number[]) => {
      pending = ids.slice(0, 6)
      showView('compare')
    },
    [showView],
  )
}

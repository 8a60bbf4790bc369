import { useCallback, useEffect, useState } from 'react'
import { hashOf, viewFromHash } from './viewHistory'
import type { ViewId } from './views'

export interface ViewHistory {
  view: ViewId
  /** Show a view, adding a history entry (nothing when it is already shown). */
  go: (view: ViewId) => void
  back: () => void
  forward: () => void
}

/** The current view, kept in step with the window's history (see viewHistory.ts). */
export function useViewHistory(fallback: ViewId): ViewHistory {
  const [view, setView] = useState<ViewId>(() => viewFromHash(window.location.hash) ?? fallback)
  useEffect(() => {
    if (viewFromHash(window.location.hash) === null) window.history.replaceState(null, '', hashOf(fallback))
    const onPop = (): void => setView(viewFromHash(window.location.hash) ?? fallback)
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [fallback])
  const go = useCallback((next: ViewId) => {
    if (viewFromHash(window.location.hash) !== next) window.history.pushState(null, '', hashOf(next))
    setView(next)
  }, [])
  const back = useCallback(() => window.history.back(), [])
  const forward = useCallback(() => window.history.forward(), [])
  return { view, go, back, forward }
}

import { useCallback, useState } from 'react'
import { markTourSeen, tourSeen } from './tourState'

export interface TourGate {
  open: boolean
  start: () => void
  /** Closes the tour (finished or skipped); it does not open by itself again. */
  finish: () => void
}

/**
 * Opens the tour once, on the first start of the demo workspace (the corpus a new default
 * workspace is given, which the tour walks through); afterwards, and on any other workspace, only
 * on request (help sheet, command palette).
 */
export function useTourGate(demo: boolean | undefined): TourGate {
  const [seenBefore] = useState(tourSeen)
  const [choice, setChoice] = useState<'auto' | 'open' | 'closed'>('auto')
  const open = choice === 'open' || (choice === 'auto' && !seenBefore && demo === true)
  const start = useCallback(() => setChoice('open'), [])
  const finish = useCallback(() => {
    markTourSeen()
    setChoice('closed')
  }, [])
  return { open, start, finish }
}

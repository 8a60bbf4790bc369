import { useCallback, useState } from 'react'
import { markTourSeen, tourSeen } from './tourState'

export interface TourGate {
  open: boolean
  start: () => void
  /** Closes the tour (finished or skipped); it does not open by itself again. */
  finish: () => void
}

/**
 * Opens the tour once, on the first start of a workspace that has articles to show (the demo
 * corpus a new workspace is given); afterwards only on request (help sheet, command palette).
 * Only the first article count the window learns decides: an import later does not start it.
 */
export function useTourGate(articleCount: number | undefined): TourGate {
  const [seenBefore] = useState(tourSeen)
  const [firstCount, setFirstCount] = useState<number | undefined>(undefined)
  const [choice, setChoice] = useState<'auto' | 'open' | 'closed'>('auto')
  if (firstCount === undefined && articleCount !== undefined) setFirstCount(articleCount)
  const open = choice === 'open' || (choice === 'auto' && !seenBefore && (firstCount ?? 0) > 0)
  const start = useCallback(() => setChoice('open'), [])
  const finish = useCallback(() => {
    markTourSeen()
    setChoice('closed')
  }, [])
  return { open, start, finish }
}

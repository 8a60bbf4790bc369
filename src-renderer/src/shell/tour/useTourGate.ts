import { useCallback, useEffect, useRef, useState } from 'react'
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
 */
export function useTourGate(articleCount: number | undefined): TourGate {
  const [open, setOpen] = useState(false)
  const decided = useRef(false)
  useEffect(() => {
    if (decided.current || articleCount === undefined) return
    decided.current = true
    if (articleCount > 0 && !tourSeen()) setOpen(true)
  }, [articleCount])
  const start = useCallback(() => setOpen(true), [])
  const finish = useCallback(() => {
    markTourSeen()
    setOpen(false)
  }, [])
  return { open, start, finish }
}

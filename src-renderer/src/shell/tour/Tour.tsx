import { useEffect, useRef, useState, type JSX, type KeyboardEvent } from 'react'
import type { ViewId } from '../views'
import { TOUR_STEPS } from './steps'
import { useTourTarget } from './useTourTarget'

interface Props {
  /** Shows the view a step is about. */
  show: (view: ViewId) => void
  onClose: () => void
}

/**
 * The first-run tour: a non-modal dialog in the corner, so the view it describes stays visible.
 * Next/Back (or → / ←) walk it, Escape or "Skip tour" ends it; focus stays on the dialog.
 */
export function Tour({ show, onClose }: Readonly<Props>): JSX.Element | null {
  const [index, setIndex] = useState(0)
  const step = TOUR_STEPS[index]
  const dialog = useRef<HTMLDivElement>(null)
  const view = step?.view
  useEffect(() => {
    if (view) show(view)
    dialog.current?.focus()
  }, [view, index, show])
  useTourTarget(step?.target)
  if (!step) return null
  const last = index === TOUR_STEPS.length - 1
  const move = (by: number): void => {
    const next = index + by
    if (next >= TOUR_STEPS.length) onClose()
    else if (next >= 0) setIndex(next)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key === 'Escape') {
      e.preventDefault()
      onClose()
    } else if ((e.key === 'ArrowRight' || e.key === 'ArrowLeft') && !e.altKey && e.target === e.currentTarget) {
      e.preventDefault()
      move(e.key === 'ArrowRight' ? 1 : -1)
    }
  }
  return (
    <div
      ref={dialog}
      className="tour"
      role="dialog"
      aria-labelledby="tour-title"
      aria-describedby="tour-body"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <p className="tour-progress">
        Tour · step {index + 1} of {TOUR_STEPS.length}
      </p>
      <h2 id="tour-title">{step.title}</h2>
      <p id="tour-body">{step.body}</p>
      <div className="tour-actions">
        <button type="button" className="quiet" onClick={onClose}>
          Skip tour
        </button>
        <span className="tour-spacer" />
        <button type="button" onClick={() => move(-1)} disabled={index === 0}>
          Back
        </button>
        <button type="button" className="primary" onClick={() => move(1)}>
          {last ? 'Finish' : 'Next'}
        </button>
      </div>
    </div>
  )
}

import { useEffect, useState, type JSX } from 'react'
import { errorText } from '../api/client'
import { onUndoChanged, peekUndo, undoLast } from './undo'

/** "Undo delete" while there is something to undo; Ctrl+Z (outside text fields) does the same. */
export function UndoBar(): JSX.Element | null {
  const [, setTick] = useState(0)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => onUndoChanged(() => setTick((t) => t + 1)), [])
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.key === 'z' || e.key === 'Z') || !(e.ctrlKey || e.metaKey) || e.shiftKey) return
      const t = e.target
      if (t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))) return
      if (!peekUndo()) return
      e.preventDefault()
      undoLast().catch((err: unknown) => setError(errorText(err)))
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  const step = peekUndo()
  if (!step && !error) return null
  return (
    <div className="undo-bar">
      {step && (
        <button type="button" onClick={() => void undoLast().catch((err: unknown) => setError(errorText(err)))} title="Ctrl+Z">
          {step.label}
        </button>
      )}
      {error && <span role="alert">{error}</span>}
    </div>
  )
}

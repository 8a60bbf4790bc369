import { useEffect, useState, type JSX } from 'react'
import { errorText } from '../api/client'
import { SELECTION_ACTIONS, type TextSelection } from './selectionActions'

/** A selection resolved to an article's clean text. */
export type ResolvedSelection = TextSelection & { articleId: number }

interface Props {
  /**
   * Maps the document's current selection to clean-text offsets, or null when it is not in
   * this view's text. Each view knows how its text is rendered; the actions are shared.
   */
  resolve: (range: Range) => ResolvedSelection | null
  className?: string
}

/** One button per selection action (Highlight, Make claim, ...) while text in the view is selected. */
export function SelectionToolbar({ resolve, className }: Readonly<Props>): JSX.Element | null {
  const [selection, setSelection] = useState<ResolvedSelection | null>(null)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  useEffect(() => {
    const update = (): void => {
      const sel = document.getSelection()
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return
      const resolved = resolve(sel.getRangeAt(0))
      if (!resolved) return
      setSelection(resolved)
      setMessage(null)
    }
    document.addEventListener('selectionchange', update)
    return () => document.removeEventListener('selectionchange', update)
  }, [resolve])

  if (!selection && !message) return null
  return (
    <div className={`selection-toolbar ${className ?? ''}`} role="toolbar" aria-label="Selected text">
      {selection && (
        <>
          <span className="selection-preview muted">
            “{selection.text.length > 60 ? `${selection.text.slice(0, 57)}…` : selection.text}”
          </span>
          {SELECTION_ACTIONS.map((a) => (
            <button
              key={a.label}
              type="button"
              // Keep the selection while the button is pressed.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                Promise.resolve(a.run(selection.articleId, selection)).then(
                  () => {
                    setMessage({ text: `${a.label}: done`, error: false })
                    setSelection(null)
                  },
                  (e: unknown) => setMessage({ text: `${a.label} failed: ${errorText(e)}`, error: true }),
                )
              }}
            >
              {a.label}
            </button>
          ))}
          <button type="button" onClick={() => setSelection(null)}>
            Dismiss
          </button>
        </>
      )}
      {message && <span role={message.error ? 'alert' : 'status'}>{message.text}</span>}
    </div>
  )
}

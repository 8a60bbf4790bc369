import { useEffect, useState, type JSX, type RefObject } from 'react'
import { errorText } from '../api/client'
import { SELECTION_ACTIONS, type TextSelection } from '../reader/selectionActions'
import { offsetAt, textPieces } from './domRanges'

interface Props {
  /** The rendered clean text (with marks, buttons and badges in it). */
  container: RefObject<HTMLElement | null>
  text: string
  articleId: number
}

/**
 * The selection actions (Highlight, Make claim, ...) for the marked clean text (spam shown in
 * place, restored passages), whose inline buttons and badges the plain view's toolbar cannot map.
 */
export function MarkedSelectionToolbar({ container, text, articleId }: Readonly<Props>): JSX.Element | null {
  const [selection, setSelection] = useState<TextSelection | null>(null)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  useEffect(() => {
    const update = (): void => {
      const root = container.current
      const sel = document.getSelection()
      if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return
      const range = sel.getRangeAt(0)
      if (!root.contains(range.commonAncestorContainer)) return
      const pieces = textPieces(root, text)
      const start = offsetAt(pieces, range.startContainer, range.startOffset)
      const end = offsetAt(pieces, range.endContainer, range.endOffset)
      if (start === null || end === null || end <= start) return
      setSelection({ start, end, text: text.slice(start, end) })
      setMessage(null)
    }
    document.addEventListener('selectionchange', update)
    return () => document.removeEventListener('selectionchange', update)
  }, [container, text])
  if (!selection && !message) return null
  return (
    <div className="selection-toolbar" role="toolbar" aria-label="Selected text">
      {selection && (
        <>
          <span className="selection-preview muted">“{selection.text.length > 60 ? `${selection.text.slice(0, 57)}…` : selection.text}”</span>
          {SELECTION_ACTIONS.map((a) => (
            <button
              key={a.label}
              type="button"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                Promise.resolve(a.run(articleId, selection)).then(
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

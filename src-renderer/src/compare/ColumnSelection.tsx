import { useEffect, useState, type JSX, type RefObject } from 'react'
import { errorText } from '../api/client'
import { SELECTION_ACTIONS, type TextSelection } from '../reader/selectionActions'
import '../claims/makeClaimAction'

interface Props {
  columns: Array<{ ref: RefObject<HTMLDivElement | null>; articleId: number; text: string }>
}

/** Clean-text offset of a point in a column: every rendered piece carries its own start offset. */
function offsetOf(node: Node, offset: number): number | null {
  const el = node instanceof Element ? node : node.parentElement
  const piece = el?.closest<HTMLElement>('[data-start]')
  const start = piece?.dataset['start']
  if (!piece || start === undefined) return null
  if (node === piece) return Number(start)
  return Number(start) + (node.nodeType === Node.TEXT_NODE ? offset : 0)
}

/** The reader's selection actions ("Make claim", ...) for text selected in a comparison column. */
export function ColumnSelection({ columns }: Readonly<Props>): JSX.Element | null {
  const [selection, setSelection] = useState<(TextSelection & { articleId: number }) | null>(null)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  useEffect(() => {
    const update = (): void => {
      const sel = document.getSelection()
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return
      const range = sel.getRangeAt(0)
      const column = columns.find((c) => c.ref.current?.contains(range.commonAncestorContainer))
      if (!column) return
      const start = offsetOf(range.startContainer, range.startOffset)
      const end = offsetOf(range.endContainer, range.endOffset)
      if (start === null || end === null || end <= start) return
      setSelection({ articleId: column.articleId, start, end, text: column.text.slice(start, end) })
      setMessage(null)
    }
    document.addEventListener('selectionchange', update)
    return () => document.removeEventListener('selectionchange', update)
  }, [columns])

  if (!selection && !message) return null
  return (
    <div className="selection-toolbar cmp-selection" role="toolbar" aria-label="Selected text">
      {selection && (
        <>
          <span className="muted">
            “{selection.text.length > 60 ? `${selection.text.slice(0, 57)}…` : selection.text}”
          </span>
          {SELECTION_ACTIONS.map((a) => (
            <button
              key={a.label}
              type="button"
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

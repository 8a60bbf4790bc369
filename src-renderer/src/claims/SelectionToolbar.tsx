import { useEffect, useState, type JSX, type RefObject } from 'react'
import { errorText } from '../api/client'
import { SELECTION_ACTIONS, type TextSelection } from '../reader/selectionActions'

interface Props {
  /** The element holding the clean text's paragraphs (<p>, one per blank-line-separated block). */
  container: RefObject<HTMLElement | null>
  text: string
  articleId: number
}

/** Clean-text offsets of each rendered paragraph (same split as the clean text view). */
export function paragraphOffsets(text: string): number[] {
  const out: number[] = []
  let at = 0
  for (const para of text.split('\n\n')) {
    const trimmed = para.trim()
    if (trimmed !== '') out.push(at + para.indexOf(trimmed))
    at += para.length + 2
  }
  return out
}

function offsetIn(container: HTMLElement, offsets: number[], node: Node, offset: number): number | null {
  const el = node instanceof Element ? node : node.parentElement
  const p = el?.closest('p')
  if (!p || !container.contains(p)) return null
  const index = [...container.querySelectorAll(':scope > p')].indexOf(p)
  const base = offsets[index]
  if (index < 0 || base === undefined) return null
  const r = document.createRange()
  r.setStart(p, 0)
  r.setEnd(node, offset)
  return base + r.toString().length
}

/** A toolbar with one button per selection action while text in the clean text is selected. */
export function SelectionToolbar({ container, text, articleId }: Readonly<Props>): JSX.Element | null {
  const [selection, setSelection] = useState<TextSelection | null>(null)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  useEffect(() => {
    const offsets = paragraphOffsets(text)
    const update = (): void => {
      const root = container.current
      const sel = document.getSelection()
      if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return
      const range = sel.getRangeAt(0)
      if (!root.contains(range.commonAncestorContainer)) return
      const start = offsetIn(root, offsets, range.startContainer, range.startOffset)
      const end = offsetIn(root, offsets, range.endContainer, range.endOffset)
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
              // Keep the selection while the button is pressed.
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

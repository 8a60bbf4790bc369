import { useCallback, useRef, useState, type JSX, type ReactNode } from 'react'
import type { ArticleDetail } from '../../../src-main/api/contract'
import { AnnotationCard } from './AnnotationCard'
import { offsetAt, rangeFor, textPieces } from '../reader/textDom'
import { UndoBar } from './UndoBar'
import { SelectionToolbar, type ResolvedSelection } from '../reader/SelectionToolbar'
import { useAnnotations } from './useAnnotations'
import { useCssHighlights } from './useCssHighlights'
import './annotate.css'

interface Props {
  article: ArticleDetail
  /** The reader's clean-text view. */
  children: ReactNode
}

/** The clean text with the analyst's highlights painted on it, and the annotations panel beside it. */
export function AnnotatedText({ article, children }: Readonly<Props>): JSX.Element {
  const textRef = useRef<HTMLDivElement>(null)
  const [selected, setSelected] = useState<number | null>(null)
  const [editing, setEditing] = useState<number | null>(null)
  // A new highlight opens its note for writing.
  const onCreated = useCallback((id: number) => {
    setSelected(id)
    setEditing(id)
  }, [])
  const { list, error } = useAnnotations(article.id, article.text, onCreated)
  useCssHighlights(textRef, article.text, list, selected)
  const resolveSelection = useCallback(
    (range: Range): ResolvedSelection | null => {
      const root = textRef.current
      if (!root?.contains(range.commonAncestorContainer)) return null
      const pieces = textPieces(root, article.text)
      const start = offsetAt(pieces, range.startContainer, range.startOffset)
      const end = offsetAt(pieces, range.endContainer, range.endOffset)
      if (start === null || end === null || end <= start) return null
      return { articleId: article.id, start, end, text: article.text.slice(start, end) }
    },
    [article.id, article.text],
  )

  const jump = (id: number): void => {
    const a = list.find((x) => x.id === id)
    const el = textRef.current
    if (!a || !el) return
    setSelected(id)
    const r = rangeFor(textPieces(el, article.text), a.start, a.end)
    r?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  }

  // Clicking painted text selects its annotation in the panel.
  const onClick = (e: React.MouseEvent): void => {
    const el = textRef.current
    if (!el || !document.getSelection()?.isCollapsed) return
    const pos = document.caretPositionFromPoint?.(e.clientX, e.clientY)
    if (!pos) return
    const at = offsetAt(textPieces(el, article.text), pos.offsetNode, pos.offset)
    if (at === null) return
    const hit = list.find((a) => a.state !== 'orphaned' && a.start <= at && at < a.end)
    if (hit) setSelected(hit.id)
  }

  return (
    <div className="annotated">
      <div ref={textRef} className="annotated-text" onClick={onClick}>
        {children}
        <SelectionToolbar resolve={resolveSelection} />
      </div>
      <aside className="annotations-panel" aria-label="Annotations">
        <h3>
          Notes <span className="muted">({list.length})</span>
        </h3>
        <UndoBar />
        {error && <p role="alert">{error}</p>}
        {list.length === 0 ? (
          <p className="muted">Select text in the article and press Highlight to add a note.</p>
        ) : (
          <ol className="annotation-list">
            {list.map((a) => (
              <AnnotationCard
                key={a.id}
                annotation={a}
                selected={a.id === selected}
                editing={a.id === editing}
                onEdit={(on) => setEditing(on ? a.id : null)}
                onJump={() => jump(a.id)}
              />
            ))}
          </ol>
        )}
      </aside>
    </div>
  )
}

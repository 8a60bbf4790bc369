import { useState, type JSX } from 'react'
import type { Annotation } from '../../../src-main/api/contract'
import { errorText } from '../api/client'
import { AnnotationEditor } from './AnnotationEditor'
import { colourCss } from './colours'
import { deleteAnnotation, updateAnnotation } from './mutations'

interface Props {
  annotation: Annotation
  selected: boolean
  editing: boolean
  onEdit: (editing: boolean) => void
  /** Scroll the text to the highlight (absent where there is no text to jump to). */
  onJump?: (() => void) | undefined
  /** Shown above the quote (the notes view names the article). */
  heading?: JSX.Element | undefined
}

function short(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** One annotation: its quote, anchor state, note and tags, with jump, edit and delete. */
export function AnnotationCard({ annotation: a, selected, editing, onEdit, onJump, heading }: Readonly<Props>): JSX.Element {
  const [error, setError] = useState<string | null>(null)
  const act = (p: Promise<unknown>): void => {
    setError(null)
    p.catch((e: unknown) => setError(errorText(e)))
  }
  return (
    <li className={`annotation-card${selected ? ' selected' : ''}`} style={{ borderLeftColor: colourCss(a.colour) }} aria-label={`Note on “${short(a.quote, 60)}”`}>
      {heading}
      <blockquote className="annotation-quote">
        “{short(a.quote)}”{a.page !== null && <span className="annotation-page"> p. {a.page}</span>}
      </blockquote>
      {a.state === 'moved' && (
        <p className="annotation-state moved">
          Moved: the text changed here. It now reads “{short(a.currentText, 120)}”.{' '}
          <button type="button" className="link-button" onClick={() => act(updateAnnotation(a, { acceptMove: true }))}>
            Accept new position
          </button>
        </p>
      )}
      {a.state === 'orphaned' && <p className="annotation-state orphaned">Orphaned: this quote is no longer in the article’s text.</p>}
      {editing ? (
        <AnnotationEditor
          annotation={a}
          onCancel={() => onEdit(false)}
          onSave={async (change) => {
            try {
              await updateAnnotation(a, change)
              onEdit(false)
            } catch (e) {
              setError(errorText(e))
            }
          }}
        />
      ) : (
        <>
          {a.note ? <p className="annotation-note">{a.note}</p> : <p className="muted annotation-note">No note yet.</p>}
          {a.claimIds.length > 0 && (
            <p className="annotation-claims">
              Linked to {a.claimIds.length === 1 ? 'a claim' : `${a.claimIds.length} claims`}
            </p>
          )}
          {a.tags.length > 0 && (
            <p className="annotation-tags">
              {a.tags.map((t) => (
                <span key={t} className="tag-chip">
                  {t}
                </span>
              ))}
            </p>
          )}
          <div className="annotation-actions">
            {onJump && a.state !== 'orphaned' && (
              <button type="button" onClick={onJump}>
                Jump to
              </button>
            )}
            <button type="button" onClick={() => onEdit(true)}>
              {a.note ? 'Edit note' : 'Add note'}
            </button>
            <button type="button" aria-label={`Delete note on “${short(a.quote, 40)}”`} onClick={() => act(deleteAnnotation(a))}>
              Delete
            </button>
          </div>
        </>
      )}
      {error && <p role="alert">{error}</p>}
    </li>
  )
}

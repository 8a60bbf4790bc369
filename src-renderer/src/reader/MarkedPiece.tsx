import type { JSX } from 'react'
import type { RemovedText } from '../../../src-main/api/contract'
import { HighlightTerms } from '../search/HighlightTerms'
import type { MarkedPiece as Piece } from './markedParagraphs'

interface Props {
  piece: Piece
  /** Words or phrases to mark in the text (search matches, a claim's wording). */
  highlight: readonly string[] | undefined
  busy: number | null
  onAct: (span: RemovedText, restore: boolean) => Promise<void>
}

/** One run of a paragraph: clean text, a spam splice shown struck out in place, or restored text. */
export function MarkedPiece({ piece, highlight, busy, onAct }: Readonly<Props>): JSX.Element {
  if (piece.kind === 'text') return <HighlightTerms text={piece.text} terms={highlight} />
  const span = piece.span
  const words = span.text.trim()
  if (piece.kind === 'spam') {
    return (
      <span className="spam-mark">
        <del title="Spam spliced into the sentence; removed from the clean text">{words}</del>
        <button
          type="button"
          className="inline-action"
          disabled={busy === span.id}
          aria-label={`Restore “${words}”`}
          onClick={() => void onAct(span, true)}
        >
          Restore
        </button>
      </span>
    )
  }
  return (
    <span className="restored-mark">
      <mark title={`Restored ${span.kind} text`}>
        <HighlightTerms text={piece.text} terms={highlight} />
      </mark>
      <button
        type="button"
        className="inline-action"
        disabled={busy === span.id}
        aria-label={`Remove “${words}” again`}
        onClick={() => void onAct(span, false)}
      >
        Remove again
      </button>
    </span>
  )
}

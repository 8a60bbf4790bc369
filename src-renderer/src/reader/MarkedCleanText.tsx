import { useMemo, useState, type JSX } from 'react'
import type { ArticleDetail, RemovedText } from '../../../src-main/api/contract'
import { errorText, invoke } from '../api/client'
import { formatLanguage } from '../format'
import { markedParagraphs, type MarkedPiece } from './markedParagraphs'
import './ingest.css'

interface Props {
  article: ArticleDetail
  /** Called with the article as the host returns it after a restore or removal. */
  onChanged: (article: ArticleDetail) => void
}

/**
 * The clean text with what the analyst should see in place: spam spliced into sentences (struck
 * out, one click restores it), restored removals (one click removes them again), and each
 * paragraph's language where it differs from the article's ("untranslated passage").
 */
export function MarkedCleanText({ article, onChanged }: Readonly<Props>): JSX.Element {
  const paragraphs = useMemo(() => markedParagraphs(article), [article])
  const [busy, setBusy] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const act = async (span: RemovedText, restore: boolean): Promise<void> => {
    if (span.id === undefined) return
    setBusy(span.id)
    setError(null)
    try {
      const method = restore ? 'removed-span-restore' : 'removed-span-remove'
      onChanged(await invoke(method, { articleId: article.id, spanId: span.id }))
    } catch (e) {
      setError(errorText(e))
    } finally {
      setBusy(null)
    }
  }
  if (paragraphs.length === 0) return <p className="muted">This article has no text left after cleaning.</p>
  return (
    <div className="clean-text marked-clean-text">
      {error && (
        <p role="alert" className="marked-error">
          {error}
        </p>
      )}
      {paragraphs.map((para, i) => (
        <p key={i} className={para.untranslated ? 'untranslated' : undefined} lang={para.language ?? undefined}>
          {para.untranslated && (
            <span className="lang-badge" title="This passage is in another language than the article">
              Untranslated passage · {formatLanguage(para.language)}
            </span>
          )}
          {para.pieces.map((piece, k) => (
            <Piece key={k} piece={piece} busy={busy} onAct={act} />
          ))}
        </p>
      ))}
    </div>
  )
}

function Piece({
  piece,
  busy,
  onAct,
}: Readonly<{ piece: MarkedPiece; busy: number | null; onAct: (s: RemovedText, restore: boolean) => Promise<void> }>): JSX.Element {
  if (piece.kind === 'text') return <>{piece.text}</>
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
      <mark title={`Restored ${span.kind} text`}>{piece.text}</mark>
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

import { useMemo, useRef, useState, type JSX } from 'react'
import type { ArticleDetail, RemovedText } from '../../../src-main/api/contract'
import { errorText, invoke } from '../api/client'
import { formatLanguage } from '../format'
import { useScrollToFirstMark } from '../search/HighlightTerms'
import { markedParagraphs } from './markedParagraphs'
import { MarkedPiece } from './MarkedPiece'
import './ingest.css'

interface Props {
  article: ArticleDetail
  /** Words or phrases to mark (search matches, a claim's wording); the first is scrolled to. */
  highlight?: readonly string[] | undefined
  /** Called with the article as the host returns it after a restore or removal. */
  onChanged: (article: ArticleDetail) => void
}

/**
 * The clean text, one paragraph per block, with what the analyst should see in place: spam
 * spliced into sentences (struck out, one click restores it), restored removals (one click
 * removes them again), each paragraph's language where it differs from the article's
 * ("untranslated passage"), and highlighted terms.
 */
export function CleanTextView({ article, highlight, onChanged }: Readonly<Props>): JSX.Element {
  const ref = useRef<HTMLDivElement>(null)
  useScrollToFirstMark(ref, highlight, article.text)
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
    <div className="clean-text" ref={ref}>
      {error && (
        <p role="alert" className="marked-error">
          {error}
        </p>
      )}
      {paragraphs.map((para, i) => (
        <p key={i} className={para.untranslated ? 'untranslated' : undefined} lang={para.language ?? undefined}>
          {para.newPage !== null && <span className="page-badge">p. {para.newPage}</span>}
          {para.untranslated && (
            <span className="lang-badge" title="This passage is in another language than the article">
              Untranslated passage · {formatLanguage(para.language)}
            </span>
          )}
          {para.pieces.map((piece, k) => (
            <MarkedPiece key={k} piece={piece} highlight={highlight} busy={busy} onAct={act} />
          ))}
        </p>
      ))}
    </div>
  )
}

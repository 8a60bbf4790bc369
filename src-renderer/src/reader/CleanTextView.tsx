import { useMemo, useRef, type JSX } from 'react'
import { SelectionToolbar } from '../claims/SelectionToolbar'
import { HighlightTerms, useScrollToFirstMark } from '../search/HighlightTerms'

interface Props {
  text: string
  /** When given, selecting text shows the selection actions (Make claim, ...). */
  articleId?: number
  /** Words or phrases to mark (search matches, a claim's wording); the first is scrolled to. */
  highlight?: readonly string[] | undefined
}

/** The clean text, one paragraph per blank-line-separated block. */
export function CleanTextView({ text, articleId, highlight }: Readonly<Props>): JSX.Element {
  const ref = useRef<HTMLDivElement>(null)
  useScrollToFirstMark(ref, highlight, text)
  const paragraphs = useMemo(
    () => text.split('\n\n').map((p) => p.trim()).filter((p) => p !== ''),
    [text],
  )
  if (paragraphs.length === 0) return <p className="muted">This article has no text left after cleaning.</p>
  return (
    <div className="clean-text" ref={ref}>
      {paragraphs.map((paragraph, i) => (
        <p key={i}>
          <HighlightTerms text={paragraph} terms={highlight} />
        </p>
      ))}
      {articleId !== undefined && <SelectionToolbar container={ref} text={text} articleId={articleId} />}
    </div>
  )
}

import { useEffect, useRef, useState, type JSX } from 'react'
import { ErrorAlert } from '../components/ErrorAlert'
import { useAppActions, type ReaderFocus } from '../shell/AppContext'
import { ArticleView } from './ArticleView'
import { useArticle } from './useArticle'
import { onArticleTextChanged } from './articleEvents'
import { useLatest } from '../hooks/useLatest'

interface Props {
  articleId: number | null
  /** Where to take the analyst in the article (highlighted terms, an offset). */
  focus?: ReaderFocus | undefined
}

/** The selected article: its facts, then its clean text or, on request, the raw text with removals. */
export function Reader({ articleId, focus }: Readonly<Props>): JSX.Element {
  const article = useArticle(articleId)
  const { refreshWorkspace } = useAppActions()
  // A correction or a restored splice changes what the library lists (title, outlet, date, words).
  const onChanged = (): void => {
    void article.reload()
    void refreshWorkspace()
  }
  const latestChanged = useLatest(onChanged)
  // Marking spam cleans other articles too, so any change reloads what is open.
  useEffect(() => onArticleTextChanged(() => latestChanged.current()), [latestChanged])
  const [showRemoved, setShowRemoved] = useState(false)
  const scrollRef = useRef<HTMLElement>(null)
  useEffect(() => {
    // A newly opened article starts at its top, not where the last one was left.
    scrollRef.current?.scrollTo({ top: 0 })
  }, [articleId])
  return (
    <section ref={scrollRef} className="reader" aria-label="Reader" aria-busy={article.loading}>
      {articleId === null ? (
        <p className="placeholder">Select an article in the library to read it here.</p>
      ) : article.error ? (
        <ErrorAlert title="Could not open this article" error={article.error} onRetry={article.reload} />
      ) : article.data === undefined ? (
        <p className="placeholder">Loading article…</p>
      ) : (
        <ArticleView article={article.data} showRemoved={showRemoved} onShowRemoved={setShowRemoved} focus={focus} onChanged={onChanged} />
      )}
    </section>
  )
}

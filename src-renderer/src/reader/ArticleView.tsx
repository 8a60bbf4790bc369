import type { JSX } from 'react'
import type { ArticleDetail } from '../../../src-main/api/contract'
import type { ReaderFocus } from '../shell/AppContext'
import { ArticleMeta } from './ArticleMeta'
import { CleanTextView } from './CleanTextView'
import { RawTextView } from './RawTextView'
import { EditDetailsToggle } from './ReaderIngest'
import { AnnotatedText } from '../annotate/AnnotatedText'

interface Props {
  article: ArticleDetail
  showRemoved: boolean
  onShowRemoved: (show: boolean) => void
  /** Terms to highlight and scroll to (search matches, claims). */
  focus?: ReaderFocus | undefined
  /** Called after the article changed here (a splice restored, details corrected), to reload it. */
  onChanged?: (() => void) | undefined
}

/** One loaded article: heading, facts, warnings, and the clean or raw text. */
export function ArticleView({ article, showRemoved, onShowRemoved, focus, onChanged }: Readonly<Props>): JSX.Element {
  const removedCount = article.removed.length
  return (
    <article className="reader-article" aria-labelledby="reader-title">
      <h2 id="reader-title">{article.title || 'Untitled article'}</h2>
      <ArticleMeta article={article} />
      <EditDetailsToggle article={article} onChanged={onChanged} />
      {article.warnings.length > 0 && (
        <div className="warnings" role="note" aria-label="Warnings">
          <p className="warnings-title">Things to know about this file</p>
          <ul>
            {article.warnings.map((warning, i) => (
              <li key={i}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="reader-controls">
        <label className="switch">
          <input type="checkbox" checked={showRemoved} onChange={(e) => onShowRemoved(e.target.checked)} />
          Show removed text
        </label>
        <span className="muted">
          {removedCount === 0
            ? 'Nothing removed by cleaning'
            : `${removedCount} ${removedCount === 1 ? 'passage' : 'passages'} removed by cleaning`}
        </span>
      </div>
      {showRemoved ? (
        <RawTextView rawText={article.rawText} removed={article.removed} />
      ) : (
        <AnnotatedText article={article}>
          <CleanTextView article={article} highlight={focus?.highlight} onChanged={() => onChanged?.()} />
        </AnnotatedText>
      )}
    </article>
  )
}

import type { JSX } from 'react'
import type { ArticleDetail } from '../../../src-main/api/contract'
import type { ReaderFocus } from '../shell/AppContext'
import { ArticleMeta } from './ArticleMeta'
import { CleanTextView } from './CleanTextView'
import { RawTextView } from './RawTextView'

interface Props {
  article: ArticleDetail
  showRemoved: boolean
  onShowRemoved: (show: boolean) => void
  /** Reserved for highlighting and scrolling (search matches, claims). */
  focus?: ReaderFocus | undefined
}

/** One loaded article: heading, facts, warnings, and the clean or raw text. */
export function ArticleView({ article, showRemoved, onShowRemoved, focus: _focus }: Readonly<Props>): JSX.Element {
  const removedCount = article.removed.length
  return (
    <article className="reader-article" aria-labelledby="reader-title">
      <h2 id="reader-title">{article.title || 'Untitled article'}</h2>
      <ArticleMeta article={article} />
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
        <CleanTextView text={article.text} />
      )}
    </article>
  )
}

import type { JSX } from 'react'
import type { ArticleDetail } from '../../../src-main/api/contract'
import { formatCount, formatDate, formatLanguage } from '../format'
import { OpenOriginal } from './OpenOriginal'

interface Props {
  article: ArticleDetail
}

/** Where the article came from. The URL is shown as text only: "Open original…" asks before anything leaves. */
export function ArticleMeta({ article }: Readonly<Props>): JSX.Element {
  const rows: Array<[string, string]> = [
    ['Outlet', article.outlet ?? '—'],
    ['Published', formatDate(article.publishedAt)],
    ['Words', formatCount(article.wordCount)],
    ['Source file', article.sourceFile],
    ['Language', formatLanguage(article.language)],
    ['URL', article.url ?? '—'],
  ]
  if (article.author) rows.splice(1, 0, ['Author', article.author])
  return (
    <dl className="article-meta">
      {rows.map(([term, value]) => (
        <div key={term} className={`meta-${term.toLowerCase().replace(' ', '-')}`}>
          <dt>{term}</dt>
          <dd>
            {value}
            {term === 'URL' && article.url && <OpenOriginal url={article.url} />}
          </dd>
        </div>
      ))}
    </dl>
  )
}

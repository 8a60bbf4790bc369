import { useState, type JSX } from 'react'
import { ErrorAlert } from '../components/ErrorAlert'
import { useApiQuery } from '../hooks/useApi'
import { ArticlePicker } from './ArticlePicker'
import { takePendingComparison } from './compareRequest'
import { MatrixView } from './MatrixView'
import { SideBySide } from './SideBySide'
import './compare.css'

const NO_ARGS = {}

/** The Compare view: pick sources, then read two side by side or up to six as a matrix. */
export function CompareView(): JSX.Element {
  const [ids, setIds] = useState<number[]>(() => takePendingComparison() ?? [])
  const articles = useApiQuery('articles-list', NO_ARGS)
  const copies = useApiQuery('copies-list', { version: articles.data?.length ?? 0 })
  const result = useApiQuery('compare-articles', ids.length >= 2 ? { ids } : null)
  const data = result.data
  return (
    <main className="cmp-view">
      <ArticlePicker articles={articles.data ?? []} selected={ids} onChange={setIds} copies={copies.data ?? []} />
      <section className="cmp-main" aria-label="Comparison" aria-busy={result.loading}>
        {articles.error && <ErrorAlert title="Could not load the articles" error={articles.error} onRetry={articles.reload} />}
        {result.error && <ErrorAlert title="Could not compare these articles" error={result.error} onRetry={result.reload} />}
        {ids.length < 2 ? (
          <p className="placeholder">
            {articles.data?.length === 0
              ? 'Import some articles first, then pick two here to compare them.'
              : 'Pick two articles on the left to see them side by side, or up to six for a matrix.'}
          </p>
        ) : !data ? (
          result.loading && <p className="placeholder">Comparing…</p>
        ) : data.comparison && data.articles[0] && data.articles[1] ? (
          <SideBySide key={data.articles.map((x) => x.id).join('-')} a={data.articles[0]} b={data.articles[1]} comparison={data.comparison} />
        ) : data.matrix ? (
          <MatrixView articles={data.articles} matrix={data.matrix} onPair={(a, b) => setIds([a, b])} />
        ) : null}
      </section>
    </main>
  )
}

import type { JSX } from 'react'
import type { ArticleSummary, CopyFamily } from '../../../src-main/api/contract'
import { ErrorAlert } from '../components/ErrorAlert'
import { useOpenComparison } from '../compare/compareRequest'
import { formatDate } from '../format'
import { useApiQuery } from '../hooks/useApi'
import { KIND_LABEL } from './copies'

interface Props {
  articles: ArticleSummary[]
  onOpen: (id: number) => void
  onClose: () => void
}

/** Which articles descend from which: each family drawn from its likely original (earliest-dated). */
export function CopyGraph({ articles, onOpen, onClose }: Readonly<Props>): JSX.Element {
  const graph = useApiQuery('copy-graph', { version: articles.length })
  const byId = new Map(articles.map((a) => [a.id, a]))
  const compare = useOpenComparison()
  const families: CopyFamily[] = graph.data ?? []
  const name = (id: number): string => `#${id} ${byId.get(id)?.title ?? ''}`
  return (
    <section className="copy-graph" aria-label="Copy graph">
      <header>
        <h2>Copy graph</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      {graph.error && <ErrorAlert title="Could not load the copy graph" error={graph.error} onRetry={graph.reload} />}
      {graph.data && families.length === 0 && (
        <p className="muted">No copies found: every article in the library reads as its own reporting.</p>
      )}
      {families.map((f) => (
        <div key={f.originalId} className="copy-family">
          <p className="copy-node copy-root">
            <span className="copy-badge">likely original</span>
            <button type="button" className="link-button" onClick={() => onOpen(f.originalId)}>
              {name(f.originalId)}
            </button>
            <span className="muted">
              {' '}
              {byId.get(f.originalId)?.outlet ?? 'unknown outlet'} · {formatDate(byId.get(f.originalId)?.publishedAt ?? null)}
            </span>
          </p>
          <ul>
            {f.edges.map((e) => (
              <li key={`${e.copyId}-${e.originalId}`} className="copy-node">
                <span className="copy-edge" aria-hidden="true">└─▶</span>
                <button type="button" className="link-button" onClick={() => onOpen(e.copyId)}>
                  {name(e.copyId)}
                </button>
                <span className="muted">
                  {' '}
                  {byId.get(e.copyId)?.outlet ?? 'unknown outlet'} · {KIND_LABEL[e.kind]} of #{e.originalId} ·{' '}
                  {Math.round(e.similarity * 100)}% similar · {Math.round(e.share * 100)}% of its sentences found in the original
                </span>{' '}
                <button type="button" onClick={() => compare([e.originalId, e.copyId])} aria-label={`Compare “${name(e.copyId)}” with its original`}>
                  Compare with original
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}

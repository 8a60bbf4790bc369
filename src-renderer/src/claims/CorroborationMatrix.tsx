import type { JSX } from 'react'
import type { ArticleSummary, Cluster } from '../../../src-main/api/contract'

interface Props {
  clusters: Cluster[]
  articles: ArticleSummary[]
  onOpen: (clusterId: number) => void
}

/** Claims down, sources across, a mark where a source makes the claim. */
export function CorroborationMatrix({ clusters, articles, onOpen }: Readonly<Props>): JSX.Element {
  const cols = articles.filter((a) => clusters.some((c) => c.articleIds.includes(a.id)))
  if (clusters.length === 0) return <p className="placeholder">Nothing to corroborate yet: no claim is made by more than one source.</p>
  return (
    <div className="matrix-scroll">
      <table className="matrix" aria-label="Corroboration">
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Sources</th>
            {cols.map((a) => (
              <th key={a.id} scope="col" className="matrix-col" title={a.title}>
                <span>{a.outlet ?? a.title}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {clusters.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <button type="button" className="claim-open" onClick={() => onOpen(c.id)}>
                  {c.label}
                </button>
              </th>
              <td>{c.independentSources}</td>
              {cols.map((a) => {
                const has = c.articleIds.includes(a.id)
                const conflicted = c.conflicts.some((k) => k.values.some((v) => v.articleId === a.id))
                return (
                  <td key={a.id} className={has ? (conflicted ? 'mark conflicted' : 'mark') : ''}>
                    {has ? (conflicted ? '◐' : '●') : ''}
                    <span className="visually-hidden">{has ? (conflicted ? 'makes it, with a conflicting figure' : 'makes it') : 'does not'}</span>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

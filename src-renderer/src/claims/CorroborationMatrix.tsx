import type { JSX } from 'react'
import type { ArticleSummary, Cluster } from '../../../src-main/api/contract'

interface Props {
  clusters: Cluster[]
  articles: ArticleSummary[]
  onOpen: (clusterId: number) => void
}

/** Rows the matrix draws: the most corroborated claims (clusters come most sources first). */
const MATRIX_ROWS = 60

/** Claims down, sources across, a mark where a source makes the claim. */
export function CorroborationMatrix({ clusters: all, articles, onOpen }: Readonly<Props>): JSX.Element {
  const clusters = all.slice(0, MATRIX_ROWS)
  const used = new Set(clusters.flatMap((c) => c.articleIds))
  const cols = articles.filter((a) => used.has(a.id))
  if (clusters.length === 0) return <p className="placeholder">Nothing to corroborate yet: no claim is made by more than one source.</p>
  return (
    <div className="matrix-scroll">
      {all.length > clusters.length && (
        <p className="muted">
          The {clusters.length} most corroborated of {all.length.toLocaleString('en-US')} claims made by more than one source.
        </p>
      )}
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

import { useEffect, useRef, useState, type JSX } from 'react'
import type { ArticleSummary, Cluster, Conflict } from '../../../src-main/api/contract'
import { useApiQuery } from '../hooks/useApi'
import { useAppActions } from '../shell/AppContext'
import { formatValue } from './format'

interface Props {
  clusters: Cluster[]
  /** Bumped after every change: the open cluster's claims are fetched again. */
  version: number
  articles: Map<number, ArticleSummary>
  selectedId: number | null
  onSelect: (id: number) => void
  onResolve: (clusterId: number, quantity: string, note: string | null) => Promise<void>
}

/** Clusters listed at a time (a workspace of 10,000 articles has thousands). */
const LIST_STEP = 200

/** Claims made by more than one source: a list, and the selected cluster's sources and conflicts. */
export function ClustersPanel({ clusters, version, articles, selectedId, onSelect, onResolve }: Readonly<Props>): JSX.Element {
  const [onlyConflicts, setOnlyConflicts] = useState(false)
  const [limit, setLimit] = useState(LIST_STEP)
  const matching = onlyConflicts ? clusters.filter((c) => c.conflicts.length > 0) : clusters
  const shown = matching.slice(0, limit)
  const selected = clusters.find((c) => c.id === selectedId) ?? null
  if (clusters.length === 0) {
    return <p className="placeholder">No claim is made by more than one source yet. Import more articles on the same story.</p>
  }
  return (
    <div className="clusters">
      <div className="cluster-list">
        <label className="row">
          <input type="checkbox" checked={onlyConflicts} onChange={(e) => setOnlyConflicts(e.target.checked)} /> Only clusters with conflicts
        </label>
        <ul aria-label="Clusters">
          {shown.map((c) => (
            <li key={c.id}>
              <button type="button" className="cluster-item" aria-current={c.id === selectedId} onClick={() => onSelect(c.id)}>
                <span className="cluster-label">{c.label}</span>
                <span className="cluster-badges">
                  <span className="badge">{c.independentSources} sources</span>
                  {c.conflicts.length > 0 && (
                    <span className={c.conflicts.every((k) => k.resolved) ? 'badge resolved' : 'badge conflict'}>
                      {c.conflicts.every((k) => k.resolved) ? 'Conflict resolved' : 'Conflict'}
                    </span>
                  )}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {matching.length > shown.length && (
          <button type="button" onClick={() => setLimit((n) => n + LIST_STEP)}>
            Show more clusters ({shown.length} of {matching.length.toLocaleString('en-US')} shown)
          </button>
        )}
      </div>
      {selected ? (
        <ClusterDetail cluster={selected} version={version} articles={articles} onResolve={onResolve} />
      ) : (
        <p className="placeholder">Select a cluster to see who says it and where the sources disagree.</p>
      )}
    </div>
  )
}

/** Most claims the detail lists for one cluster (the host pages the rest). */
const MEMBERS_SHOWN = 1000

function ClusterDetail({
  cluster,
  version,
  articles,
  onResolve,
}: Readonly<{ cluster: Cluster; version: number; articles: Map<number, ArticleSummary>; onResolve: Props['onResolve'] }>): JSX.Element {
  const { openArticle } = useAppActions()
  const members = useApiQuery('claims-page', { clusterId: cluster.id, limit: MEMBERS_SHOWN })
  const { reload } = members
  const seen = useRef(version)
  useEffect(() => {
    if (seen.current === version) return
    seen.current = version
    void reload()
  }, [version, reload])
  const outlet = (id: number): string => articles.get(id)?.outlet ?? articles.get(id)?.title ?? `Article ${id}`
  return (
    <section className="cluster-detail" aria-label="Cluster">
      <h3>{cluster.label}</h3>
      <p className="muted">
        {cluster.articleIds.length} articles, {cluster.independentSources} independent sources (copies of one original count once).
        Earliest: {outlet(cluster.firstArticleId)}.
      </p>
      {cluster.conflicts.map((k) => (
        <ConflictView key={k.quantity} clusterId={cluster.id} conflict={k} outlet={outlet} onResolve={onResolve} />
      ))}
      <h4>Who says it</h4>
      <ul className="cluster-claims">
        {(members.data?.rows ?? []).map((c) => {
          return (
            <li key={c.id}>
              <span className="cluster-source">{outlet(c.articleId)}</span>
              <span>{c.text}</span>
              <button type="button" onClick={() => openArticle(c.articleId, { offset: c.start, highlight: [c.text] })}>
                Open in reader
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

function ConflictView({
  clusterId,
  conflict,
  outlet,
  onResolve,
}: Readonly<{ clusterId: number; conflict: Conflict; outlet: (id: number) => string; onResolve: Props['onResolve'] }>): JSX.Element {
  const [note, setNote] = useState('')
  return (
    <div className={conflict.resolved ? 'conflict resolved' : 'conflict'} role="group" aria-label={`Conflict on ${conflict.quantity}`}>
      <h4>
        {conflict.resolved ? 'Resolved conflict' : 'Conflict'}: {conflict.quantity || 'count'}
      </h4>
      <table className="conflict-table">
        <thead>
          <tr>
            <th>Source</th>
            <th>Figure</th>
            <th>Normalised</th>
            <th>Wording</th>
          </tr>
        </thead>
        <tbody>
          {conflict.values.map((v, i) => (
            <tr key={i}>
              <td>{outlet(v.articleId)}</td>
              <td>{v.text}</td>
              <td>{formatValue(v)}</td>
              <td className="muted">{v.claimText}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {conflict.resolved ? (
        <p>
          Note: {conflict.resolved.note || <span className="muted">(none)</span>}{' '}
          <button type="button" onClick={() => void onResolve(clusterId, conflict.quantity, null)}>
            Reopen
          </button>
        </p>
      ) : (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault()
            void onResolve(clusterId, conflict.quantity, note)
          }}
        >
          <label>
            Resolution note <input value={note} onChange={(e) => setNote(e.target.value)} placeholder="Which figure holds, and why" />
          </label>
          <button type="submit">Mark resolved</button>
        </form>
      )}
    </div>
  )
}

import { useMemo, useState, type JSX } from 'react'
import { ErrorAlert } from '../components/ErrorAlert'
import { ClaimDetail } from './ClaimDetail'
import { ClaimsTable } from './ClaimsTable'
import { ClustersPanel } from './ClustersPanel'
import { CorroborationMatrix } from './CorroborationMatrix'
import { LedgerTable } from './LedgerTable'
import { TagManager } from './TagManager'
import { useClaimsData, useMutation } from './useClaimsData'
import './claims.css'

const TABS = [
  { id: 'claims', label: 'Claims' },
  { id: 'clusters', label: 'Clusters' },
  { id: 'matrix', label: 'Corroboration' },
  { id: 'ledger', label: 'Outlet ledger' },
  { id: 'tags', label: 'Tags' },
] as const
type TabId = (typeof TABS)[number]['id']

/** The Claims view: review suggestions, tag, and see who says what and where sources disagree. */
export function ClaimsView(): JSX.Element {
  const [claimId, setClaimId] = useState<number | null>(null)
  const [tab, setTab] = useState<TabId>('claims')
  const data = useClaimsData(claimId, tab === 'ledger', tab === 'clusters' || tab === 'matrix')
  const { run, error, clearError } = useMutation(data.reloadAll)
  const [clusterId, setClusterId] = useState<number | null>(null)
  const total = data.summary.data?.total
  const articles = useMemo(() => data.articles.data ?? [], [data.articles.data])
  const articleMap = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles])
  const tags = data.tags.data ?? []
  const clusters = data.clusters.data ?? []
  const selected = claimId === null ? undefined : data.picked.data?.rows.find((c) => c.id === claimId)
  const conflicts = data.conflicts.data?.clusters ?? 0
  const loadError = data.summary.error ?? data.clusters.error ?? data.tags.error ?? data.ledger.error
  const showCluster = (id: number): void => {
    setClusterId(id)
    setTab('clusters')
  }

  return (
    <section className="claims-view" aria-label="Claims">
      <div className="claims-head">
        <div role="tablist" aria-label="Claims views" className="claims-tabs">
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`claims-tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls="claims-panel"
              onClick={() => setTab(t.id)}
            >
              {t.label}
              {t.id === 'clusters' && conflicts > 0 ? ` (${conflicts} with conflicts)` : ''}
            </button>
          ))}
        </div>
        <p className="muted claims-note">Suggestions stay suggestions until you accept them.</p>
      </div>
      {loadError && <ErrorAlert title="Could not load claims" error={loadError} onRetry={data.reloadAll} />}
      {error && <ErrorAlert title="That change did not go through" error={error} onDismiss={clearError} />}
      <div id="claims-panel" role="tabpanel" aria-labelledby={`claims-tab-${tab}`} className="claims-panel">
        {total === undefined ? (
          <p className="placeholder">Loading claims…</p>
        ) : total === 0 && tab !== 'tags' ? (
          <p className="placeholder empty">No claims yet — import articles, or select text in the reader and choose “Make claim”.</p>
        ) : tab === 'claims' ? (
          <div className="claims-split">
            <ClaimsTable
              tags={tags}
              version={data.version}
              selectedId={claimId}
              onSelect={setClaimId}
              onBulk={async (ids, change) => {
                await run('claims-bulk-update', { ids, ...change })
              }}
            />
            {selected ? (
              <ClaimDetail
                claim={selected}
                tags={tags}
                onChange={async (change) => {
                  await run('claim-update', { id: selected.id, ...change })
                }}
                onShowCluster={showCluster}
              />
            ) : (
              <aside className="claim-detail placeholder">Select a claim to review, edit or tag it.</aside>
            )}
          </div>
        ) : (tab === 'clusters' || tab === 'matrix') && data.clusters.data === undefined ? (
          <p className="placeholder">Reading the clusters…</p>
        ) : tab === 'clusters' ? (
          <ClustersPanel
            clusters={clusters}
            version={data.version}
            articles={articleMap}
            selectedId={clusterId}
            onSelect={setClusterId}
            onResolve={async (id, quantity, note) => {
              await run('conflict-resolve', { clusterId: id, quantity, note })
            }}
          />
        ) : tab === 'matrix' ? (
          <CorroborationMatrix clusters={clusters} articles={articles} onOpen={showCluster} />
        ) : tab === 'ledger' ? (
          data.ledger.data === undefined ? (
            <p className="placeholder">Reading the outlet ledger…</p>
          ) : (
            <LedgerTable rows={data.ledger.data} />
          )
        ) : (
          <TagManager
            tags={tags}
            onCreate={async (name, color) => {
              await run('tag-create', { name, color })
            }}
            onUpdate={async (id, f) => {
              await run('tag-update', { id, ...f })
            }}
            onMerge={async (from, into) => {
              await run('tags-merge', { from, into })
            }}
          />
        )}
      </div>
    </section>
  )
}

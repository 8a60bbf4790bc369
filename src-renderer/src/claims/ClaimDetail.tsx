import { useState, type JSX } from 'react'
import type { Claim, Tag } from '../../../src-main/api/contract'
import { useAppActions } from '../shell/AppContext'
import { formatValue, KIND_LABEL, REVIEW_LABEL, STATUS_LABEL } from './format'

interface Props {
  claim: Claim
  tags: Tag[]
  onChange: (change: {
    review?: Claim['review']
    status?: Claim['status']
    text?: string
    addTagIds?: number[]
    removeTagIds?: number[]
  }) => Promise<void>
  onShowCluster: (clusterId: number) => void
}

/** One claim: its facts, and the analyst's review, verdict, wording and tags. */
export function ClaimDetail({ claim, tags, onChange, onShowCluster }: Readonly<Props>): JSX.Element {
  const { openArticle } = useAppActions()
  const [editing, setEditing] = useState<string | null>(null)
  const figures = claim.quantities.filter((q) => q.unit !== 'calendar year')
  return (
    <aside className="claim-detail" aria-label="Claim details">
      <p className="claim-detail-meta muted">
        {KIND_LABEL[claim.kind]} · {REVIEW_LABEL[claim.review]}
        {claim.edited ? ' · edited' : ''} · {claim.article.outlet ?? 'Unknown outlet'}
        {claim.article.publishedAt ? ` · ${claim.article.publishedAt}` : ''}
      </p>
      {editing === null ? (
        <blockquote className="claim-text">{claim.text}</blockquote>
      ) : (
        <div className="claim-edit">
          <label htmlFor="claim-wording">Claim wording</label>
          <textarea id="claim-wording" value={editing} rows={5} onChange={(e) => setEditing(e.target.value)} />
          <div className="row">
            <button type="button" onClick={() => void onChange({ text: editing }).then(() => setEditing(null))} disabled={!editing.trim()}>
              Save wording
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <div className="row" role="group" aria-label="Review">
        <button type="button" aria-pressed={claim.review === 'accepted'} onClick={() => void onChange({ review: 'accepted' })}>
          Accept
        </button>
        <button type="button" aria-pressed={claim.review === 'rejected'} onClick={() => void onChange({ review: 'rejected' })}>
          Reject
        </button>
        {editing === null && (
          <button type="button" onClick={() => setEditing(claim.text)}>
            Edit wording
          </button>
        )}
        <button type="button" onClick={() => openArticle(claim.articleId, { offset: claim.start, highlight: [claim.text] })}>
          Open in reader
        </button>
      </div>
      <label className="row">
        Status{' '}
        <select value={claim.status} onChange={(e) => void onChange({ status: e.target.value as Claim['status'] })}>
          {(Object.keys(STATUS_LABEL) as Array<Claim['status']>).map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <dl className="claim-facts">
        <dt>Attribution</dt>
        <dd>{claim.attribution ? `${claim.attribution.source} (${claim.attribution.verb})` : <span className="muted">None found</span>}</dd>
        <dt>Quantities</dt>
        <dd>
          {figures.length === 0 ? (
            <span className="muted">None</span>
          ) : (
            <ul>
              {figures.map((q, i) => (
                <li key={i}>
                  “{q.text}” = {formatValue(q)}
                  {q.approximate ? ' (approximate)' : ''}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Entities</dt>
        <dd>{claim.entities.length === 0 ? <span className="muted">None</span> : claim.entities.map((e) => `${e.text} (${e.kind})`).join(', ')}</dd>
        <dt>Other sources</dt>
        <dd>
          {claim.clusterId === null ? (
            <span className="muted">No other source makes this claim</span>
          ) : (
            <button type="button" onClick={() => onShowCluster(claim.clusterId ?? 0)}>
              {claim.clusterSources} independent sources: open cluster
            </button>
          )}
        </dd>
      </dl>
      <fieldset className="claim-tags">
        <legend>Tags</legend>
        {tags.length === 0 && <p className="muted">No tags yet: create one under “Tags”.</p>}
        {tags.map((t) => {
          const on = claim.tagIds.includes(t.id)
          return (
            <label key={t.id} className="tag-check">
              <input type="checkbox" checked={on} onChange={() => void onChange(on ? { removeTagIds: [t.id] } : { addTagIds: [t.id] })} />
              <span className="tag-swatch" style={{ background: t.color }} aria-hidden="true" /> {t.name}
            </label>
          )
        })}
      </fieldset>
    </aside>
  )
}

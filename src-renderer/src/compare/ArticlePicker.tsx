import { useMemo, useState, type JSX } from 'react'
import type { ArticleSummary, CopyEdge } from '../../../src-main/api/contract'
import { formatDate } from '../format'

interface Props {
  articles: ArticleSummary[]
  selected: number[]
  onChange: (ids: number[]) => void
  copies: CopyEdge[]
}

const MAX = 6

/** Pick two to six articles: a filterable list of checkboxes, with "compare with its original" for copies. */
export function ArticlePicker({ articles, selected, onChange, copies }: Readonly<Props>): JSX.Element {
  const [filter, setFilter] = useState('')
  const originalOf = useMemo(() => new Map(copies.map((c) => [c.copyId, c.originalId])), [copies])
  const needle = filter.trim().toLowerCase()
  const shown = needle
    ? articles.filter((a) => `${a.title} ${a.outlet ?? ''}`.toLowerCase().includes(needle))
    : articles
  const toggle = (id: number): void =>
    onChange(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id].slice(-MAX))
  return (
    <aside className="cmp-picker" aria-label="Articles to compare">
      <h2>Compare sources</h2>
      <p className="muted">Pick two articles to read side by side, or up to six for a similarity matrix.</p>
      <label className="filter">
        <span className="visually-hidden">Filter articles to compare</span>
        <input type="search" placeholder="Filter by title or outlet" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </label>
      {selected.length > 0 && (
        <button type="button" className="link-button" onClick={() => onChange([])}>
          Clear selection ({selected.length})
        </button>
      )}
      <ul className="cmp-pick-list">
        {shown.map((a) => {
          const original = originalOf.get(a.id)
          return (
            <li key={a.id}>
              <label>
                <input type="checkbox" checked={selected.includes(a.id)} onChange={() => toggle(a.id)} />
                <span>
                  <span className="cmp-pick-title">{a.title || 'Untitled article'}</span>
                  <span className="muted">
                    {a.outlet ?? 'Unknown outlet'} · {formatDate(a.publishedAt)}
                  </span>
                </span>
              </label>
              {original !== undefined && (
                <button
                  type="button"
                  className="link-button cmp-original"
                  aria-label={`Compare “${a.title}” with its original`}
                  onClick={() => onChange([original, a.id])}
                >
                  Compare with its original
                </button>
              )}
            </li>
          )
        })}
      </ul>
    </aside>
  )
}

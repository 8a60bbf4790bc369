import { useMemo, useState, type JSX, type Ref } from 'react'
import type { ArticleSummary } from '../../../src-main/api/contract'
import type { ApiQuery } from '../hooks/useApi'
import { ErrorAlert } from '../components/ErrorAlert'
import { formatCount, plural } from '../format'
import { LibraryTable } from './LibraryTable'
import { useLibraryRows } from './useLibraryRows'
import { useCopyIndex } from './copies'
import { CopyGraph } from './CopyGraph'
import './copies.css'

interface Props {
  articles: ApiQuery<ArticleSummary[]>
  selectedId: number | null
  onOpen: (id: number) => void
  filterRef: Ref<HTMLInputElement>
  /** Reload after a failed load. */
  onRetry: () => unknown
}

const NONE: ArticleSummary[] = []

/** The library: filter box, article count, and the table (or why there is no table). */
export function LibraryPanel({ articles, selectedId, onOpen, filterRef, onRetry }: Readonly<Props>): JSX.Element {
  const all = articles.data ?? NONE
  // Copies (issue 3): the "Copies" column, "Originals only" and the copy graph.
  const copies = useCopyIndex(all.length)
  const [originalsOnly, setOriginalsOnly] = useState(false)
  const [graphOpen, setGraphOpen] = useState(false)
  const shown = useMemo(
    () => (originalsOnly ? all.filter((a) => !copies.index.copyOf.has(a.id)) : all),
    [all, originalsOnly, copies.index],
  )
  const { table, articles: listed, filter, setFilter, matching } = useLibraryRows(shown, copies.index)
  const filtering = filter.trim() !== ''

  return (
    <section className="library" aria-label="Library">
      <div className="library-toolbar">
        <label className="filter">
          <span className="visually-hidden">Filter articles</span>
          <input
            ref={filterRef}
            type="search"
            placeholder="Filter by title, outlet or file  ( / )"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            aria-keyshortcuts="/"
            spellCheck={false}
          />
        </label>
        <p className="library-count" role="status">
          {plural(matching, 'article', 'articles')}
          {filtering && <span className="muted"> (of {formatCount(all.length)})</span>}
        </p>
        <div className="library-options">
          <label className="switch">
            <input type="checkbox" checked={originalsOnly} onChange={(e) => setOriginalsOnly(e.target.checked)} />
            Originals only
          </label>
          <button type="button" aria-expanded={graphOpen} onClick={() => setGraphOpen((o) => !o)}>
            Copy graph
          </button>
        </div>
      </div>
      {graphOpen && <CopyGraph articles={all} onOpen={onOpen} onClose={() => setGraphOpen(false)} />}
      {articles.error && (
        <ErrorAlert title="Could not load the article list" error={articles.error} onRetry={onRetry} />
      )}
      {articles.data === undefined ? (
        articles.loading && <p className="placeholder">Loading articles…</p>
      ) : all.length === 0 ? (
        <p className="placeholder empty">No articles yet — import files or drop a folder here</p>
      ) : matching === 0 && filtering ? (
        <p className="placeholder">No articles match “{filter.trim()}”</p>
      ) : (
        <LibraryTable table={table} articles={listed} selectedId={selectedId} onOpen={onOpen} />
      )}
    </section>
  )
}

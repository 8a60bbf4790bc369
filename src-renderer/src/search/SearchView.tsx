import { useEffect, useRef, useState, type JSX, type KeyboardEvent } from 'react'
import type { SearchFilters } from '../../../src-main/api/contract'
import { invoke } from '../api/client'
import { ErrorAlert } from '../components/ErrorAlert'
import { formatCount, plural } from '../format'
import { useAppActions } from '../shell/AppContext'
import './search.css'
import { SearchFacets } from './SearchFacets'
import { SearchHelp } from './SearchHelp'
import { SearchResultItem } from './SearchResultItem'
import { useDebounced } from './useDebounced'
import { useSearch } from './useSearch'

/** core/search/tunables.ts TYPE_DEBOUNCE_MS (the renderer may not import the core). */
const DEBOUNCE_MS = 150

/** The search view: one box, ranked results as you type, facets, paging and CSV export. */
export function SearchView(): JSX.Element {
  const { openArticle } = useAppActions()
  const [text, setText] = useState('')
  const [filters, setFilters] = useState<SearchFilters>({})
  const [active, setActive] = useState(0)
  const [exportError, setExportError] = useState<Error | null>(null)
  const [exported, setExported] = useState<string | null>(null)
  const query = useDebounced(text, DEBOUNCE_MS)
  const search = useSearch(query, filters)
  const input = useRef<HTMLInputElement>(null)
  const list = useRef<HTMLUListElement>(null)
  const hits = search.hits
  const current = Math.min(active, Math.max(0, hits.length - 1))

  useEffect(() => input.current?.focus(), [])
  useEffect(() => {
    list.current?.querySelector(`#search-hit-${current}`)?.scrollIntoView({ block: 'nearest' })
  }, [current])

  const open = (i: number): void => {
    const hit = hits[i]
    if (hit) openArticle(hit.articleId, { highlight: hit.highlight })
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown') setActive(Math.min(current + 1, hits.length - 1))
    else if (e.key === 'ArrowUp') setActive(Math.max(current - 1, 0))
    else if (e.key === 'Enter') open(current)
    else return
    e.preventDefault()
  }
  const exportCsv = async (): Promise<void> => {
    setExportError(null)
    try {
      const { csv, rows } = await invoke('search-export', { query, filters })
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }))
      const a = document.createElement('a')
      a.href = url
      a.download = 'crosscheck-search.csv'
      a.click()
      setTimeout(() => URL.revokeObjectURL(url), 1000)
      setExported(`Exported ${plural(rows, 'result', 'results')} as CSV.`)
    } catch (error) {
      setExportError(error instanceof Error ? error : new Error(String(error)))
    }
  }

  const result = search.result
  return (
    <section className="search-view" aria-label="Search">
      <div className="search-bar">
        <input
          ref={input}
          type="search"
          role="combobox"
          aria-label="Search articles"
          aria-expanded={hits.length > 0}
          aria-controls="search-results"
          aria-activedescendant={hits.length ? `search-hit-${current}` : undefined}
          aria-autocomplete="list"
          placeholder='Search articles: words, "exact phrase", title:word, -exclude'
          value={text}
          onChange={(e) => {
            setText(e.target.value)
            setActive(0)
            setExported(null)
          }}
          onKeyDown={onKeyDown}
        />
        <SearchHelp />
        <button type="button" disabled={!result || result.total === 0} onClick={() => void exportCsv()}>
          Export CSV
        </button>
      </div>
      <div className="search-body">
        <SearchFacets facets={result?.facets ?? null} filters={filters} onChange={(f) => {
          setFilters(f)
          setActive(0)
        }} />
        <div className="search-results-pane" role="region" aria-label="Results" tabIndex={0}>
          {search.error && <ErrorAlert title="Search failed" error={search.error} />}
          {exportError && <ErrorAlert title="Could not export" error={exportError} onDismiss={() => setExportError(null)} />}
          <div className="search-summary" aria-live="polite">
            {!query.trim() ? (
              <p className="placeholder">Type to search every article. ↑ and ↓ move through the results, Enter opens one.</p>
            ) : result ? (
              <>
                {result.corrections.map((c) => (
                  <p key={c.from} className="search-correction">
                    Showing results for <strong>{c.to}</strong> as well as <em>{c.from}</em>.
                  </p>
                ))}
                {result.notices.map((n) => (
                  <p key={n} className="muted">
                    {n}
                  </p>
                ))}
                <p className="search-count">
                  {result.total === 0 ? 'No articles match. Try fewer words, a prefix* or a~1 for typos.' : plural(result.total, 'article', 'articles')}
                  {result.index.indexed < result.index.total &&
                    ` (indexing: ${formatCount(result.index.indexed)} of ${formatCount(result.index.total)} articles searchable so far)`}
                </p>
                {exported && <p className="muted">{exported}</p>}
              </>
            ) : (
              <p className="muted">Searching…</p>
            )}
          </div>
          {hits.length > 0 && (
            <ul ref={list} id="search-results" role="listbox" aria-label="Search results" className="search-results">
              {hits.map((hit, i) => (
                <SearchResultItem
                  key={hit.articleId}
                  id={`search-hit-${i}`}
                  hit={hit}
                  active={i === current}
                  onOpen={() => open(i)}
                  onHover={() => setActive(i)}
                />
              ))}
            </ul>
          )}
          {result && hits.length < result.total && (
            <button type="button" className="search-more" disabled={search.loading} onClick={search.loadMore}>
              Show more ({formatCount(result.total - hits.length)} left)
            </button>
          )}
        </div>
      </div>
    </section>
  )
}

import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type Row,
  type RowSelectionState,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useDeferredValue, useEffect, useMemo, useRef, useState, type CSSProperties, type JSX } from 'react'
import type { Claim, ClaimGroupBy, ClaimSortColumn, ClaimsQuery, Tag } from '../../../src-main/api/contract'
import { invoke } from '../api/client'
import { SpacerRow } from '../library/SpacerRow'
import { ClaimRow } from './ClaimRow'
import { CLAIM_COLUMNS } from './columns'
import { layout, useClaimsWindow, type WindowRow } from './useClaimsWindow'

interface Props {
  tags: Tag[]
  selectedId: number | null
  /** Bumped after every change, so the rows in view are fetched again. */
  version: number
  onSelect: (id: number) => void
  onBulk: (ids: number[], change: { review?: Claim['review']; addTagIds?: number[] }) => Promise<void>
}

type ReviewFilter = 'all' | Claim['review']

/** Every row's height (claims.css clamps cells to two lines): rows are never measured. */
const ROW_HEIGHT = 48
const HEADER_HEIGHT = 36
/** Columns the host sorts by ('tag', the first tag, sorts as the tags). */
const SORTABLE: Record<string, ClaimSortColumn> = {
  claim: 'claim', source: 'source', kind: 'kind', review: 'review', status: 'status', tags: 'tags', tag: 'tags',
  quantities: 'quantities', cluster: 'cluster', clusterSources: 'clusterSources',
}

/**
 * Every claim, however many: the host searches, filters, sorts, groups and counts, and the table
 * renders only the rows in view (fetched a window at a time). Column chooser, row selection and
 * bulk review/tagging of the selected or of every matching claim.
 */
export function ClaimsTable({ tags, selectedId, version, onSelect, onBulk }: Readonly<Props>): JSX.Element {
  const [sorting, setSorting] = useState<SortingState>([])
  const [filter, setFilter] = useState('')
  const search = useDebounced(filter.trim(), 250)
  const [review, setReview] = useState<ReviewFilter>('all')
  const [groupBy, setGroupBy] = useState<ClaimGroupBy | 'none'>('none')
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const [visibility, setVisibility] = useState<VisibilityState>({ tag: false, cluster: false })
  const [selection, setSelection] = useState<RowSelectionState>({})
  const [bulkTag, setBulkTag] = useState('')
  const query = useMemo<ClaimsQuery>(() => {
    const sort = sorting[0]
    const column = sort ? SORTABLE[sort.id] : undefined
    return {
      ...(search ? { search } : {}),
      ...(review !== 'all' ? { review } : {}),
      ...(column && sort ? { sort: { column, desc: sort.desc } } : {}),
      ...(groupBy !== 'none' ? { groupBy, collapsed: [...collapsed] } : {}),
    }
  }, [search, review, sorting, groupBy, collapsed])
  const win = useClaimsWindow(query, version)
  const lines = useMemo(() => layout(win.matching, win.groups, collapsed), [win.matching, win.groups, collapsed])

  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: lines.count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    paddingStart: HEADER_HEIGHT,
    useFlushSync: false,
  })
  const items = virtualizer.getVirtualItems()
  const offsets = items.flatMap((i) => {
    const line = lines.at(i.index)
    return line.kind === 'row' ? [line.offset] : []
  })
  const firstOffset = offsets[0] ?? 0
  const lastOffset = offsets[offsets.length - 1] ?? 0
  const { need } = win
  useEffect(() => need(firstOffset, lastOffset), [need, firstOffset, lastOffset])

  // The table model holds the rows in view: columns, visibility, sorting state and selection.
  const inView = offsets.flatMap((o) => win.rowAt(o) ?? [])
  const table = useReactTable({
    data: inView,
    columns: CLAIM_COLUMNS,
    state: { sorting, columnVisibility: visibility, rowSelection: selection },
    getRowId: (c) => String(c.id),
    onSortingChange: (u) => {
      setSorting(u)
      scrollRef.current?.scrollTo({ top: 0 })
    },
    onColumnVisibilityChange: setVisibility,
    onRowSelectionChange: setSelection,
    manualSorting: true,
    manualFiltering: true,
    manualPagination: true,
    enableMultiSort: false,
    getCoreRowModel: getCoreRowModel(),
  })
  const rowsById = table.getRowModel().rowsById as Record<string, Row<Claim> | undefined>
  const selectedIds = Object.keys(selection).filter((k) => selection[k]).map(Number)
  const pendingRows = offsets.some((o) => win.rowAt(o) === undefined)
  const busy = search !== filter.trim() || win.stale || pendingRows
  const bulk = async (change: { review?: Claim['review']; addTagIds?: number[] }, only: number[] | null): Promise<void> => {
    const ids = only ?? (await invoke('claims-page', { ...query, collapsed: [], idsOnly: true })).ids ?? []
    await onBulk(ids, change)
    setSelection({})
  }
  const first = items[0]
  const last = items[items.length - 1]
  const padTop = first ? first.start - HEADER_HEIGHT : 0
  const padBottom = last ? virtualizer.getTotalSize() - last.end : 0
  const columns = table.getVisibleLeafColumns().length
  const visibleIds = table.getVisibleLeafColumns().map((c) => c.id).join(' ')
  const toggleGroup = (key: string): void =>
    setCollapsed((s) => {
      const next = new Set(s)
      if (next.has(key)) next.delete(key)
      else next.add(key)
      return next
    })

  return (
    <div className="claims-table-wrap">
      <div className="claims-toolbar" role="group" aria-label="Claims filters">
        <label className="filter">
          <span className="visually-hidden">Filter claims</span>
          <input type="search" placeholder="Filter claims by text, source or tag" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </label>
        <label>
          Review{' '}
          <select value={review} onChange={(e) => setReview(e.target.value as ReviewFilter)}>
            <option value="all">All</option>
            <option value="suggested">Suggested</option>
            <option value="accepted">Accepted</option>
            <option value="rejected">Rejected</option>
          </select>
        </label>
        <label>
          Group by{' '}
          <select
            value={groupBy}
            onChange={(e) => {
              setGroupBy(e.target.value as ClaimGroupBy | 'none')
              setCollapsed(new Set())
            }}
          >
            <option value="none">Nothing</option>
            <option value="tag">Tag</option>
            <option value="cluster">Cluster</option>
            <option value="source">Source</option>
          </select>
        </label>
        <details className="column-chooser">
          <summary>Columns</summary>
          <fieldset>
            <legend className="visually-hidden">Visible columns</legend>
            {table
              .getAllLeafColumns()
              .filter((c) => c.getCanHide())
              .map((c) => (
                <label key={c.id}>
                  <input type="checkbox" checked={c.getIsVisible()} onChange={c.getToggleVisibilityHandler()} />{' '}
                  {typeof c.columnDef.header === 'string' ? c.columnDef.header : c.id}
                </label>
              ))}
          </fieldset>
        </details>
        <p className="claims-count" role="status">
          {win.total === undefined ? 'Counting claims…' : `${win.matching.toLocaleString('en-US')} of ${win.total.toLocaleString('en-US')} claims`}
        </p>
      </div>
      <div className="claims-bulk" role="group" aria-label="Bulk actions">
        <span className="muted">{selectedIds.length > 0 ? `${selectedIds.length} selected:` : 'Bulk on the filtered claims:'}</span>
        <button type="button" onClick={() => void bulk({ review: 'accepted' }, selectedIds.length ? selectedIds : null)} disabled={busy || win.matching === 0}>
          {selectedIds.length ? 'Accept selected' : 'Accept all shown'}
        </button>
        <button type="button" onClick={() => void bulk({ review: 'rejected' }, selectedIds.length ? selectedIds : null)} disabled={busy || win.matching === 0}>
          {selectedIds.length ? 'Reject selected' : 'Reject all shown'}
        </button>
        <label>
          <span className="visually-hidden">Tag to apply</span>
          <select value={bulkTag} onChange={(e) => setBulkTag(e.target.value)}>
            <option value="">Choose a tag…</option>
            {tags.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={bulkTag === '' || selectedIds.length === 0} onClick={() => void bulk({ addTagIds: [Number(bulkTag)] }, selectedIds)}>
          Tag selected
        </button>
      </div>
      <div className="claims-scroll" ref={scrollRef} style={{ '--claim-row-h': `${ROW_HEIGHT}px` } as CSSProperties}>
        <table className="claims-table" aria-label="Claims" aria-rowcount={lines.count + 1} aria-busy={busy}>
          <thead>
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id}>
                {hg.headers.map((h) => (
                  <th key={h.id} className={`col-${h.column.id}`} aria-sort={sortOf(h.column.getIsSorted())}>
                    {h.column.getCanSort() ? (
                      <button type="button" className="sort-button" onClick={h.column.getToggleSortingHandler()}>
                        {flexRender(h.column.columnDef.header, h.getContext())}
                        <span className="sort-mark" aria-hidden="true">
                          {h.column.getIsSorted() === 'asc' ? ' ▲' : h.column.getIsSorted() === 'desc' ? ' ▼' : ''}
                        </span>
                      </button>
                    ) : (
                      flexRender(h.column.columnDef.header, h.getContext())
                    )}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {padTop > 0 && <SpacerRow height={padTop} columns={columns} />}
            {items.map((item) => {
              const line = lines.at(item.index)
              if (line.kind === 'group') {
                return (
                  <tr key={`g:${line.key}`} className="group-row" aria-rowindex={item.index + 2}>
                    <td colSpan={columns}>
                      <button type="button" onClick={() => toggleGroup(line.key)} aria-expanded={!line.collapsed}>
                        {line.collapsed ? '▸' : '▾'} {line.key} ({line.count})
                      </button>
                    </td>
                  </tr>
                )
              }
              const claim: WindowRow | undefined = win.rowAt(line.offset)
              const row = claim ? rowsById[String(claim.id)] : undefined
              if (!claim || !row) {
                return (
                  <tr key={`o:${line.offset}`} className="loading-row" aria-rowindex={item.index + 2}>
                    <td colSpan={columns} className="muted">
                      Loading…
                    </td>
                  </tr>
                )
              }
              return (
                <ClaimRow
                  key={claim.id}
                  row={row}
                  claim={claim}
                  index={item.index}
                  open={claim.id === selectedId}
                  checked={row.getIsSelected()}
                  columns={visibleIds}
                  onSelect={onSelect}
                />
              )
            })}
            {padBottom > 0 && <SpacerRow height={padBottom} columns={columns} />}
          </tbody>
        </table>
      </div>
    </div>
  )
}

/** `value`, once it has stopped changing for `ms` (typing in the filter does not ask the host per key). */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(t)
  }, [value, ms])
  return useDeferredValue(settled)
}

function sortOf(s: false | 'asc' | 'desc'): 'ascending' | 'descending' | 'none' {
  return s === 'asc' ? 'ascending' : s === 'desc' ? 'descending' : 'none'
}

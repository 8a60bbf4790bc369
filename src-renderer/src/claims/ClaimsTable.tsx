import {
  flexRender,
  getCoreRowModel,
  getExpandedRowModel,
  getFilteredRowModel,
  getGroupedRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type GroupingState,
  type RowSelectionState,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table'
import { useMemo, useState, type JSX } from 'react'
import type { Claim, Tag } from '../../../src-main/api/contract'
import { CLAIM_COLUMNS } from './columns'

interface Props {
  claims: Claim[]
  tags: Tag[]
  selectedId: number | null
  onSelect: (id: number) => void
  onBulk: (ids: number[], change: { review?: Claim['review']; addTagIds?: number[] }) => Promise<void>
}

type ReviewFilter = 'all' | Claim['review']

/** Every claim: sort, filter, group by tag or cluster, choose columns, select many for bulk review and tagging. */
export function ClaimsTable({ claims, tags, selectedId, onSelect, onBulk }: Readonly<Props>): JSX.Element {
  const [sorting, setSorting] = useState<SortingState>([])
  const [filter, setFilter] = useState('')
  const [review, setReview] = useState<ReviewFilter>('all')
  const [grouping, setGrouping] = useState<GroupingState>([])
  const [visibility, setVisibility] = useState<VisibilityState>({ tag: false, cluster: false })
  const [selection, setSelection] = useState<RowSelectionState>({})
  const [bulkTag, setBulkTag] = useState('')
  const rows = useMemo(() => (review === 'all' ? claims : claims.filter((c) => c.review === review)), [claims, review])
  const table = useReactTable({
    data: rows,
    columns: CLAIM_COLUMNS,
    state: { sorting, globalFilter: filter, grouping, columnVisibility: visibility, rowSelection: selection },
    getRowId: (c) => String(c.id),
    onSortingChange: setSorting,
    onGlobalFilterChange: setFilter,
    onGroupingChange: setGrouping,
    onColumnVisibilityChange: setVisibility,
    onRowSelectionChange: setSelection,
    globalFilterFn: (row, _col, value: string) => {
      const c = row.original
      const hay = `${c.text} ${c.article.outlet ?? ''} ${c.article.title} ${c.tags.join(' ')}`.toLowerCase()
      return hay.includes(value.toLowerCase())
    },
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getGroupedRowModel: getGroupedRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    autoResetExpanded: false,
    initialState: { pagination: { pageSize: 100 } },
  })
  const selectedIds = Object.keys(selection).filter((k) => selection[k]).map(Number)
  const matching = table.getFilteredRowModel().rows.filter((r) => !r.getIsGrouped()).map((r) => r.original.id)
  const bulk = async (change: { review?: Claim['review']; addTagIds?: number[] }, ids: number[]): Promise<void> => {
    await onBulk(ids, change)
    setSelection({})
  }
  const groupBy = grouping[0] ?? 'none'

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
          <select value={groupBy} onChange={(e) => setGrouping(e.target.value === 'none' ? [] : [e.target.value])}>
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
          {matching.length} of {claims.length} claims
        </p>
      </div>
      <div className="claims-bulk" role="group" aria-label="Bulk actions">
        <span className="muted">{selectedIds.length > 0 ? `${selectedIds.length} selected:` : 'Bulk on the filtered claims:'}</span>
        <button type="button" onClick={() => void bulk({ review: 'accepted' }, selectedIds.length ? selectedIds : matching)} disabled={matching.length === 0}>
          {selectedIds.length ? 'Accept selected' : 'Accept all shown'}
        </button>
        <button type="button" onClick={() => void bulk({ review: 'rejected' }, selectedIds.length ? selectedIds : matching)} disabled={matching.length === 0}>
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
        <button
          type="button"
          disabled={bulkTag === '' || selectedIds.length === 0}
          onClick={() => void bulk({ addTagIds: [Number(bulkTag)] }, selectedIds)}
        >
          Tag selected
        </button>
      </div>
      <div className="claims-scroll">
        <table className="claims-table" aria-label="Claims">
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
            {table.getRowModel().rows.map((row) =>
              row.getIsGrouped() ? (
                <tr key={row.id} className="group-row">
                  <td colSpan={row.getVisibleCells().length}>
                    <button type="button" onClick={row.getToggleExpandedHandler()} aria-expanded={row.getIsExpanded()}>
                      {row.getIsExpanded() ? '▾' : '▸'} {String(row.groupingValue)} ({row.subRows.length})
                    </button>
                  </td>
                </tr>
              ) : (
                <tr
                  key={row.id}
                  className={`review-${row.original.review}`}
                  aria-selected={row.original.id === selectedId}
                  onClick={() => onSelect(row.original.id)}
                >
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={`cell-${cell.column.id}`}>
                      {cell.column.id === 'claim' ? (
                        <button type="button" className="claim-open" onClick={() => onSelect(row.original.id)}>
                          {row.original.text}
                        </button>
                      ) : (
                        flexRender(cell.column.columnDef.cell, cell.getContext())
                      )}
                    </td>
                  ))}
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
      {table.getPageCount() > 1 && (
        <div className="claims-pages">
          <button type="button" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
            Previous page
          </button>
          <span>
            Page {table.getState().pagination.pageIndex + 1} of {table.getPageCount()}
          </span>
          <button type="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
            Next page
          </button>
        </div>
      )}
    </div>
  )
}

function sortOf(s: false | 'asc' | 'desc'): 'ascending' | 'descending' | 'none' {
  return s === 'asc' ? 'ascending' : s === 'desc' ? 'descending' : 'none'
}

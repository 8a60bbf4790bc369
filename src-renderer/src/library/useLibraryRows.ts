import { useDeferredValue, useState } from 'react'
import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type FilterFn,
  type SortingState,
  type Table,
} from '@tanstack/react-table'
import type { ArticleSummary } from '../../../src-main/api/contract'
import { filterText, libraryColumns } from './columns'
import type { CopyIndex } from './copies'

export interface LibraryRows {
  table: Table<ArticleSummary>
  filter: string
  setFilter: (value: string) => void
  /** Rows after filtering, before virtualization. */
  matching: number
}

/** Lower-cased search text per article, computed once per article object. */
const searchText = new WeakMap<ArticleSummary, string>()

/** Matches the filter against title, outlet and source file together (see `filterText`). */
const matchesArticle: FilterFn<ArticleSummary> = (row, _columnId, needle: string) => {
  let text = searchText.get(row.original)
  if (text === undefined) {
    text = filterText(row.original)
    searchText.set(row.original, text)
  }
  return text.includes(needle)
}

/**
 * Filtering and sorting for the library. Rows are built once per list and filtering only picks
 * among them; the filter is deferred so typing stays responsive at 50,000 rows.
 */
export function useLibraryRows(articles: ArticleSummary[], copies?: CopyIndex): LibraryRows {
  const [filter, setFilter] = useState('')
  const [sorting, setSorting] = useState<SortingState>([])
  const needle = useDeferredValue(filter).trim().toLowerCase()

  const table = useReactTable({
    data: articles,
    columns: libraryColumns,
    state: { sorting, globalFilter: needle },
    onSortingChange: setSorting,
    globalFilterFn: matchesArticle,
    // One column stands for the whole row, so the filter runs once per article, not per cell.
    getColumnCanGlobalFilter: (column) => column.id === 'title',
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => String(row.id),
    enableMultiSort: false,
    meta: { copies },
  })
  return { table, filter, setFilter, matching: table.getRowModel().rows.length }
}

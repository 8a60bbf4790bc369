import { useDeferredValue, useMemo, useState } from 'react'
import { getCoreRowModel, useReactTable, type SortingState, type Table } from '@tanstack/react-table'
import type { ArticleSummary } from '../../../src-main/api/contract'
import { libraryColumns } from './columns'
import type { CopyIndex } from './copies'
import { filterArticles, filterText, libraryOrders, sortArticles } from './libraryOrder'

export interface LibraryRows {
  /** Columns, headers and the sort state; it holds no rows (LibraryTable makes them for the rows in view). */
  table: Table<ArticleSummary>
  /** The articles after filtering, in the chosen order. */
  articles: readonly ArticleSummary[]
  filter: string
  setFilter: (value: string) => void
  /** Rows after filtering, before virtualization. */
  matching: number
}

const NO_ROWS: ArticleSummary[] = []

/** Lower-cased search text per article, computed once per article object. */
const searchText = new WeakMap<ArticleSummary, string>()
function searchTextOf(article: ArticleSummary): string {
  let text = searchText.get(article)
  if (text === undefined) {
    text = filterText(article)
    searchText.set(article, text)
  }
  return text
}

/**
 * Filtering and sorting for the library, over the plain article list; the filter is deferred so
 * typing stays responsive at 50,000 rows.
 */
export function useLibraryRows(all: ArticleSummary[], copies?: CopyIndex): LibraryRows {
  const [filter, setFilter] = useState('')
  const [sorting, setSorting] = useState<SortingState>([])
  const needle = useDeferredValue(filter).trim().toLowerCase()
  const matched = useMemo(() => filterArticles(all, needle, searchTextOf), [all, needle])
  const articles = useMemo(() => sortArticles(matched, sorting, libraryOrders), [matched, sorting])

  const table = useReactTable({
    data: NO_ROWS,
    columns: libraryColumns,
    state: { sorting },
    onSortingChange: setSorting,
    manualSorting: true,
    manualFiltering: true,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => String(row.id),
    enableMultiSort: false,
    meta: { copies },
  })
  return { table, articles, filter, setFilter, matching: articles.length }
}

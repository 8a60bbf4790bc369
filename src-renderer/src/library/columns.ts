import { createColumnHelper, type SortingFn } from '@tanstack/react-table'
import type { ArticleSummary } from '../../../src-main/api/contract'
import { formatCount, formatDate, formatTimestamp } from '../format'
import { copyCellText } from './copies'

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/** Locale-aware text order; one shared collator keeps 50,000-row sorts fast. */
const byText: SortingFn<ArticleSummary> = (a, b, columnId) =>
  collator.compare(a.getValue<string>(columnId), b.getValue<string>(columnId))

const column = createColumnHelper<ArticleSummary>()

/**
 * The library's columns. Missing outlets and dates are `undefined` to the table so that
 * `sortUndefined: 'last'` keeps them at the bottom in both directions.
 */
export const libraryColumns = [
  column.accessor('title', { header: 'Title', sortingFn: byText }),
  column.accessor((a) => a.outlet ?? undefined, {
    id: 'outlet',
    header: 'Outlet',
    sortingFn: byText,
    sortUndefined: 'last',
    cell: (info) => info.getValue() ?? '—',
  }),
  column.accessor((a) => a.publishedAt ?? undefined, {
    id: 'publishedAt',
    header: 'Published',
    sortingFn: 'basic',
    sortUndefined: 'last',
    sortDescFirst: true,
    cell: (info) => formatDate(info.getValue() ?? null),
  }),
  // Copy detection (issue 3): "near duplicate of #1 · 98%" or "original · 2 copies".
  column.display({ id: 'copies', header: 'Copies', cell: (info) => copyCellText(info.table.options.meta?.copies, info.row.original.id) }),
  column.accessor('wordCount', {
    header: 'Words',
    sortingFn: 'basic',
    sortDescFirst: true,
    cell: (info) => formatCount(info.getValue()),
  }),
  column.accessor('importedAt', {
    header: 'Imported',
    sortingFn: 'basic',
    sortDescFirst: true,
    cell: (info) => formatTimestamp(info.getValue()),
  }),
]

/** Lower-cased text the filter box searches: title, outlet and source file. */
export function filterText(article: ArticleSummary): string {
  return `${article.title}\n${article.outlet ?? ''}\n${article.sourceFile}`.toLowerCase()
}

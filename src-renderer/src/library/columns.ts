import { createColumnHelper } from '@tanstack/react-table'
import type { ArticleSummary } from '../../../src-main/api/contract'
import { formatCount, formatDate, formatTimestamp } from '../format'
import { copyCellText } from './copies'
import { outletOf, publishedOf } from './libraryOrder'

const column = createColumnHelper<ArticleSummary>()

/**
 * The library's columns. The table only renders them and keeps the sort state: the order itself
 * is `libraryOrders` (libraryOrder.ts). Text columns say `sortDescFirst: false` because the table
 * holds no rows to guess a first direction from.
 */
export const libraryColumns = [
  column.accessor('title', { header: 'Title', sortDescFirst: false }),
  column.accessor(outletOf, {
    id: 'outlet',
    header: 'Outlet',
    sortDescFirst: false,
    cell: (info) => info.getValue() ?? '—',
  }),
  column.accessor(publishedOf, {
    id: 'publishedAt',
    header: 'Published',
    sortDescFirst: true,
    cell: (info) => formatDate(info.getValue() ?? null),
  }),
  // Copy detection (issue 3): "near duplicate of #1 · 98%" or "original · 2 copies".
  column.display({ id: 'copies', header: 'Copies', cell: (info) => copyCellText(info.table.options.meta?.copies, info.row.original.id) }),
  column.accessor('wordCount', {
    header: 'Words',
    sortDescFirst: true,
    cell: (info) => formatCount(info.getValue()),
  }),
  column.accessor('importedAt', {
    header: 'Imported',
    sortDescFirst: true,
    cell: (info) => formatTimestamp(info.getValue()),
  }),
]


import { memo, type JSX } from 'react'
import { flexRender, type Row } from '@tanstack/react-table'
import type { ArticleSummary } from '../../../src-main/api/contract'
import type { CopyIndex } from './copies'

interface Props {
  row: Row<ArticleSummary>
  /** The "Copies" cells read it from the table; a new index must render the rows again. */
  copies: CopyIndex | undefined
  index: number
  selected: boolean
  active: boolean
  /** Stable across renders, so rows already in view are not rendered again on every scroll step. */
  onPick: (index: number, id: number) => void
}

/**
 * One article row. Memoized: scrolling re-renders the table on every step, and only the rows that
 * come into view (or change selection) need their cells rendered.
 */
export const LibraryRow = memo(function LibraryRow({ row, index, selected, active, onPick }: Readonly<Props>): JSX.Element {
  return (
    <tr
      id={`library-row-${row.id}`}
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`${index % 2 ? 'odd' : 'even'}${active ? ' active' : ''}`}
      onClick={() => onPick(index, row.original.id)}
    >
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className={`cell-${cell.column.id}`} title={cellTitle(cell.getValue())}>
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
    </tr>
  )
})

/** Hover text for a cell: its full value when that is text, so long titles can be read. */
function cellTitle(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
}

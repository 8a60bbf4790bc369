import type { JSX } from 'react'
import { flexRender, type Header } from '@tanstack/react-table'
import type { ArticleSummary } from '../../../src-main/api/contract'

interface Props {
  header: Header<ArticleSummary, unknown>
}

/** A column header whose button cycles the sort; `aria-sort` tells assistive technology. */
export function SortHeader({ header }: Readonly<Props>): JSX.Element {
  const sorted = header.column.getIsSorted()
  const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
  const label = flexRender(header.column.columnDef.header, header.getContext())
  return (
    <th scope="col" aria-sort={ariaSort} className={`head-${header.column.id}`}>
      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
        <span>{label}</span>
        <span className="sort-mark" aria-hidden="true">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
        </span>
      </button>
    </th>
  )
}

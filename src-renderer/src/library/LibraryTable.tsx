import { useCallback, useRef, type JSX } from 'react'
import type { Table } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { ArticleSummary } from '../../../src-main/api/contract'
import { SortHeader } from './SortHeader'
import { LibraryRow } from './LibraryRow'
import { SpacerRow } from './SpacerRow'
import { useRowCursor } from './useRowCursor'

/** Fixed heights keep virtualization exact without measuring rows (see styles.css). */
const ROW_HEIGHT = 32
const HEADER_HEIGHT = 36

interface Props {
  table: Table<ArticleSummary>
  selectedId: number | null
  onOpen: (id: number) => void
}

/**
 * The library as an ARIA grid: a real `<table>` whose body renders only the rows in view, with
 * spacer rows (hidden from assistive technology) standing in for the rest.
 */
export function LibraryTable({ table, selectedId, onOpen }: Readonly<Props>): JSX.Element {
  const scrollRef = useRef<HTMLDivElement>(null)
  const rows = table.getRowModel().rows
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 16,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    useFlushSync: false,
  })
  const reveal = useCallback((index: number) => virtualizer.scrollToIndex(index, { align: 'auto' }), [virtualizer])
  const openIndex = useCallback(
    (index: number) => {
      const row = rows[index]
      if (row) onOpen(row.original.id)
    },
    [rows, onOpen],
  )
  const pageSize = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 600) - HEADER_HEIGHT) / ROW_HEIGHT) - 1)
  const cursor = useRowCursor(rows.length, pageSize, reveal, openIndex)
  const { setActive } = cursor
  const pick = useCallback(
    (index: number, id: number) => {
      setActive(index)
      onOpen(id)
    },
    [setActive, onOpen],
  )

  const items = virtualizer.getVirtualItems()
  const first = items[0]
  const last = items[items.length - 1]
  const padTop = first ? first.start - HEADER_HEIGHT : 0
  const padBottom = last ? virtualizer.getTotalSize() - last.end : 0
  const columnCount = table.getVisibleLeafColumns().length
  const activeRow = cursor.active === null ? undefined : rows[cursor.active]

  return (
    <div className="library-scroll" ref={scrollRef}>
      <table
        className="library-table"
        role="grid"
        aria-label="Articles"
        aria-rowcount={rows.length + 1}
        aria-readonly="true"
        aria-activedescendant={activeRow ? `library-row-${activeRow.id}` : undefined}
        tabIndex={0}
        onKeyDown={cursor.onKeyDown}
      >
        <colgroup>
          {table.getVisibleLeafColumns().map((col) => (
            <col key={col.id} className={`col-${col.id}`} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <SortHeader key={header.id} header={header} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && <SpacerRow height={padTop} columns={columnCount} />}
          {items.map((item) => {
            const row = rows[item.index]
            if (!row) return null
            return (
              <LibraryRow
                key={row.id}
                row={row}
                index={item.index}
                selected={row.original.id === selectedId}
                active={item.index === cursor.active}
                onPick={pick}
              />
            )
          })}
          {padBottom > 0 && <SpacerRow height={padBottom} columns={columnCount} />}
        </tbody>
      </table>
    </div>
  )
}

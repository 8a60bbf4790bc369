import { useCallback, useRef, type JSX } from 'react'
import { createRow, type Row, type Table } from '@tanstack/react-table'
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
  /** The articles to list, filtered and in order (see useLibraryRows). */
  articles: readonly ArticleSummary[]
  selectedId: number | null
  onOpen: (id: number) => void
}

/**
 * The library as an ARIA grid: a real `<table>` whose body renders only the rows in view, with
 * spacer rows (hidden from assistive technology) standing in for the rest.
 */
export function LibraryTable({ table, articles, selectedId, onOpen }: Readonly<Props>): JSX.Element {
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: articles.length,
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
      const article = articles[index]
      if (article) onOpen(article.id)
    },
    [articles, onOpen],
  )
  const pageSize = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 600) - HEADER_HEIGHT) / ROW_HEIGHT) - 1)
  const cursor = useRowCursor(articles.length, pageSize, reveal, openIndex)
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
  const copies = table.options.meta?.copies
  const activeArticle = cursor.active === null ? undefined : articles[cursor.active]

  return (
    <div className="library-scroll" ref={scrollRef}>
      <table
        className="library-table"
        role="grid"
        aria-label="Articles"
        aria-rowcount={articles.length + 1}
        aria-readonly="true"
        aria-activedescendant={activeArticle ? `library-row-${activeArticle.id}` : undefined}
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
            const article = articles[item.index]
            if (!article) return null
            return (
              <LibraryRow
                key={article.id}
                row={rowOf(table, article)}
                copies={copies}
                index={item.index}
                selected={article.id === selectedId}
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

/** Per table, the rows made so far (a row caches its cells, so it is kept while its article is). */
const madeRows = new WeakMap<Table<ArticleSummary>, WeakMap<ArticleSummary, Row<ArticleSummary>>>()

/**
 * The table's row for an article, made when the article first comes into view. The table holds
 * no rows of its own: at 50,000 articles, a row each cost more at start than the list itself.
 */
function rowOf(table: Table<ArticleSummary>, article: ArticleSummary): Row<ArticleSummary> {
  let rows = madeRows.get(table)
  if (!rows) {
    rows = new WeakMap()
    madeRows.set(table, rows)
  }
  let row = rows.get(article)
  if (!row) {
    row = createRow(table, String(article.id), article, 0, 0)
    rows.set(article, row)
  }
  return row
}

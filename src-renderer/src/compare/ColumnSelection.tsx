import { useCallback, type JSX, type RefObject } from 'react'
import { SelectionToolbar, type ResolvedSelection } from '../reader/SelectionToolbar'

interface Props {
  columns: Array<{ ref: RefObject<HTMLDivElement | null>; articleId: number; text: string }>
}

/** Clean-text offset of a point in a column: every rendered piece carries its own start offset. */
function offsetOf(node: Node, offset: number): number | null {
  const el = node instanceof Element ? node : node.parentElement
  const piece = el?.closest<HTMLElement>('[data-start]')
  const start = piece?.dataset['start']
  if (!piece || start === undefined) return null
  if (node === piece) return Number(start)
  return Number(start) + (node.nodeType === Node.TEXT_NODE ? offset : 0)
}

/** The reader's selection actions ("Make claim", ...) for text selected in a comparison column. */
export function ColumnSelection({ columns }: Readonly<Props>): JSX.Element | null {
  const resolve = useCallback(
    (range: Range): ResolvedSelection | null => {
      const column = columns.find((c) => c.ref.current?.contains(range.commonAncestorContainer))
      if (!column) return null
      const start = offsetOf(range.startContainer, range.startOffset)
      const end = offsetOf(range.endContainer, range.endOffset)
      if (start === null || end === null || end <= start) return null
      return { articleId: column.articleId, start, end, text: column.text.slice(start, end) }
    },
    [columns],
  )
  return <SelectionToolbar resolve={resolve} className="cmp-selection" />
}

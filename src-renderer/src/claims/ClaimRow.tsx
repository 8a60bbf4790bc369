import { memo, type JSX } from 'react'
import { flexRender, type Row } from '@tanstack/react-table'
import type { Claim } from '../../../src-main/api/contract'

interface Props {
  /** The table's row for the claim: a new object on every render (the table holds only the rows in view). */
  row: Row<Claim>
  claim: Claim
  index: number
  /** Open in the detail pane. */
  open: boolean
  /** Ticked for a bulk action. */
  checked: boolean
  /** The visible columns' ids, so that the column chooser renders the rows again. */
  columns: string
  onSelect: (id: number) => void
}

/**
 * One claim row. A scroll step renders the table again, and only rows coming into view need their
 * cells rendered; the comparison skips `row`, which is new each time while its claim is the same.
 */
export const ClaimRow = memo(
  function ClaimRow({ row, claim, index, open, onSelect }: Readonly<Props>): JSX.Element {
    return (
      <tr className={`review-${claim.review}`} aria-rowindex={index + 2} aria-selected={open} onClick={() => onSelect(claim.id)}>
        {row.getVisibleCells().map((cell) => (
          <td key={cell.id} className={`cell-${cell.column.id}`}>
            {cell.column.id === 'claim' ? (
              <button type="button" className="claim-open" onClick={() => onSelect(claim.id)}>
                <span className="clamp">{claim.text}</span>
              </button>
            ) : (
              <div className="clamp">{flexRender(cell.column.columnDef.cell, cell.getContext())}</div>
            )}
          </td>
        ))}
      </tr>
    )
  },
  (a, b) =>
    a.claim === b.claim &&
    a.index === b.index &&
    a.open === b.open &&
    a.checked === b.checked &&
    a.columns === b.columns &&
    a.onSelect === b.onSelect,
)

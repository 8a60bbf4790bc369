import { useEffect, useRef, type JSX } from 'react'
import type { ImportRow } from './importOne'
import { plural } from '../format'
import { ImportReportRow } from './ImportReportRow'

interface Props {
  rows: readonly ImportRow[]
  /** The analyst cancelled the batch: say so, and what was kept. */
  cancelled?: boolean
  titleOf: (id: number) => string | undefined
  onClose: () => void
}

/** Problems first, so a long batch's failures are not buried under its successes. */
const ORDER: Record<ImportRow['status'], number> = { failed: 0, skipped: 1, duplicate: 2, imported: 3 }

/** The outcome of a batch, as a modal dialog: totals, then every file with its status. */
export function ImportReport({ rows, cancelled = false, titleOf, onClose }: Readonly<Props>): JSX.Element {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])
  const count = (status: ImportRow['status']): number => rows.filter((r) => r.status === status).length
  const sorted = rows.map((row, i) => ({ row, i })).sort((a, b) => ORDER[a.row.status] - ORDER[b.row.status] || a.i - b.i)
  const skippedCount = count('skipped')

  return (
    <dialog ref={ref} className="import-report" aria-labelledby="import-report-title" onClose={onClose}>
      <h2 id="import-report-title">{cancelled ? 'Import cancelled' : 'Import report'}</h2>
      {cancelled && (
        <p className="import-cancelled">
          Stopped after {rows.length - skippedCount} of {rows.length} files. {plural(count('imported'), 'article', 'articles')} imported
          before you cancelled {count('imported') === 1 ? 'is' : 'are'} kept in the workspace; {plural(skippedCount, 'file was', 'files were')} not
          imported.
        </p>
      )}
      <p className="import-summary">
        {count('imported')} imported · {count('duplicate')} duplicates · {count('failed')} failed
        {skippedCount > 0 && ` · ${skippedCount} not imported`}
      </p>
      <div className="import-report-scroll">
        <table className="import-report-table">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Status</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map(({ row, i }) => (
              <ImportReportRow key={i} row={row} titleOf={titleOf} />
            ))}
          </tbody>
        </table>
      </div>
      <form method="dialog" className="dialog-actions">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  )
}

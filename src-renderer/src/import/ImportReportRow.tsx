import type { JSX } from 'react'
import type { ImportRow } from './importOne'

interface Props {
  row: ImportRow
  titleOf: (id: number) => string | undefined
}

export const STATUS_LABEL: Record<ImportRow['status'], string> = {
  imported: 'Imported',
  duplicate: 'Duplicate',
  failed: 'Failed',
  skipped: 'Not imported',
}

/** One file in the import report, with the reason or the article it duplicates. */
export function ImportReportRow({ row, titleOf }: Readonly<Props>): JSX.Element {
  return (
    <tr className={`status-${row.status}`}>
      <td className="report-file">
        {row.file}
        {row.record !== undefined && <span className="muted"> · record {row.record}</span>}
      </td>
      <td className="report-status">{STATUS_LABEL[row.status]}</td>
      <td className="report-details">
        {detailsText(row, titleOf)}
        {row.warnings.length > 0 && <span className="muted report-warnings"> {row.warnings.join(' · ')}</span>}
      </td>
    </tr>
  )
}

function detailsText(row: ImportRow, titleOf: (id: number) => string | undefined): string {
  if (row.status === 'duplicate' && row.duplicateOf !== null) {
    const title = titleOf(row.duplicateOf)
    return `duplicate of ${title ?? `article #${row.duplicateOf}`}`
  }
  return row.error ?? ''
}

import type { JSX } from 'react'
import type { ImportRunSummary, ImportStatus } from '../../../src-main/api/contract'
import { formatCount, plural } from '../format'

/** How each run's source reads in the list (import_batches.source). */
export const SOURCE_LABEL: Record<string, string> = {
  ui: 'Imported in this window',
  files: 'Files and folders from disk',
}

/** "8 files: 5 imported 1 duplicate 2 failed", each count in its status colour. */
export function RunCounts({ run }: Readonly<{ run: ImportRunSummary }>): JSX.Element {
  const parts: Array<[ImportStatus, number, string]> = [
    ['imported', run.imported, 'imported'],
    ['duplicate', run.duplicates, run.duplicates === 1 ? 'duplicate' : 'duplicates'],
    ['failed', run.failed, 'failed'],
  ]
  return (
    <span className="run-counts">
      {plural(run.files, 'file', 'files')}:{' '}
      {parts
        .filter(([, n]) => n > 0)
        .map(([status, n, word]) => (
          <span key={status} className={`count-${status}`}>
            {formatCount(n)} {word}
          </span>
        ))}
    </span>
  )
}

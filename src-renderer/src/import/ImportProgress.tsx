import type { JSX } from 'react'
import type { ImportRun } from './useImport'

interface Props {
  run: ImportRun
  onCancel: () => void
}

/** The running import: a progress bar, the file being sent, and Cancel. */
export function ImportProgress({ run, onCancel }: Readonly<Props>): JSX.Element {
  const label = `Importing ${Math.min(run.done + 1, run.total)} of ${run.total} files`
  const percent = run.total === 0 ? 0 : (run.done / run.total) * 100
  return (
    <section className="import-progress" aria-label="Import progress">
      <div className="import-progress-text">
        <span id="import-progress-label">{label}</span>
        {run.current && <span className="muted import-current">{run.current}</span>}
      </div>
      <div
        className="progress-track"
        role="progressbar"
        aria-labelledby="import-progress-label"
        aria-valuemin={0}
        aria-valuemax={run.total}
        aria-valuenow={run.done}
        aria-valuetext={`${run.done} of ${run.total} files done`}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <button type="button" onClick={onCancel} disabled={run.cancelling}>
        {run.cancelling ? 'Cancelling…' : 'Cancel import'}
      </button>
    </section>
  )
}

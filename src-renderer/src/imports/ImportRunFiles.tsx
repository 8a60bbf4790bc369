import { useState, type JSX } from 'react'
import type { ImportRunSummary, ImportStatus } from '../../../src-main/api/contract'
import { ErrorAlert } from '../components/ErrorAlert'
import { formatCount, formatTimestamp } from '../format'
import { useApiQuery } from '../hooks/useApi'
import { STATUS_LABEL } from '../import/ImportReportRow'
import { useAppActions } from '../shell/AppContext'
import { RunCounts, SOURCE_LABEL } from './runParts'

const LIMIT = 2000
const FILTERS: Array<{ id: ImportStatus | 'all'; label: string }> = [
  { id: 'all', label: 'All files' },
  { id: 'failed', label: 'Failed' },
  { id: 'duplicate', label: 'Duplicates' },
  { id: 'imported', label: 'Imported' },
]

/** One run's report: each file's outcome, with the article it became or repeats, or why it failed. */
export function ImportRunFiles({ run }: Readonly<{ run: ImportRunSummary }>): JSX.Element {
  const { openArticle } = useAppActions()
  const [status, setStatus] = useState<ImportStatus | 'all'>(run.failed > 0 ? 'failed' : 'all')
  const files = useApiQuery('import-run-files', { id: run.id, limit: LIMIT, ...(status === 'all' ? {} : { status }) })
  const rows = files.data?.files ?? []
  const article = (id: number | null, title: string | null): JSX.Element | null =>
    id === null || title === null ? null : (
      <button type="button" className="link" onClick={() => openArticle(id)}>
        {title}
      </button>
    )
  return (
    <section className="imports-detail" aria-labelledby="run-title">
      <header className="run-header">
        <h2 id="run-title">
          {SOURCE_LABEL[run.source] ?? run.source}, {formatTimestamp(run.startedAt)}
        </h2>
        <RunCounts run={run} />
        <label className="run-filter">
          Show{' '}
          <select value={status} onChange={(e) => setStatus(e.target.value as ImportStatus | 'all')}>
            {FILTERS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
      </header>
      {files.error && <ErrorAlert title="Could not read this run’s files" error={files.error} onRetry={files.reload} />}
      {files.data && rows.length === 0 && <p className="placeholder">No file of this run has that status.</p>}
      {rows.length > 0 && (
        <div className="run-files-scroll">
          <table className="import-report-table">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Status</th>
                <th scope="col">Article or reason</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((f) => (
                <tr key={f.id} className={`status-${f.status}`}>
                  <td className="report-file">{f.file}</td>
                  <td className="report-status">{STATUS_LABEL[f.status]}</td>
                  <td className="report-details">
                    {f.status === 'imported' && (article(f.articleId, f.articleTitle) ?? <span className="muted">article since deleted</span>)}
                    {f.status === 'duplicate' && <>repeats {article(f.duplicateOf, f.duplicateTitle) ?? <span className="muted">an article since deleted</span>}</>}
                    {f.status === 'failed' && f.error}
                    {f.warnings.length > 0 && <span className="muted report-warnings"> {f.warnings.join(' · ')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {files.data && files.data.total > rows.length && (
        <p className="muted run-more">
          Showing the first {formatCount(rows.length)} of {formatCount(files.data.total)}; pick a status above to narrow the list.
        </p>
      )}
    </section>
  )
}

import { useEffect, useState, type JSX } from 'react'
import { ErrorAlert } from '../components/ErrorAlert'
import { formatTimestamp } from '../format'
import { useApiQuery } from '../hooks/useApi'
import { ImportRunFiles } from './ImportRunFiles'
import { RunCounts, SOURCE_LABEL } from './runParts'
import './imports.css'

const NO_ARGS = {}

interface Props {
  /** Changes after each import the window runs, so the list is read again. */
  version: number
  onImport: () => void
}

/** The Imports view: every past import run (main pane) and the chosen run's per-file report (detail pane). */
export function ImportsView({ version, onImport }: Readonly<Props>): JSX.Element {
  const runs = useApiQuery('imports-list', NO_ARGS)
  const reload = runs.reload
  useEffect(() => {
    if (version > 0) void reload()
  }, [version, reload])
  const [chosen, setChosen] = useState<number | null>(null)
  const list = runs.data ?? []
  const run = list.find((r) => r.id === chosen) ?? list[0]
  return (
    <main className="imports-view">
      <section className="imports-runs" aria-label="Import runs">
        <h2>Import runs</h2>
        {runs.error && <ErrorAlert title="Could not read the import history" error={runs.error} onRetry={runs.reload} />}
        {runs.loading && !runs.data && <p className="placeholder">Loading import runs…</p>}
        {runs.data && list.length === 0 && (
          <div className="empty-state">
            <p>No imports yet. Every import you run is listed here with a report of each file.</p>
            <button type="button" className="primary" onClick={onImport}>
              Import files…
            </button>
          </div>
        )}
        <ul className="run-list">
          {list.map((r) => (
            <li key={r.id}>
              <button type="button" aria-current={r.id === run?.id ? 'true' : undefined} onClick={() => setChosen(r.id)}>
                <span className="run-when">{formatTimestamp(r.startedAt)}</span>
                <span className="run-source">{SOURCE_LABEL[r.source] ?? r.source}</span>
                <RunCounts run={r} />
              </button>
            </li>
          ))}
        </ul>
      </section>
      {run ? (
        <ImportRunFiles key={run.id} run={run} />
      ) : (
        <section className="imports-detail" aria-label="Import report">
          <p className="placeholder">Choose a run to see what happened to each of its files.</p>
        </section>
      )}
    </main>
  )
}

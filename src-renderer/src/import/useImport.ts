import { useCallback, useEffect, useRef, useState } from 'react'
import { errorText, invoke } from '../api/client'
import { formatCount } from '../format'
import type { PickedFile } from './collectDropped'
import { HostLostError, failed, importOne, skipped, type ImportRow } from './importOne'

/** An import batch, from first file to the closed report. */
export interface ImportRun {
  total: number
  /** Files finished so far (imported, duplicate or failed). */
  done: number
  /** The file being sent now. */
  current: string | null
  cancelling: boolean
  /** Set when the batch has ended: every file's outcome, in the order picked. */
  rows: ImportRow[] | null
  /** The batch ended because the analyst cancelled it (what was sent before is kept). */
  cancelled: boolean
}

export interface Importer {
  run: ImportRun | null
  start: (files: PickedFile[]) => void
  /** Stop after the file being sent now. */
  cancel: () => void
  /** Close the report. */
  dismiss: () => void
}

/**
 * Imports files one after another, with progress and cancel. After a batch it awaits
 * `onFinished` (the library refresh), so the report can name the articles duplicates repeat.
 */
export function useImport(maxFileBytes: number | undefined, onFinished: () => Promise<void>): Importer {
  const [run, setRun] = useState<ImportRun | null>(null)
  const busy = useRef(false)
  const cancelled = useRef(false)
  // The window's workspace changed (the app starts afresh): the rest of the batch must not follow it.
  useEffect(
    () => () => {
      cancelled.current = true
    },
    [],
  )

  const start = useCallback(
    (files: PickedFile[]) => {
      if (busy.current || files.length === 0) return
      busy.current = true
      cancelled.current = false
      setRun({ total: files.length, done: 0, current: files[0]?.name ?? null, cancelling: false, rows: null, cancelled: false })
      const progress = (done: number, current: string | null): void => setRun((r) => r && { ...r, done, current })
      void (async () => {
        let rows: ImportRow[] = []
        let stopped = false
        try {
          // Each import the analyst starts is its own run in the Imports view; if this fails,
          // the files still import (into the previous run) and report their own errors.
          await invoke('import-run-start', {}).catch(() => undefined)
          ;({ rows, cancelled: stopped } = await importAll(files, maxFileBytes, cancelled, progress))
          await onFinished()
        } finally {
          busy.current = false
          setRun((r) => r && { ...r, current: null, rows, cancelled: stopped })
        }
      })()
    },
    [maxFileBytes, onFinished],
  )
  const cancel = useCallback(() => {
    cancelled.current = true
    // A bulk file is one request: the host stops it after the record in hand.
    void invoke('import-cancel', {}).catch(() => undefined)
    setRun((r) => r && { ...r, cancelling: true })
  }, [])
  const dismiss = useCallback(() => setRun((r) => (r?.rows ? null : r)), [])
  return { run, start, cancel, dismiss }
}

async function importAll(
  files: PickedFile[],
  knownMax: number | undefined,
  cancelled: { current: boolean },
  progress: (done: number, current: string | null) => void,
): Promise<{ rows: ImportRow[]; cancelled: boolean }> {
  const maxBytes = knownMax ?? (await fetchMaxBytes())
  const rows: ImportRow[] = []
  let stopped = false
  for (const [i, picked] of files.entries()) {
    if (cancelled.current) {
      rows.push(...files.slice(i).map((f) => skipped(f.name, 'Not imported: the import was cancelled')))
      stopped = true
      break
    }
    progress(i, picked.name)
    const watch = BULK_NAME.test(picked.name) ? watchBulk(picked.name, (current) => progress(i, current)) : null
    try {
      const row = await importOne(picked, maxBytes)
      // A bulk file (.jsonl/.json/.csv) reports one row per record.
      rows.push(...(row.records ?? [row]))
      if (row.cancelled) {
        rows.push(skipped(picked.name, 'Not imported: the rest of this file (the import was cancelled)'))
        rows.push(...files.slice(i + 1).map((f) => skipped(f.name, 'Not imported: the import was cancelled')))
        stopped = true
        break
      }
    } catch (error) {
      const why = error instanceof HostLostError ? error.message : errorText(error)
      rows.push(failed(picked.name, why))
      rows.push(...files.slice(i + 1).map((f) => skipped(f.name, 'Not imported: lost contact with the Crosscheck host')))
      break
    } finally {
      if (watch) clearInterval(watch)
    }
  }
  progress(rows.length, null)
  return { rows, cancelled: stopped }
}

const BULK_NAME = /\.(jsonl|ndjson|json|csv|tsv)$/i

/** A bulk file is one request that may run for minutes: ask the host how far it got, each second. */
function watchBulk(name: string, show: (current: string) => void): ReturnType<typeof setInterval> {
  return setInterval(() => {
    invoke('import-status', {})
      .then((status) => status && show(`${name} · ${formatCount(status.records)} records stored`))
      .catch(() => undefined)
  }, 1000)
}

/** The size limit, if the host can tell us; otherwise the host enforces it alone. */
async function fetchMaxBytes(): Promise<number | null> {
  try {
    return (await invoke('workspace-info', {})).maxFileBytes
  } catch {
    return null
  }
}

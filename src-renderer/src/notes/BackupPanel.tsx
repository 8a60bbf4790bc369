import { useRef, useState, type JSX } from 'react'
import { errorText, invoke } from '../api/client'
import { useAppActions } from '../shell/AppContext'
import { downloadBase64 } from './download'

function summary(counts: Record<string, number>): string {
  return `${counts['articles'] ?? 0} articles, ${counts['annotations'] ?? 0} notes, ${counts['claims'] ?? 0} claims`
}

/** Back up the whole workspace to one file, or restore one (checked before anything is replaced). */
export function BackupPanel({ onRestored }: Readonly<{ onRestored: () => void }>): JSX.Element {
  const input = useRef<HTMLInputElement>(null)
  const { refreshWorkspace } = useAppActions()
  const [status, setStatus] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const run = async (job: () => Promise<string>): Promise<void> => {
    setBusy(true)
    setError(null)
    setStatus(null)
    try {
      setStatus(await job())
    } catch (e) {
      setError(errorText(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <section className="backup-panel" aria-label="Backup and restore">
      <h3>Backup and hand-over</h3>
      <p className="muted">One file with every article, note, claim and setting; restoring checks it (integrity and row counts) before replacing anything.</p>
      <div className="annotation-actions">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              const b = await invoke('workspace-backup', {})
              downloadBase64(b.base64, b.fileName, 'application/vnd.sqlite3')
              return `Backup saved as ${b.fileName}: ${summary(b.counts)} (checked).`
            })
          }
        >
          Back up workspace
        </button>
        <button type="button" disabled={busy} onClick={() => input.current?.click()}>
          Restore from backup…
        </button>
        <input
          ref={input}
          type="file"
          accept=".crosscheck,.sqlite,application/vnd.sqlite3"
          hidden
          aria-label="Backup file to restore"
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (!file) return
            if (!window.confirm(`Replace everything in this workspace with the backup “${file.name}”?`)) return
            void run(async () => {
              const r = await invoke('workspace-restore', { data: new Uint8Array(await file.arrayBuffer()) })
              await refreshWorkspace()
              onRestored()
              return `Restored ${summary(r.counts)} from ${file.name} (checked).`
            })
          }}
        />
      </div>
      {status && <p role="status">{status}</p>}
      {error && <p role="alert">{error}</p>}
    </section>
  )
}

import { useId, useState, type FormEvent, type JSX } from 'react'
import type { RecentWorkspace } from '../../../src-main/api/contract'
import type { Workspaces } from './useWorkspaces'

interface FieldFormProps {
  /** The visible label of the text field. */
  label: string
  submit: string
  initial?: string
  placeholder?: string
  busy: boolean
  onSubmit: (value: string) => Promise<boolean>
}

/** One labelled text field and its button; empties itself once the action worked. */
export function FieldForm({ label, submit, initial = '', placeholder, busy, onSubmit }: Readonly<FieldFormProps>): JSX.Element {
  const id = useId()
  const [value, setValue] = useState(initial)
  const send = (e: FormEvent): void => {
    e.preventDefault()
    const v = value.trim()
    if (!v) return
    void onSubmit(v).then((ok) => {
      if (ok && !initial) setValue('')
    })
  }
  return (
    <form className="workspace-form" onSubmit={send}>
      <label htmlFor={id}>{label}</label>
      <div className="workspace-form-row">
        <input id={id} type="text" value={value} placeholder={placeholder} onChange={(e) => setValue(e.target.value)} spellCheck={false} autoComplete="off" />
        <button type="submit" disabled={busy || !value.trim()}>
          {submit}
        </button>
      </div>
    </form>
  )
}

/** A backup file and the name of the new workspace it becomes. */
export function RestoreForm({ workspaces, suggestedName }: Readonly<{ workspaces: Workspaces; suggestedName: string }>): JSX.Element {
  const fileId = useId()
  const nameId = useId()
  const [file, setFile] = useState('')
  const [name, setName] = useState(suggestedName)
  const send = (e: FormEvent): void => {
    e.preventDefault()
    if (file.trim() && name.trim()) void workspaces.restoreBackup(file.trim(), name.trim())
  }
  return (
    <form className="workspace-form" onSubmit={send}>
      <label htmlFor={fileId}>Path to a backup file</label>
      <input id={fileId} type="text" value={file} placeholder="/home/me/backups/crosscheck-backup-2026-12-01.crosscheck" onChange={(e) => setFile(e.target.value)} spellCheck={false} autoComplete="off" />
      <label htmlFor={nameId}>Name of the restored workspace</label>
      <div className="workspace-form-row">
        <input id={nameId} type="text" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
        <button type="submit" disabled={workspaces.busy || !file.trim() || !name.trim()}>
          Restore into a new workspace
        </button>
      </div>
    </form>
  )
}

interface RecentListProps {
  recents: readonly RecentWorkspace[]
  workspaces: Workspaces
  /** A path not to offer (the one that just failed). */
  except?: string
  onOpened?: () => void
}

/** The recent workspaces: open one, or remove it from the list. */
export function RecentList({ recents, workspaces, except, onOpened }: Readonly<RecentListProps>): JSX.Element {
  const shown = recents.filter((r) => r.path !== except)
  if (shown.length === 0) return <p className="muted">No other workspace opened lately.</p>
  return (
    <ul className="workspace-recents" aria-label="Recent workspaces">
      {shown.map((r) => (
        <li key={r.path} aria-current={r.current ? 'true' : undefined}>
          <button
            type="button"
            className="workspace-recent-open"
            disabled={workspaces.busy || r.current}
            aria-label={r.current ? `${r.name} (open now)` : `Open ${r.name}`}
            onClick={() => void workspaces.open(r.path).then((ok) => ok && onOpened?.())}
          >
            <span className="workspace-recent-name">{r.name}</span>
            <span className="workspace-recent-path">{r.path}</span>
            {!r.exists && <span className="workspace-recent-missing">file missing</span>}
          </button>
          {!r.current && (
            <button type="button" className="workspace-recent-forget" disabled={workspaces.busy} aria-label={`Remove ${r.name} from the list`} title="Remove from the list (the file stays)" onClick={() => void workspaces.forget(r.path)}>
              Remove
            </button>
          )}
        </li>
      ))}
    </ul>
  )
}

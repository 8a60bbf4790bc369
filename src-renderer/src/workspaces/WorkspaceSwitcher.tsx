import { useEffect, useRef, useState, type JSX } from 'react'
import { ErrorAlert } from '../components/ErrorAlert'
import { FieldForm, RecentList } from './forms'
import { useWorkspaces, type Workspaces } from './useWorkspaces'

/** The open workspace's name in the top bar; it opens the switcher. Renders nothing on a fixed host. */
export function WorkspaceSwitcher(): JSX.Element | null {
  const workspaces = useWorkspaces()
  const [open, setOpen] = useState(false)
  const current = workspaces?.state.current
  if (!workspaces || !current) return null
  return (
    <>
      <button type="button" className="workspace-switcher-button" aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen(true)} title={current.path}>
        <span className="visually-hidden">Workspace: </span>
        {current.name}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open && <SwitcherDialog workspaces={workspaces} onClose={() => setOpen(false)} />}
    </>
  )
}

function SwitcherDialog({ workspaces, onClose }: Readonly<{ workspaces: Workspaces; onClose: () => void }>): JSX.Element {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => workspaces.clearError()
    // Once per opening: clearing on every render would hide a fresh error.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  const { state, busy, error } = workspaces
  const current = state.current
  return (
    <dialog ref={ref} className="workspace-switcher" aria-labelledby="workspace-switcher-title" onClose={onClose}>
      <h2 id="workspace-switcher-title">Workspaces</h2>
      <p className="muted">Each workspace is one file, one investigation. The command line opens the same files with <code>--db FILE</code>.</p>
      {error && <ErrorAlert title="That did not work" error={error} onDismiss={workspaces.clearError} />}
      {busy && <p role="status">Working…</p>}
      {current && (
        <section aria-labelledby="ws-this">
          <h3 id="ws-this">This workspace</h3>
          <p className="workspace-path">{current.path}</p>
          <FieldForm key={current.name} label="Name of this workspace" submit="Rename" initial={current.name} busy={busy} onSubmit={workspaces.rename} />
        </section>
      )}
      <section aria-labelledby="ws-recent">
        <h3 id="ws-recent">Switch to</h3>
        <RecentList recents={state.recents} workspaces={workspaces} onOpened={onClose} />
      </section>
      <section aria-labelledby="ws-new">
        <h3 id="ws-new">New workspace</h3>
        <FieldForm label="Name of the new workspace" submit="Create" placeholder="Harbour spill inquiry" busy={busy} onSubmit={workspaces.create} />
        <p className="muted workspace-note">Saved in {state.folder}</p>
      </section>
      <section aria-labelledby="ws-open">
        <h3 id="ws-open">Open a workspace file</h3>
        <FieldForm label="Path to a workspace file" submit="Open" placeholder="/home/me/cases/harbour.sqlite" busy={busy} onSubmit={workspaces.open} />
      </section>
      <form method="dialog" className="dialog-actions">
        <button type="submit">Close</button>
      </form>
    </dialog>
  )
}

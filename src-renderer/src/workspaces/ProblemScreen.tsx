import { useEffect, useRef, type JSX } from 'react'
import type { WayOut } from '../../../src-main/api/contract'
import { ErrorAlert } from '../components/ErrorAlert'
import { FieldForm, RecentList, RestoreForm } from './forms'
import type { Workspaces } from './useWorkspaces'

/**
 * What happened to the workspace and what to do about it, in place of the app: go back to the
 * open one, try again, open another, create one, or restore a backup. The failed file is never
 * changed by any of these.
 */
export function ProblemScreen({ workspaces }: Readonly<{ workspaces: Workspaces }>): JSX.Element {
  const { state, busy, error } = workspaces
  const { problem, current } = state
  const heading = useRef<HTMLHeadingElement>(null)
  // Focus goes to the explanation, so a keyboard or screen-reader user starts there.
  useEffect(() => heading.current?.focus(), [problem?.code, problem?.path])
  const ways = new Set<WayOut>(problem?.ways ?? ['open_another', 'create_new'])
  const fileName = problem?.path.split(/[\\/]/).pop() ?? ''
  return (
    <main className="problem-screen" aria-labelledby="problem-title">
      <h1 id="problem-title" ref={heading} tabIndex={-1}>
        {problem?.title ?? 'No workspace is open'}
      </h1>
      {problem ? (
        <>
          <p className="problem-message">{problem.message}</p>
          <p className="problem-path">
            <span className="muted">File: </span>
            {problem.path}
          </p>
          <h2>What you can do</h2>
          <ul className="problem-advice">
            {problem.advice.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
          {problem.detail && problem.detail !== problem.message && (
            <details>
              <summary>Technical detail</summary>
              <p>{problem.detail}</p>
            </details>
          )}
        </>
      ) : (
        <p>Open a workspace or create a new one.</p>
      )}
      {error && <ErrorAlert title="That did not work" error={error} onDismiss={workspaces.clearError} />}
      {busy && <p role="status">Working…</p>}
      <div className="problem-actions">
        {(current || ways.has('retry')) && (
          <div className="problem-buttons">
            {current && (
              <button type="button" className="primary" disabled={busy} onClick={() => void workspaces.dismissProblem()}>
                Back to {current.name}
              </button>
            )}
            {problem && ways.has('retry') && (
              <button type="button" disabled={busy} onClick={() => void workspaces.retry()}>
                Try again
              </button>
            )}
          </div>
        )}
        {ways.has('restore_backup') && (
          <section aria-labelledby="problem-restore">
            <h2 id="problem-restore">Restore a backup</h2>
            <p className="muted">The backup becomes a new workspace; the damaged file stays as it is.</p>
            <RestoreForm workspaces={workspaces} suggestedName={`${fileName.replace(/\.[^.]+$/u, '') || 'Workspace'} (restored)`} />
          </section>
        )}
        <section aria-labelledby="problem-open">
          <h2 id="problem-open">Open another workspace</h2>
          <RecentList recents={state.recents} workspaces={workspaces} {...(problem ? { except: problem.path } : {})} />
          <FieldForm label="Path to a workspace file" submit="Open" placeholder="/home/me/cases/harbour.sqlite" busy={busy} onSubmit={workspaces.open} />
        </section>
        <section aria-labelledby="problem-create">
          <h2 id="problem-create">Create a new workspace</h2>
          <FieldForm label="Name of the new workspace" submit="Create" placeholder="Harbour spill inquiry" busy={busy} onSubmit={workspaces.create} />
        </section>
      </div>
    </main>
  )
}

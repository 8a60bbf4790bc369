import { Fragment, type JSX, type ReactNode } from 'react'
import { ErrorAlert } from '../components/ErrorAlert'
import { ProblemScreen } from './ProblemScreen'
import { useWorkspacesState, WorkspacesContext } from './useWorkspaces'
import './workspaces.css'

/**
 * Between the window and the app: the app runs on an open workspace, keyed by its file so a
 * switch starts it afresh; without one (or after a failed open) the problem screen explains what
 * happened and offers ways out. Never a white screen.
 */
export function WorkspacesGate({ children }: Readonly<{ children: ReactNode }>): JSX.Element {
  const { loaded, reload } = useWorkspacesState()
  switch (loaded.kind) {
    case 'loading':
      return (
        <main className="workspace-gate-status">
          <p role="status">Opening the workspace…</p>
        </main>
      )
    case 'fixed':
      return <>{children}</>
    case 'failed':
      return (
        <main className="problem-screen" aria-labelledby="gate-failed-title">
          <h1 id="gate-failed-title">Crosscheck is not answering</h1>
          <ErrorAlert title="Could not reach the workspace host" error={loaded.error} onRetry={reload} />
        </main>
      )
    case 'ready': {
      const { workspaces } = loaded
      const { current, problem } = workspaces.state
      return (
        <WorkspacesContext.Provider value={workspaces}>
          {problem || !current ? <ProblemScreen workspaces={workspaces} /> : <Fragment key={current.path}>{children}</Fragment>}
        </WorkspacesContext.Provider>
      )
    }
  }
}

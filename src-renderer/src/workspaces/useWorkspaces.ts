import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import type { ApiArgs, ApiMethod, WorkspacesState } from '../../../src-main/api/contract'
import { ApiCallError, invoke, WORKSPACE_LOST } from '../api/client'

type StateMethod = Extract<ApiMethod, `workspaces-${string}`>

/** The switcher's state and actions, for the gate, the switcher and the problem screen. */
export interface Workspaces {
  state: WorkspacesState
  /** An action is under way (opening, creating...). */
  busy: boolean
  /** Why the last action failed (a name taken, a file that is no backup), until the next one. */
  error: Error | null
  open: (path: string) => Promise<boolean>
  create: (name: string) => Promise<boolean>
  rename: (name: string) => Promise<boolean>
  forget: (path: string) => Promise<boolean>
  retry: () => Promise<boolean>
  dismissProblem: () => Promise<boolean>
  restoreBackup: (backupPath: string, name: string) => Promise<boolean>
  clearError: () => void
}

export const WorkspacesContext = createContext<Workspaces | null>(null)

/** The switcher, or null where the host serves one fixed workspace. */
export function useWorkspaces(): Workspaces | null {
  return useContext(WorkspacesContext)
}

export type Loaded =
  | { kind: 'loading' }
  /** The host cannot switch (an older or single-workspace host): the app runs as before. */
  | { kind: 'fixed' }
  | { kind: 'failed'; error: Error }
  | { kind: 'ready'; workspaces: Workspaces }

/** Loads the switcher's state once, then keeps it from each action's answer. */
export function useWorkspacesState(): { loaded: Loaded; reload: () => void } {
  const [state, setState] = useState<WorkspacesState | null>(null)
  const [failure, setFailure] = useState<Error | null>(null)
  const [fixed, setFixed] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Error | null>(null)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let live = true
    invoke('workspaces-list', {}).then(
      (s) => {
        if (!live) return
        setState(s)
        setFailure(null)
      },
      (e: unknown) => {
        if (!live) return
        // A host without the switcher refuses these methods as input it cannot serve.
        if (e instanceof ApiCallError && (e.code === 'invalid_input' || e.code === 'unknown_method')) setFixed(true)
        else setFailure(e instanceof Error ? e : new Error(String(e)))
      },
    )
    return () => {
      live = false
    }
  }, [attempt])

  const run = useCallback(async <M extends StateMethod>(method: M, args: ApiArgs<M>): Promise<boolean> => {
    setBusy(true)
    setError(null)
    try {
      const next = (await invoke(method, args)) as WorkspacesState
      setState(next)
      return next.problem === null
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)))
      return false
    } finally {
      setBusy(false)
    }
  }, [])

  const workspaces = useMemo<Workspaces | null>(
    () =>
      state && {
        state,
        busy,
        error,
        open: (path) => run('workspaces-open', { path }),
        create: (name) => run('workspaces-create', { name }),
        rename: (name) => run('workspaces-rename', { name }),
        forget: (path) => run('workspaces-forget', { path }),
        retry: () => run('workspaces-retry', {}),
        dismissProblem: () => run('workspaces-dismiss-problem', {}),
        restoreBackup: (backupPath, name) => run('workspaces-restore-backup', { backupPath, name }),
        clearError: () => setError(null),
      },
    [state, busy, error, run],
  )
  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  useEffect(() => {
    window.addEventListener(WORKSPACE_LOST, reload)
    return () => window.removeEventListener(WORKSPACE_LOST, reload)
  }, [reload])
  const loaded: Loaded = workspaces
    ? { kind: 'ready', workspaces }
    : fixed
      ? { kind: 'fixed' }
      : failure
        ? { kind: 'failed', error: failure }
        : { kind: 'loading' }
  return { loaded, reload }
}

/** The workspace switcher's methods of the contract (merged into Api in src-main/api/contract.ts). */
import type { WorkspaceProblem } from './types'

export type { ProblemCode, WayOut, WorkspaceProblem } from './types'

/** The open workspace, as the switcher shows it. */
export interface WorkspaceSummary {
  path: string
  name: string
  articleCount: number
}

export interface RecentWorkspace {
  path: string
  name: string
  openedAt: string
  /** False when the file is gone (moved, deleted, a drive not connected). */
  exists: boolean
  current: boolean
}

/**
 * Where the switcher stands. `problem` is the last failed open (kept until a later open succeeds
 * or it is dismissed); `current` may still be the workspace that was open before it.
 */
export interface WorkspacesState {
  current: WorkspaceSummary | null
  problem: WorkspaceProblem | null
  recents: RecentWorkspace[]
  /** Where "create" puts a workspace given only a name. */
  folder: string
}

type NoArgs = Record<string, never>

export interface WorkspacesApi {
  /** Everything the switcher shows: current workspace, problem, recent workspaces. */
  'workspaces-list': (args: NoArgs) => WorkspacesState
  /** Only the open workspace and the problem, if any (cheap; asked at start). */
  'workspaces-current': (args: NoArgs) => Pick<WorkspacesState, 'current' | 'problem'>
  /** A new empty workspace named `name`, in the default folder unless `path` says where; then open it. */
  'workspaces-create': (args: { name: string; path?: string }) => WorkspacesState
  /** Switch to the workspace file at `path`; on failure the previous one stays open and `problem` says why. */
  'workspaces-open': (args: { path: string }) => WorkspacesState
  /** Rename the open workspace (the name is kept in its file; the file keeps its name). */
  'workspaces-rename': (args: { name: string }) => WorkspacesState
  /** Drop a workspace from the recent list (the file stays where it is). */
  'workspaces-forget': (args: { path: string }) => WorkspacesState
  /** Try the failed open again (after freeing space, reconnecting a drive, changing permissions). */
  'workspaces-retry': (args: NoArgs) => WorkspacesState
  /** Put the problem aside and go on with the open workspace. */
  'workspaces-dismiss-problem': (args: NoArgs) => WorkspacesState
  /** A new workspace named `name` holding a backup's content (checked first); the damaged file is left alone. */
  'workspaces-restore-backup': (args: { backupPath: string; name: string }) => WorkspacesState
}

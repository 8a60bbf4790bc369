/** Contract handlers of the workspaces-* methods (spread into dispatch's HANDLERS); they need no open workspace. */
import { InvalidInputError } from '../workspace'
import type { WorkspacesApi } from './contract'
import type { WorkspaceManager } from './manager'

type Handlers = {
  [M in keyof WorkspacesApi]: (
    ws: unknown,
    args: Parameters<WorkspacesApi[M]>[0],
    ctx: { workspaces?: WorkspaceManager },
  ) => ReturnType<WorkspacesApi[M]> | Promise<ReturnType<WorkspacesApi[M]>>
}

function managerOf(ctx: { workspaces?: WorkspaceManager }): WorkspaceManager {
  if (!ctx.workspaces) throw new InvalidInputError('This host serves one workspace and cannot switch.')
  return ctx.workspaces
}

export const workspacesHandlers: Handlers = {
  'workspaces-list': (_ws, _args, ctx) => managerOf(ctx).state(),
  'workspaces-current': (_ws, _args, ctx) => {
    const { current, problem } = managerOf(ctx).state()
    return { current, problem }
  },
  'workspaces-create': (_ws, { name, path }, ctx) => managerOf(ctx).create(name, path),
  'workspaces-open': (_ws, { path }, ctx) => managerOf(ctx).open(path),
  'workspaces-rename': (_ws, { name }, ctx) => managerOf(ctx).rename(name),
  'workspaces-forget': (_ws, { path }, ctx) => managerOf(ctx).forget(path),
  'workspaces-retry': (_ws, _args, ctx) => managerOf(ctx).retry(),
  'workspaces-dismiss-problem': (_ws, _args, ctx) => managerOf(ctx).dismissProblem(),
  'workspaces-restore-backup': (_ws, { backupPath, name }, ctx) => managerOf(ctx).restoreBackup(backupPath, name),
}

export function isWorkspacesMethod(method: string): boolean {
  return Object.hasOwn(workspacesHandlers, method)
}

import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { WorkerPoolParser } from '../core/ingest/worker-pool'
import { Workspace } from '../core/workspace'
import { WorkspaceManager } from '../core/workspaces/manager'
import { RecentsStore } from '../core/workspaces/recents'
import { configDir, defaultWorkspacePath, ingestWorkerFile, integrityWorkerFile, resourcesDir, searchWorkerFile, type BuildLayout } from './paths'

export interface HostWorkspaceOptions extends BuildLayout {
  path: string
  /** Import the demo corpus when the workspace file is new. */
  demo: boolean
  /** Refuse to create the file (an open, as opposed to a create). */
  mustExist?: boolean
  nativeBinding?: string
  log?: (line: string) => void
}

/** Opens a workspace for a host: parser workers beside this build, demo corpus on first start. */
export async function openHostWorkspace(options: HostWorkspaceOptions): Promise<Workspace> {
  const isNew = !existsSync(options.path)
  if (!options.mustExist) mkdirSync(dirname(options.path), { recursive: true })
  const parser = new WorkerPoolParser({ workerFile: ingestWorkerFile(options) })
  let ws: Workspace
  try {
    ws = Workspace.open(options.path, {
      parser,
      searchWorkerFile: searchWorkerFile(options),
      integrityWorkerFile: integrityWorkerFile(options),
      ...(options.mustExist ? { mustExist: true } : {}),
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    })
  } catch (error) {
    // A refused file must not leave parser workers behind.
    await parser.close()
    throw error
  }
  ws.warmUpSoon()
  if (isNew && options.demo) {
    const demo = join(resourcesDir(options), 'demo')
    const report = await ws.importPaths([demo])
    ws.markDemo()
    options.log?.(`New workspace: imported ${report.imported} demo articles from ${demo}`)
  }
  return ws
}

export interface HostWorkspacesOptions extends BuildLayout {
  /** The workspace to open at start; else the last one opened, else the default file. */
  path?: string
  demo: boolean
  nativeBinding?: string
  log?: (line: string) => void
}

/**
 * A host's workspace switcher, started on its first workspace. It always resolves: when that
 * workspace cannot be opened the host still starts, and the window explains the problem.
 */
export async function startHostWorkspaces(options: HostWorkspacesOptions): Promise<WorkspaceManager> {
  const dir = configDir()
  const recents = new RecentsStore(dir)
  const fallback = defaultWorkspacePath()
  const manager = new WorkspaceManager({
    recents,
    folder: join(dir, 'workspaces'),
    log: options.log,
    open: (path, how) =>
      openHostWorkspace({
        path,
        entryDir: options.entryDir,
        // The demo corpus only fills a brand-new workspace the host was started on.
        demo: options.demo && how.start,
        mustExist: !how.create,
        ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
        ...(options.log ? { log: options.log } : {}),
      }),
  })
  const explicit = options.path ?? (process.env['CROSSCHECK_WORKSPACE'] ? fallback : undefined)
  // The last workspace opened is not created again when it is gone: the window says it is missing.
  const last = explicit ? undefined : lastOpened(recents)
  const state = await manager.start(explicit ?? last ?? fallback, { create: last === undefined })
  if (state.problem) options.log?.(`${state.problem.title}: ${state.problem.path}. The window offers ways out.`)
  return manager
}

function lastOpened(recents: RecentsStore): string | undefined {
  try {
    return recents.last()?.path
  } catch {
    return undefined
  }
}

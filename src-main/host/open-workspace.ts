import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { WorkerPoolParser } from '../core/ingest/worker-pool'
import { Workspace } from '../core/workspace'
import { ingestWorkerFile, resourcesDir, searchWorkerFile, type BuildLayout } from './paths'

export interface HostWorkspaceOptions extends BuildLayout {
  path: string
  /** Import the demo corpus when the workspace file is new. */
  demo: boolean
  nativeBinding?: string
  log?: (line: string) => void
}

/** Opens a workspace for a host: parser workers beside this build, demo corpus on first start. */
export async function openHostWorkspace(options: HostWorkspaceOptions): Promise<Workspace> {
  const isNew = !existsSync(options.path)
  mkdirSync(dirname(options.path), { recursive: true })
  const parser = new WorkerPoolParser({ workerFile: ingestWorkerFile(options) })
  const ws = Workspace.open(options.path, {
    parser,
    searchWorkerFile: searchWorkerFile(options),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  })
  if (isNew && options.demo) {
    const demo = join(resourcesDir(options), 'demo')
    const report = await ws.importPaths([demo])
    options.log?.(`New workspace: imported ${report.imported} demo articles from ${demo}`)
  }
  return ws
}

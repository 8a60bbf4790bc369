import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

/**
 * Where the workspace lives when none is named: the same file for the desktop app, the
 * browser host and the CLI. CROSSCHECK_WORKSPACE overrides it (tests use throwaway files).
 */
export function defaultWorkspacePath(): string {
  const override = process.env['CROSSCHECK_WORKSPACE']
  if (override) return resolve(override)
  return join(appDataDir(), 'workspace.sqlite')
}

/** Matches Electron's app.getPath('userData') for an app named Crosscheck. */
export function appDataDir(): string {
  const home = homedir()
  switch (process.platform) {
    case 'win32':
      return join(process.env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), 'Crosscheck')
    case 'darwin':
      return join(home, 'Library', 'Application Support', 'Crosscheck')
    default:
      return join(process.env['XDG_CONFIG_HOME'] ?? join(home, '.config'), 'Crosscheck')
  }
}

/**
 * Where the built programs live (out/main). Shared modules are bundled into chunks one folder
 * deeper, so their own __dirname is no guide: each entry passes its own.
 */
export interface BuildLayout {
  entryDir: string
}

/** The resources/ folder: beside the build in a checkout, CROSSCHECK_RESOURCES when packaged. */
export function resourcesDir(layout: BuildLayout): string {
  return process.env['CROSSCHECK_RESOURCES'] ?? resolve(layout.entryDir, '../../resources')
}

/** The parser worker script, built beside the entries. */
export function ingestWorkerFile(layout: BuildLayout): string {
  return join(layout.entryDir, 'ingest-worker.js')
}

/** The integrity worker script (quick_check of a big workspace after it opens), built beside the entries. */
export function integrityWorkerFile(layout: BuildLayout): string {
  return join(layout.entryDir, 'integrity-worker.js')
}

/** The search worker script (index builds, merges and queries), built beside the entries. */
export function searchWorkerFile(layout: BuildLayout): string {
  return join(layout.entryDir, 'search-worker.js')
}

/**
 * Where the app keeps what spans workspaces (the recent list) and the workspaces created by
 * name. CROSSCHECK_CONFIG_DIR overrides it (tests use throwaway folders).
 */
export function configDir(): string {
  const override = process.env['CROSSCHECK_CONFIG_DIR']
  return override ? resolve(override) : appDataDir()
}

/**
 * The workspaces this person opened lately, as a small JSON file in the app's config folder (not
 * in any workspace: it spans them). A damaged list is set aside and started afresh: it only
 * remembers places, the work itself lives in the workspace files.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface RecentEntry {
  path: string
  name: string
  /** ISO time of the last open. */
  openedAt: string
}

interface RecentsFile {
  version: 1
  recents: RecentEntry[]
}

const MAX_RECENTS = 20

export class RecentsStore {
  readonly file: string

  constructor(readonly configDir: string) {
    this.file = join(configDir, 'workspaces.json')
  }

  list(): RecentEntry[] {
    return this.read().recents
  }

  /** The workspace opened last, to open again at start. */
  last(): RecentEntry | undefined {
    return this.list()[0]
  }

  /** Puts `path` first (opened just now). */
  touch(path: string, name: string, now = new Date().toISOString()): void {
    const rest = this.list().filter((e) => e.path !== path)
    this.write([{ path, name, openedAt: now }, ...rest].slice(0, MAX_RECENTS))
  }

  rename(path: string, name: string): void {
    this.write(this.list().map((e) => (e.path === path ? { ...e, name } : e)))
  }

  forget(path: string): boolean {
    const all = this.list()
    const kept = all.filter((e) => e.path !== path)
    if (kept.length !== all.length) this.write(kept)
    return kept.length !== all.length
  }

  private read(): RecentsFile {
    if (!existsSync(this.file)) return { version: 1, recents: [] }
    try {
      const data = JSON.parse(readFileSync(this.file, 'utf8')) as unknown
      if (isRecentsFile(data)) return data
    } catch {
      // fall through: set aside below
    }
    renameSync(this.file, `${this.file}.damaged-${Date.now()}`)
    return { version: 1, recents: [] }
  }

  /** Write to a temporary file, then rename: a crash never leaves half a list. */
  private write(recents: RecentEntry[]): void {
    mkdirSync(this.configDir, { recursive: true })
    const tmp = `${this.file}.${process.pid}.tmp`
    writeFileSync(tmp, JSON.stringify({ version: 1, recents } satisfies RecentsFile, null, 2))
    renameSync(tmp, this.file)
  }
}

function isRecentsFile(v: unknown): v is RecentsFile {
  if (typeof v !== 'object' || v === null || !('recents' in v) || !Array.isArray(v.recents)) return false
  return v.recents.every(
    (e: unknown) =>
      typeof e === 'object' && e !== null && 'path' in e && typeof e.path === 'string' && 'name' in e && typeof e.name === 'string' && 'openedAt' in e && typeof e.openedAt === 'string',
  )
}

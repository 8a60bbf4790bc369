/**
 * Which workspace a host has open, and switching between them. A failed open never leaves the
 * host without an answer: the previous workspace stays open (or none, at start) and the problem
 * is kept as data for the UI to explain.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve as resolvePath } from 'node:path'
import { InvalidInputError, type Workspace } from '../workspace'
import type { WorkspacesState } from './contract'
import { cleanName } from './meta'
import { classifyOpenError, describeProblem, type WorkspaceProblem } from './problems'
import type { RecentsStore } from './recents'

/** An absolute path; "~/cases/x.sqlite" as a person types it means their home folder. */
function resolve(path: string): string {
  const p = path.trim()
  return resolvePath(p === '~' || p.startsWith('~/') ? join(homedir(), p.slice(1)) : p)
}

export interface OpenHow {
  /** False when the file must already be there (open, as opposed to create). */
  create: boolean
  /** The host's first open (where a brand-new default workspace gets the demo corpus). */
  start: boolean
}

export interface WorkspaceManagerOptions {
  recents: RecentsStore
  /** Where workspaces created by name go. */
  folder: string
  open: (path: string, how: OpenHow) => Promise<Workspace>
  log?: (line: string) => void
}

export class WorkspaceManager {
  private ws: Workspace | null = null
  private problem: WorkspaceProblem | null = null
  /** Switches run one at a time; a second waits for the first. */
  private queue: Promise<unknown> = Promise.resolve()

  constructor(private readonly o: WorkspaceManagerOptions) {}

  /** The open workspace, or null when none could be opened. */
  get current(): Workspace | null {
    return this.ws
  }

  get lastProblem(): WorkspaceProblem | null {
    return this.problem
  }

  /** The first open of a host; `create` makes the file when it is not there yet (the default workspace). */
  start(path: string, { create }: { create: boolean }): Promise<WorkspacesState> {
    return this.serial(() => this.switchTo(resolve(path), { create, start: true }))
  }

  open(path: string): Promise<WorkspacesState> {
    return this.serial(() => this.switchTo(resolve(path), { create: false, start: false }))
  }

  create(name: string, path?: string): Promise<WorkspacesState> {
    return this.serial(async () => {
      const target = this.newPath(name, path)
      await this.switchTo(target, { create: true, start: false })
      if (this.ws?.path === target && !this.problem) this.renameCurrent(name)
      return this.state()
    })
  }

  retry(): Promise<WorkspacesState> {
    const p = this.problem
    if (!p) return Promise.resolve(this.state())
    return this.serial(() => this.switchTo(p.path, { create: false, start: false }))
  }

  dismissProblem(): WorkspacesState {
    this.problem = null
    return this.state()
  }

  rename(name: string): WorkspacesState {
    this.renameCurrent(name)
    return this.state()
  }

  forget(path: string): WorkspacesState {
    const target = resolve(path)
    if (this.ws?.path === target) throw new InvalidInputError('This workspace is open; switch to another before removing it from the list.')
    this.safely(() => this.o.recents.forget(target))
    if (this.problem?.path === target) this.problem = null
    return this.state()
  }

  /** A backup into a new workspace: checked by the restore itself; on failure the new file goes again. */
  restoreBackup(backupPath: string, name: string): Promise<WorkspacesState> {
    return this.serial(async () => {
      const source = resolve(backupPath)
      if (!existsSync(source)) throw new InvalidInputError(`No backup file at ${source}.`)
      const target = this.newPath(name)
      let fresh: Workspace
      try {
        fresh = await this.o.open(target, { create: true, start: false })
      } catch (error) {
        this.problem = classifyOpenError(error, target)
        return this.state()
      }
      try {
        await fresh.exports.restoreFile(source)
        fresh.rename(name)
      } catch (error) {
        await fresh.close()
        rmSync(target, { force: true })
        for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true })
        throw error
      }
      await this.adopt(fresh)
      return this.state()
    })
  }

  state(): WorkspacesState {
    const currentPath = this.ws?.path ?? null
    const recents = this.safely(() => this.o.recents.list()) ?? []
    return {
      current: this.ws ? { path: this.ws.path, name: this.ws.name(), articleCount: this.ws.info().articleCount } : null,
      problem: this.problem,
      recents: recents.map((e) => ({ ...e, exists: existsSync(e.path), current: e.path === currentPath })),
      folder: this.o.folder,
    }
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined)
    const ws = this.ws
    this.ws = null
    await ws?.close()
  }

  private async switchTo(path: string, how: OpenHow): Promise<WorkspacesState> {
    if (this.ws?.path === path) {
      this.problem = null
      return this.state()
    }
    if (!how.create && !existsSync(path)) {
      this.problem = describeProblem('missing', path)
      return this.state()
    }
    let next: Workspace
    try {
      next = await this.o.open(path, how)
    } catch (error) {
      this.problem = classifyOpenError(error, path)
      this.o.log?.(`Could not open ${path}: ${this.problem.title} (${this.problem.detail ?? this.problem.code})`)
      return this.state()
    }
    await this.adopt(next)
    return this.state()
  }

  private async adopt(next: Workspace): Promise<void> {
    const previous = this.ws
    this.ws = next
    this.problem = null
    this.safely(() => this.o.recents.touch(next.path, next.name()))
    void next.integrity.then((result) => (result === 'ok' ? undefined : this.serial(() => this.damaged(next, result))))
    await previous?.close()
  }

  /**
   * A big file's background check found damage: it closes, and the window's next call finds no
   * workspace and shows the problem screen (restore a backup, open another). Work stored so far
   * stays in the file.
   */
  private async damaged(ws: Workspace, detail: string): Promise<WorkspacesState> {
    if (this.ws !== ws) return this.state()
    this.o.log?.(`${ws.path} is damaged: ${detail}`)
    this.ws = null
    this.problem = describeProblem('corrupt', ws.path, detail)
    await ws.close()
    return this.state()
  }

  private renameCurrent(name: string): void {
    if (!this.ws) throw new InvalidInputError('No workspace is open to rename.')
    const stored = this.ws.rename(name)
    this.safely(() => this.o.recents.rename(this.ws!.path, stored))
  }

  /** Where a new workspace goes: the path given (which must not exist yet), else a file named for it. */
  private newPath(name: string, path?: string): string {
    if (path) {
      const target = resolve(path)
      if (existsSync(target)) throw new InvalidInputError(`A file already exists at ${target}. Open it instead, or choose another place.`)
      return target
    }
    const slug = cleanName(name).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/gu, '').slice(0, 60) || 'workspace'
    this.safely(() => mkdirSync(this.o.folder, { recursive: true }))
    for (let n = 1; ; n++) {
      const candidate = join(this.o.folder, `${slug}${n === 1 ? '' : `-${n}`}.sqlite`)
      if (!existsSync(candidate)) return candidate
    }
  }

  /** The recent list is a convenience: failing to write it (a read-only config folder) must not stop work. */
  private safely<T>(run: () => T): T | undefined {
    try {
      return run()
    } catch (error) {
      this.o.log?.(`Recent workspaces: ${error instanceof Error ? error.message : String(error)}`)
      return undefined
    }
  }

  private serial<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run)
    this.queue = next.catch(() => undefined)
    return next
  }
}

/**
 * Why a workspace could not be opened (or stopped saving), told the same way in the app, the
 * browser host and the CLI: what happened, and what the analyst can do about it.
 */
import { existsSync } from 'node:fs'
import { basename } from 'node:path'
import { DbCorruptError, DbForeignError, DbFromFutureError, DbNotADatabaseError, DbReadOnlyError } from '../store/errors'
import type { ProblemCode, WorkspaceProblem } from './types'

export { PROBLEM_CODES, type ProblemCode, type WayOut, type WorkspaceProblem } from './types'

/** Thrown where a problem must stop the caller (the CLI); the hosts keep it as data instead. */
export class WorkspaceProblemError extends Error {
  override name = 'WorkspaceProblemError'
  constructor(readonly problem: WorkspaceProblem) {
    super(formatProblem(problem))
  }
}

type Describe = (file: string, detail: string) => Omit<WorkspaceProblem, 'code' | 'path' | 'detail'>

const DESCRIBE: Record<ProblemCode, Describe> = {
  missing: (file) => ({
    title: 'The workspace file is missing',
    message: `There is no file at this place any more. It may have been moved, renamed or deleted, or it sits on a drive that is not connected.`,
    advice: [`Reconnect the drive or put ${file} back, then try again.`, 'Open the workspace from where it is now.', 'Or create a new workspace.'],
    ways: ['retry', 'open_another', 'create_new'],
  }),
  not_a_database: (file) => ({
    title: 'This is not a workspace file',
    message: `${file} is not a Crosscheck workspace: it is not a database at all. Crosscheck did not change it.`,
    advice: ['Open a workspace file (.sqlite) instead.', 'To bring documents in, open or create a workspace and use Import.'],
    ways: ['open_another', 'create_new'],
  }),
  corrupt: (file) => ({
    title: 'The workspace file is damaged',
    message: `${file} is damaged (SQLite's check failed), so Crosscheck will not work in it. Crosscheck did not change it.`,
    advice: [
      'Restore your latest backup into a new workspace.',
      'Keep the damaged file: an expert may still recover data from it (sqlite3 ".recover").',
      'Or open another workspace.',
    ],
    ways: ['restore_backup', 'open_another', 'create_new', 'retry'],
  }),
  foreign: (file) => ({
    title: 'This database belongs to another program',
    message: `${file} is an SQLite database, but not a Crosscheck workspace. Crosscheck left it untouched.`,
    advice: ['Open a Crosscheck workspace file instead.', 'Or create a new workspace.'],
    ways: ['open_another', 'create_new'],
  }),
  too_new: (file, detail) => ({
    title: 'Saved by a newer Crosscheck',
    message: `${file} was saved by a newer version of Crosscheck (${detail}). Opening it here could lose work, so Crosscheck did not change it.`,
    advice: ['Update Crosscheck, then open it again.', 'Or restore an older backup into a new workspace.', 'Or open another workspace.'],
    ways: ['open_another', 'restore_backup', 'create_new'],
  }),
  read_only: (file) => ({
    title: 'The workspace cannot be saved to',
    message: `${file} or its folder is read-only (permissions, a locked share, or read-only media), so Crosscheck cannot save work in it.`,
    advice: ['Copy the file to a folder you can write to, and open the copy.', 'Or change the permissions, then try again.'],
    ways: ['retry', 'open_another', 'create_new'],
  }),
  disk_full: () => ({
    title: 'The disk is full',
    message: 'There is no space left to save the workspace. The last change was not saved; everything saved before it is intact.',
    advice: ['Free some disk space, then try again.', 'Or move the workspace to a disk with more room and open it there.'],
    ways: ['retry', 'open_another'],
  }),
  unknown: (file, detail) => ({
    title: 'Crosscheck could not open the workspace',
    message: `Opening ${file} failed: ${detail}`,
    advice: ['Try again.', 'Or open another workspace, or create a new one.'],
    ways: ['retry', 'open_another', 'create_new'],
  }),
}

export function describeProblem(code: ProblemCode, path: string, detail = ''): WorkspaceProblem {
  return { code, path, ...DESCRIBE[code](basename(path), detail), ...(detail ? { detail } : {}) }
}

/** Sorts an error from opening or writing `path` into a problem; undefined when it is none of these. */
export function storageProblemCode(error: unknown, path: string): ProblemCode | undefined {
  if (error instanceof DbFromFutureError) return 'too_new'
  if (error instanceof DbForeignError) return 'foreign'
  if (error instanceof DbNotADatabaseError) return 'not_a_database'
  if (error instanceof DbCorruptError) return 'corrupt'
  if (error instanceof DbReadOnlyError) return 'read_only'
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : ''
  const message = error instanceof Error ? error.message : ''
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || /disk is full|no space left/i.test(message)) return 'disk_full'
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'read_only'
  if (code.startsWith('SQLITE_CORRUPT') || /malformed/i.test(message)) return 'corrupt'
  if (code === 'SQLITE_NOTADB') return 'not_a_database'
  if (code.startsWith('SQLITE_CANTOPEN') || /directory does not exist/i.test(message)) return existsSync(path) ? 'read_only' : 'missing'
  return undefined
}

/**
 * One paragraph for a save that SQLite refused mid-work (disk full, file turned read-only or
 * damaged): what happened and what to do. Undefined for any other error.
 */
export function storageFailureText(error: unknown, path: string): string | undefined {
  if (!(error instanceof Error) || error.name !== 'SqliteError') return undefined
  const code = storageProblemCode(error, path)
  if (!code) return undefined
  const p = describeProblem(code, path)
  return `${p.title}. ${p.message} ${p.advice.join(' ')}`
}

/** Any error from opening `path`, as a problem the analyst can act on. */
export function classifyOpenError(error: unknown, path: string): WorkspaceProblem {
  const code = storageProblemCode(error, path) ?? 'unknown'
  const message = error instanceof Error ? error.message : String(error)
  const detail = error instanceof DbFromFutureError ? `schema ${error.fileVersion}; this app knows up to ${error.appVersion}` : message
  return describeProblem(code, path, detail)
}

/** The problem as plain text: the CLI prints exactly this. */
export function formatProblem(p: WorkspaceProblem): string {
  return [`${p.title}: ${p.path}`, p.message, 'What you can do:', ...p.advice.map((a) => `  - ${a}`)].join('\n')
}

/**
 * What an error may say once it leaves the main process: a code and one plain message. Stack
 * frames and absolute paths describe this machine (user names, folder layout) and help nobody
 * reading the UI, so they are cut; the file's own name stays, as the analyst knows it.
 */
import type { ApiError } from './contract'

const MAX_MESSAGE = 600

/** "    at fn (/x/y.js:1:2)" or "at /x/y.js:1:2": a stack frame, not zod's "→ at field". */
const STACK_FRAME = /^\s*at\s.*:\d+:\d+\)?\s*$/

/** file:// URLs, POSIX absolute paths with at least one folder, Windows drive and UNC paths. */
const PATHS = [
  /file:\/\/\/?(?:[^\s'"`()<>]+\/)+([^\s'"`()<>/]*)/g,
  /(?<![\w.:/])\/(?:[^\s'"`()<>/:]+\/)+([^\s'"`()<>/:]*)/g,
  /\b[A-Za-z]:[\\/](?:[^\s'"`()<>\\/]+[\\/])+([^\s'"`()<>\\/]*)/g,
  /\\\\(?:[^\s'"`()<>\\]+\\)+([^\s'"`()<>\\]*)/g,
]

export function safeMessage(message: string): string {
  let text = message
    .split(/\r?\n/)
    .filter((line) => !STACK_FRAME.test(line))
    .join('\n')
  for (const path of PATHS) text = text.replace(path, (_whole, base: string) => (base ? `…/${base}` : '…/'))
  text = text.trim()
  if (text.length > MAX_MESSAGE) text = `${text.slice(0, MAX_MESSAGE - 1)}…`
  return text || 'Something went wrong.'
}

/** The only shape an error crosses IPC or HTTP in: exactly { code, message }, nothing else. */
export function safeApiError(code: ApiError['code'], message: string): ApiError {
  return { code, message: safeMessage(message) }
}

/** For a thrown value nobody classified: its message, cleaned; never its stack. */
export function internalError(error: unknown): ApiError {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : 'Internal error.'
  return safeApiError('internal', message)
}

import type { ImportFileResult, ImportStatus } from '../../../src-main/api/contract'
import { ApiCallError, errorText, invoke } from '../api/client'
import { formatMegabytes } from '../format'
import type { PickedFile } from './collectDropped'

/** One line of the import report. `skipped`: never sent, because the import was cancelled. */
export type ImportRow = Omit<ImportFileResult, 'status'> & { status: ImportStatus | 'skipped' }

/** Thrown when the host is gone, so the rest of the batch stops instead of failing one by one. */
export class HostLostError extends Error {
  override name = 'HostLostError'
}

/**
 * Send one file to the host. Files over the limit are refused unread; every other problem
 * becomes a failed row with a reason a person can act on.
 */
export async function importOne(picked: PickedFile, maxBytes: number | null): Promise<ImportRow> {
  const { file, name } = picked
  if (file === null) return failed(name, picked.problem ?? 'Could not read this file')
  if (maxBytes !== null && file.size > maxBytes) {
    return failed(name, `File is ${formatMegabytes(file.size)}; the limit for one article is ${formatMegabytes(maxBytes)}`)
  }
  let data: Uint8Array
  try {
    data = new Uint8Array(await file.arrayBuffer())
  } catch (error) {
    return failed(name, `Could not read this file from disk: ${errorText(error)}`)
  }
  try {
    return await invoke('import-file', { name, data })
  } catch (error) {
    if (error instanceof ApiCallError && error.code === 'unreachable') throw new HostLostError(error.message)
    return failed(name, errorText(error))
  }
}

export function failed(file: string, error: string): ImportRow {
  return { file, status: 'failed', articleId: null, duplicateOf: null, error, warnings: [] }
}

export function skipped(file: string, why: string): ImportRow {
  return { file, status: 'skipped', articleId: null, duplicateOf: null, error: why, warnings: [] }
}

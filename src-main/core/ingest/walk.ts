import { readdir, realpath, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'

/** Extensions picked up when walking a folder; a file named explicitly is always tried. */
export const IMPORTABLE_EXTENSIONS = new Set([
  '.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml',
  '.pdf', '.docx', '.eml', '.jsonl', '.ndjson', '.json', '.csv', '.tsv',
])

export interface FoundFile {
  file: string
  /** Set when the path could not be walked (missing, unreadable, a loop). */
  error: string | null
}

/**
 * Lists the files to import from the given paths: folders recursively, in name order, hidden
 * entries skipped, each real folder visited once so symlink loops end.
 */
export async function findImportFiles(paths: readonly string[]): Promise<FoundFile[]> {
  const out: FoundFile[] = []
  const seenDirs = new Set<string>()
  for (const p of paths) await visit(p, true, out, seenDirs)
  return out
}

async function visit(path: string, explicit: boolean, out: FoundFile[], seenDirs: Set<string>): Promise<void> {
  let info
  try {
    info = await stat(path)
  } catch (error) {
    out.push({ file: path, error: describeFsError(error) })
    return
  }
  if (info.isDirectory()) {
    let real: string
    try {
      real = await realpath(path)
    } catch (error) {
      out.push({ file: path, error: describeFsError(error) })
      return
    }
    if (seenDirs.has(real)) return
    seenDirs.add(real)
    let entries: string[]
    try {
      entries = (await readdir(path)).filter((e) => !e.startsWith('.')).sort((a, b) => a.localeCompare(b))
    } catch (error) {
      out.push({ file: path, error: describeFsError(error) })
      return
    }
    for (const e of entries) await visit(join(path, e), false, out, seenDirs)
  } else if (info.isFile() && (explicit || IMPORTABLE_EXTENSIONS.has(extname(path).toLowerCase()))) {
    out.push({ file: path, error: null })
  }
}

/** A file-system error in words an analyst can act on. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code
  switch (code) {
    case 'ENOENT':
      return 'No such file or folder.'
    case 'EACCES':
    case 'EPERM':
      return 'Permission denied: Crosscheck may not read this file.'
    case 'ELOOP':
      return 'The path is a symbolic link loop.'
    case 'EISDIR':
      return 'This is a folder, not a file.'
    default:
      return `Cannot read the file (${code ?? String(error)}).`
  }
}

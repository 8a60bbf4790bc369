import { type Command, UsageError } from '../command'
import type { ImportProgress } from '../../core/workspace'

/**
 * One JSON line per stored file or record, written after its transaction committed: a script
 * (or the crash test) knows exactly which articles are in the workspace even if the run is killed.
 */
function progressLine(p: ImportProgress): string {
  const at = p.record === undefined ? {} : { record: p.record }
  return `${JSON.stringify({ stored: p.file, id: p.articleId, status: p.status, ...at, done: p.done, total: p.total })}\n`
}

export const importCommand: Command = {
  name: 'import',
  usage: 'import PATH... [--progress]',
  summary: 'import files and folders (recursively); --progress: a JSON line per stored file on stderr',
  run: async ({ ws, args, json, out }) => {
    const ndjson = args.includes('--progress')
    const paths = args.filter((a) => a !== '--progress')
    if (paths.length === 0) throw new UsageError('import needs at least one file or folder.')
    const tty = process.stderr.isTTY && !json && !ndjson
    // Ctrl-C stops after the files being read and still builds their derived data; a second one
    // ends the process at once (which the store survives too: see Workspace.catchUp).
    const abort = new AbortController()
    const onInterrupt = (): void => {
      abort.abort()
      process.stderr.write('\nCancelling: finishing the files in hand (Ctrl-C again to stop at once)…\n')
      process.once('SIGINT', () => process.exit(130))
    }
    process.once('SIGINT', onInterrupt)
    let last: ImportProgress | null = null
    // The workspace is complete when the command ends: search index included.
    ws.startSearchIndex()
    const report = await ws
      .importPaths(
        paths,
        (p) => {
          last = p
          // Pipes are written synchronously on POSIX, so a line seen is a commit done.
          if (ndjson) process.stderr.write(progressLine(p))
          else if (tty) process.stderr.write(`\rImporting ${p.done}/${p.total}`)
        },
        abort.signal,
      )
      .finally(() => process.removeListener('SIGINT', onInterrupt))
    await ws.searchIndexComplete()
    if (tty) process.stderr.write('\n')
    const cancelled = abort.signal.aborted
    if (cancelled) {
      const total = (last as ImportProgress | null)?.total ?? report.results.length
      process.stderr.write(`Import cancelled after ${report.results.length} of ${total} files; what was imported is kept.\n`)
    }
    out(cancelled ? { ...report, cancelled } : report, () =>
      [
        ...report.results.map((r) =>
          r.status === 'imported'
            ? `imported   ${r.file} (#${r.articleId})`
            : r.status === 'duplicate'
              ? `duplicate  ${r.file} (of #${r.duplicateOf})`
              : `failed     ${r.file}: ${r.error}`,
        ),
        `${report.imported} imported, ${report.duplicates} duplicates, ${report.failed} failed`,
      ].join('\n'),
    )
    return cancelled ? 130 : 0
  },
}

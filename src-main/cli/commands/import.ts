import { type Command, UsageError } from '../command'

export const importCommand: Command = {
  name: 'import',
  usage: 'import PATH...',
  summary: 'import files and folders (recursively)',
  run: async ({ ws, args, json, out }) => {
    if (args.length === 0) throw new UsageError('import needs at least one file or folder.')
    const tty = process.stderr.isTTY && !json
    const report = await ws.importPaths(args, (p) => {
      if (tty) process.stderr.write(`\rImporting ${p.done}/${p.total}`)
    })
    if (tty) process.stderr.write('\n')
    out(report, () =>
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
    return 0
  },
}

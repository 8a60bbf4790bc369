import { resolve } from 'node:path'
import { type Command, UsageError } from '../command'

/** `backup FILE`: the whole workspace in one verified file (integrity check and row counts). */
export const backupCommand: Command = {
  name: 'backup',
  usage: 'backup FILE',
  summary: 'back up the whole workspace to one file (verified)',
  run: ({ ws, args, out }) => {
    if (args.length !== 1 || !args[0]) throw new UsageError('backup needs one file name.')
    const report = ws.exports.backupToFile(resolve(args[0]))
    const rows = Object.values(report.counts).reduce((a, b) => a + b, 0)
    out(report, () => `Backed up ${report.counts['articles'] ?? 0} articles and ${report.counts['annotations'] ?? 0} annotations (${rows} rows, checked) to ${report.file}.`)
    return 0
  },
}

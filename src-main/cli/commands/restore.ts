import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { type Command, UsageError } from '../command'

/** `restore FILE`: replaces the workspace with a backup, only after the backup checked out. */
export const restoreCommand: Command = {
  name: 'restore',
  usage: 'restore FILE',
  summary: 'replace the workspace with a backup (checked first; refuses newer or damaged files)',
  run: async ({ ws, args, out }) => {
    if (args.length !== 1 || !args[0]) throw new UsageError('restore needs one file name.')
    const file = resolve(args[0])
    if (!existsSync(file)) throw new UsageError(`No such file: ${file}`)
    const report = await ws.exports.restoreFile(file)
    out(report, () => `Restored ${report.counts['articles'] ?? 0} articles and ${report.counts['annotations'] ?? 0} annotations (checked) from ${file}.`)
    return 0
  },
}

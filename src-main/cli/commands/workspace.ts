import { type Command, UsageError } from '../command'

/** `workspace [rename NAME]`: the workspace's name, file and size, the same name the app shows. */
export const workspaceCommand: Command = {
  name: 'workspace',
  usage: 'workspace [rename NAME]',
  summary: "show the workspace's name, file and article count, or rename it",
  run: ({ ws, args, out }) => {
    if (args.length > 0) {
      if (args[0] !== 'rename' || args.length !== 2 || !args[1]?.trim()) throw new UsageError('Usage: workspace rename NAME')
      ws.rename(args[1])
    }
    const { path, name, articleCount } = ws.info()
    const schemaVersion = ws.db.pragma('user_version', { simple: true }) as number
    out({ path, name, articleCount, schemaVersion }, () => `${name}\n${path}\n${articleCount} articles`)
    return 0
  },
}

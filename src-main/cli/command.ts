import type { Workspace } from '../core/workspace'

export class UsageError extends Error {
  override name = 'UsageError'
}

/** What a command gets: the open workspace, its arguments, and the output mode. */
export interface CommandContext {
  ws: Workspace
  args: string[]
  /** Options after the command name, parsed by the command itself from `args` when it has any. */
  json: boolean
  /** Print one result: JSON when --json, else the human text. */
  out: (json: unknown, human: () => string) => void
}

export interface Command {
  name: string
  /** One line for the usage text. */
  summary: string
  usage: string
  run: (ctx: CommandContext) => Promise<number> | number
}

/**
 * The crosscheck command: the same workspace facade as the app, for batch work and scripts.
 * Exit 0 on success, 1 on a user error (message on stderr, never a stack trace).
 */
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { WorkerPoolParser } from '../core/ingest/worker-pool'
import { NotFoundError, Workspace } from '../core/workspace'
import { classifyOpenError, describeProblem, storageProblemCode, WorkspaceProblemError } from '../core/workspaces/problems'
import { defaultWorkspacePath, ingestWorkerFile, searchWorkerFile } from '../host/paths'
import { UsageError } from './command'
import { COMMANDS } from './commands'

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length)) + 2
  return [
    'Usage: crosscheck [--db FILE] COMMAND [options] [--json]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)} ${c.summary}`),
    '',
    `Without --db the workspace is the desktop app's own (${defaultWorkspacePath()}).`,
  ].join('\n')
}

/** Global options may stand anywhere; everything else goes to the command. */
function splitGlobal(argv: string[]): { db: string | null; json: boolean; help: boolean; rest: string[] } {
  let db: string | null = null
  let json = false
  let help = false
  const rest: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--db') {
      db = argv[++i] ?? null
      if (db === null) throw new UsageError('--db needs a file name.')
    } else if (a.startsWith('--db=')) db = a.slice(5)
    else if (a === '--json') json = true
    else if (a === '--help' || a === '-h') help = true
    else rest.push(a)
  }
  return { db, json, help, rest }
}

async function main(argv: string[]): Promise<number> {
  const { db, json, help, rest } = splitGlobal(argv)
  const [name, ...args] = rest
  if (help || !name) {
    console.log(usage())
    return name || help ? 0 : 1
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) throw new UsageError(`Unknown command "${name}".\n\n${usage()}`)
  const path = db ? resolve(db) : defaultWorkspacePath()
  const parser = new WorkerPoolParser({ workerFile: ingestWorkerFile({ entryDir: __dirname }) })
  let ws: Workspace
  try {
    mkdirSync(dirname(path), { recursive: true })
    // Search runs in its worker (an import builds the index there, beside the claims work), loaded on first use.
    ws = Workspace.open(path, { parser, searchWorkerFile: searchWorkerFile({ entryDir: __dirname }), searchOnOpen: false })
  } catch (error) {
    await parser.close()
    // The same words the app's problem screen uses, without a stack.
    throw new WorkspaceProblemError(classifyOpenError(error, path))
  }
  try {
    return await command.run({
      ws,
      args,
      json,
      out: (value, human) => console.log(json ? JSON.stringify(value, null, 2) : human()),
    })
  } catch (error) {
    const code = error instanceof Error && error.name === 'SqliteError' ? storageProblemCode(error, path) : undefined
    throw code ? new WorkspaceProblemError(describeProblem(code, path, error instanceof Error ? error.message : '')) : error
  } finally {
    await ws.close()
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const known = error instanceof UsageError || error instanceof NotFoundError || error instanceof WorkspaceProblemError
    const message = error instanceof Error ? error.message : String(error)
    console.error(known ? message : `crosscheck: ${message}`)
    process.exitCode = 1
  },
)

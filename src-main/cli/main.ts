/**
 * The crosscheck command: the same workspace facade as the app, for batch work and scripts.
 * Exit 0 on success, 1 on a user error (message on stderr, never a stack trace).
 */
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { WorkerPoolParser } from '../core/ingest/worker-pool'
import { NotFoundError, Workspace } from '../core/workspace'
import { defaultWorkspacePath, ingestWorkerFile } from '../host/paths'
import { articleRecord, articleShowRecord } from './records'

export class UsageError extends Error {
  override name = 'UsageError'
}

const USAGE = `Usage: crosscheck [--db FILE] COMMAND [options] [--json]

Commands:
  import PATH...   import files and folders (recursively)
  articles         list the articles in the workspace
  show ID          one article with its clean and raw text

Without --db the workspace is the desktop app's own (${defaultWorkspacePath()}).`

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  const [command, ...rest] = positionals
  if (values.help || !command) {
    console.log(USAGE)
    return command || values.help ? 0 : 1
  }
  const path = values.db ? resolve(values.db) : defaultWorkspacePath()
  if (!['import', 'articles', 'show'].includes(command)) throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`)
  mkdirSync(dirname(path), { recursive: true })
  const ws = Workspace.open(path, { parser: new WorkerPoolParser({ workerFile: ingestWorkerFile({ entryDir: __dirname }) }) })
  try {
    const out = (json: unknown, human: () => string): void => {
      console.log(values.json ? JSON.stringify(json, null, 2) : human())
    }
    switch (command) {
      case 'import': {
        if (rest.length === 0) throw new UsageError('import needs at least one file or folder.')
        const tty = process.stderr.isTTY && !values.json
        const report = await ws.importPaths(rest, (p) => {
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
      }
      case 'articles': {
        const list = ws.listArticles()
        out(
          list.map((a) => articleRecord(ws, a)),
          () => list.map((a) => `${a.id}\t${a.publishedAt ?? '----------'}\t${a.outlet ?? '-'}\t${a.title}`).join('\n'),
        )
        return 0
      }
      case 'show': {
        const id = Number(rest[0])
        if (!Number.isInteger(id) || id <= 0) throw new UsageError('show needs an article id (a positive number).')
        const record = articleShowRecord(ws, id)
        out(record, () => `${record.title}\n${record.outlet ?? ''} ${record.publishedAt ?? ''}\n\n${record.text}`)
        return 0
      }
      default:
        throw new UsageError(`Unknown command "${command}".`)
    }
  } finally {
    await ws.close()
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const known = error instanceof UsageError || error instanceof NotFoundError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    const message = error instanceof Error ? error.message : String(error)
    console.error(known ? message : `crosscheck: ${message}`)
    process.exitCode = 1
  },
)

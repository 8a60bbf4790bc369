/**
 * The browser host: `npm start` runs it where no Electron binary is installed, and the
 * end-to-end tests drive it in Chromium. It serves one workspace on 127.0.0.1 only.
 */
import { randomBytes } from 'node:crypto'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { startHostWorkspaces } from '../host/open-workspace'
import { createBrowserHost } from './app'

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: process.env['CROSSCHECK_PORT'] ?? '0' },
      demo: { type: 'boolean', default: true },
      'no-demo': { type: 'boolean', default: false },
    },
  })
  // Starts even when the workspace cannot be opened: the page then explains why and offers ways out.
  const workspaces = await startHostWorkspaces({
    ...(values.db ? { path: resolve(values.db) } : {}),
    entryDir: __dirname,
    demo: values.demo && !values['no-demo'],
    log: (l) => console.log(l),
  })
  // A per-launch secret: a page elsewhere cannot guess it, so it cannot call the API.
  const token = process.env['CROSSCHECK_TOKEN'] ?? randomBytes(24).toString('base64url')
  const server = createBrowserHost({ workspaces, rendererDir: join(__dirname, '../renderer'), token })
  server.listen(Number(values.port), '127.0.0.1', () => {
    const a = server.address()
    const port = typeof a === 'object' && a ? a.port : 0
    console.log(`Workspace: ${workspaces.current?.path ?? workspaces.lastProblem?.path ?? '(none)'}`)
    console.log(`Crosscheck is running at http://127.0.0.1:${port}/?token=${token}`)
  })
  const stop = (): void => {
    server.close()
    void workspaces.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(`Crosscheck could not start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})

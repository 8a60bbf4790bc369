import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const projectRoot = resolve(__dirname, '../..')

export interface RunningHost {
  /** Origin of the host, e.g. http://127.0.0.1:41234 */
  origin: string
  /** The address a person opens: origin plus the per-launch token. */
  url: string
  token: string
  dbPath: string
  /** Everything the host printed so far. */
  output(): string
  stop(): Promise<void>
}

/**
 * Starts the built browser host on a throwaway workspace, as `npm start` would, and waits for
 * the line that announces its address (an app-emitted event, not a sleep).
 */
export async function startHost(options: { demo?: boolean; dbPath?: string } = {}): Promise<RunningHost> {
  const dir = mkdtempSync(join(tmpdir(), 'cc-e2e-'))
  const dbPath = options.dbPath ?? join(dir, 'workspace.sqlite')
  const token = randomBytes(16).toString('hex')
  const args = [join(projectRoot, 'out/main/server.js'), '--db', dbPath, '--port', '0']
  if (!options.demo) args.push('--no-demo')
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: projectRoot,
    // The recent-workspaces list and new workspaces stay in this test's own folder.
    env: { ...process.env, CROSSCHECK_TOKEN: token, CROSSCHECK_CONFIG_DIR: join(dir, 'config') },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const origin = await new Promise<string>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 30_000)
    const onData = (d: Buffer): void => {
      output += d.toString()
      const m = /running at (http:\/\/127\.0\.0\.1:\d+)\//.exec(output)
      if (m?.[1]) {
        clearTimeout(timer)
        resolvePromise(m[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)))
  })
  return {
    origin,
    url: `${origin}/?token=${token}`,
    token,
    dbPath,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await exited
      }
      if (!options.dbPath) rmSync(dir, { recursive: true, force: true })
    },
  }
}

// Helpers shared by the set-up, start and test scripts. Plain Node, no dependencies: these run
// before `npm install` has.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

export function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options, env: { ...process.env, ...options.env } })
  if (r.error) throw r.error
  return r.status ?? 1
}

export function runOrDie(cmd, args, options) {
  const status = run(cmd, args, options)
  if (status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(' ')} exited with ${status}`)
    process.exit(status)
  }
}

export function npmRun(args, options) {
  return run(npm, args, options)
}

/** True when node_modules is missing or older than the lock file. */
export function needsInstall() {
  const marker = join(root, 'node_modules', '.package-lock.json')
  if (!existsSync(marker)) return true
  return statSync(join(root, 'package-lock.json')).mtimeMs > statSync(marker).mtimeMs + 1000
}

/** Path of the Electron binary when one is installed, else null. */
export function electronBinary() {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt')
  if (!existsSync(pathFile)) return null
  const bin = join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(bin) ? bin : null
}

export function isBuilt() {
  return ['out/main/server.js', 'out/main/cli.js', 'out/main/ingest-worker.js', 'out/renderer/index.html'].every((f) =>
    existsSync(join(root, f)),
  )
}

/** mulberry32: a small seeded PRNG (32-bit arithmetic), so every benchmark corpus is the same each run. */
export function seededRandom(seed) {
  let state = seed | 0
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

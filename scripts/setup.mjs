// `npm run setup`: everything a fresh checkout needs, offline-friendly.
// 1. Install packages. Electron's own binary download is skipped here (it fails where only the
//    npm registry is reachable, and would fail the whole install); step 2 tries it separately.
// 2. Where the Electron binary can be fetched, fetch it and build better-sqlite3 for Electron's
//    ABI beside the Node build (native/electron), so the CLI and tests keep the Node one.
// 3. Build main, preload, renderer, CLI and worker.
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { electronBinary, npmRun, root, run, runOrDie } from './lib.mjs'

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const quiet = { env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } }

console.log('▸ Installing packages (Electron binary download deferred)')
runOrDie(npm, [existsSync(join(root, 'package-lock.json')) ? 'ci' : 'install', '--no-audit', '--no-fund'], quiet)

if (process.env.CROSSCHECK_SKIP_ELECTRON === '1' || process.env.CI) {
  console.log('▸ Skipping the Electron binary (CI or CROSSCHECK_SKIP_ELECTRON=1): npm start will use the browser host')
} else if (!electronBinary()) {
  console.log('▸ Trying to fetch the Electron binary (needs its download host; fine to fail offline)')
  const status = run(process.execPath, ['node_modules/electron/install.js'], { timeout: 180_000, stdio: 'pipe' })
  if (status === 0 && electronBinary()) console.log('  Electron installed: npm start opens the desktop window')
  else console.log('  Electron binary unavailable: npm start will serve Crosscheck in the browser instead')
}

if (electronBinary() && !existsSync(join(root, 'native/electron/better_sqlite3.node'))) {
  console.log("▸ Building better-sqlite3 for Electron's ABI")
  const version = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version
  const work = mkdtempSync(join(tmpdir(), 'crosscheck-sqlite-'))
  cpSync(join(root, 'node_modules/better-sqlite3'), work, { recursive: true })
  const gyp = join(root, 'node_modules/.bin/node-gyp')
  const status = run(existsSync(gyp) ? gyp : 'node-gyp', [
    'rebuild', '--release', `--target=${version}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers',
  ], { cwd: work })
  if (status === 0) {
    mkdirSync(join(root, 'native/electron'), { recursive: true })
    copyFileSync(join(work, 'build/Release/better_sqlite3.node'), join(root, 'native/electron/better_sqlite3.node'))
  } else console.log('  Could not build for Electron; the desktop window will not open the workspace. The browser host works.')
  rmSync(work, { recursive: true, force: true })
}

console.log('▸ Building')
if (npmRun(['run', 'build']) !== 0) process.exit(1)
console.log('✓ Set-up done. Start with `npm start`; test with `npm test`.')

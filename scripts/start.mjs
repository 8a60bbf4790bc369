// `npm start`: the desktop window where Electron is installed, otherwise the browser host on
// 127.0.0.1. Either opens the analyst's workspace; a first start fills it with the demo corpus.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { electronBinary, isBuilt, needsInstall, root, runOrDie } from './lib.mjs'

if (needsInstall() || !isBuilt()) runOrDie(process.execPath, [join(root, 'scripts/setup.mjs')])

const electron = process.env.CROSSCHECK_BROWSER === '1' ? null : electronBinary()
const child = electron
  ? spawn(electron, ['.'], { cwd: root, stdio: 'inherit' })
  : (console.log(
      "Electron's binary is not installed on this machine, so Crosscheck runs in the browser host.\n" +
        'Open the address below in a browser on this machine (it only listens on 127.0.0.1).',
    ),
    spawn(process.execPath, [join(root, 'out/main/server.js'), '--port', process.env.CROSSCHECK_PORT ?? '5178', ...process.argv.slice(2)], {
      cwd: root,
      stdio: 'inherit',
    }))
child.on('exit', (code) => process.exit(code ?? 0))
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))

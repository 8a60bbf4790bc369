// `npm test`: the whole suite, in the order that fails fastest. Sets up first where needed, so
// it is the only command a fresh clone needs. Ends with one "N passed, N failed" line.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { isBuilt, needsInstall, npmRun, root, runOrDie } from './lib.mjs'

const started = Date.now()
if (needsInstall() || !isBuilt()) runOrDie(process.execPath, [join(root, 'scripts/setup.mjs')])

// Not test-results/: Playwright empties that folder when it starts.
const reports = join(root, '.test-reports')
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

const steps = [
  ['typecheck', ['run', 'typecheck']],
  ['lint', ['run', 'lint']],
  ['build', ['run', 'build']],
  ['unit + integration tests', ['exec', '--', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, 'vitest.json')}`]],
  ['end-to-end tests (Chromium)', ['exec', '--', 'playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'playwright.json') }],
]

const failedSteps = []
for (const [name, args, env] of steps) {
  console.log(`\n▸ ${name}`)
  if (npmRun(args, { env: env ?? {} }) !== 0) {
    failedSteps.push(name)
    // Type, lint and build errors make the later steps meaningless.
    if (['typecheck', 'lint', 'build'].includes(name)) break
  }
}

let passed = 0
let failed = 0
let skipped = 0
const vitest = readJson(join(reports, 'vitest.json'))
if (vitest) {
  passed += vitest.numPassedTests
  failed += vitest.numFailedTests
  skipped += vitest.numPendingTests + vitest.numTodoTests
}
const pw = readJson(join(reports, 'playwright.json'))
if (pw?.stats) {
  passed += pw.stats.expected + pw.stats.flaky
  failed += pw.stats.unexpected
  skipped += pw.stats.skipped
}
const minutes = ((Date.now() - started) / 60000).toFixed(1)
console.log(`\n${failedSteps.length ? `Failed steps: ${failedSteps.join(', ')}` : 'All steps passed'} (${minutes} min)`)
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failedSteps.length || failed ? 1 : 0)

function readJson(file) {
  if (!existsSync(file)) return null
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

// `npm run bench:import [-- N]`: import N generated news-like articles (default 1,000) through
// the built CLI into a fresh workspace and report files/s. Needs `npm run build` first.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root, seededRandom } from './lib.mjs'

const n = Number(process.argv[2] ?? 1000)
const dir = mkdtempSync(join(tmpdir(), 'cc-bench-import-'))
const corpus = join(dir, 'corpus')
mkdirSync(corpus)

// Deterministic pseudo-random text: a Zipf-ish vocabulary, names and numbers, with the
// boilerplate scraped copies carry, so the cleaner does real work.
const rand = seededRandom(42)
// Function words plus a Zipf-distributed vocabulary of 4,000 invented words: news-like overlap
// between articles (a tiny vocabulary would make every article a near copy of every other).
const glue = 'the a of to in and said on for that with was as by at from it has have would'.split(' ')
const syllables = ['ka', 'lo', 'mi', 'ne', 'ra', 'su', 'te', 'vo', 'di', 'ga', 'he', 'ju', 'pa', 'ri', 'so', 'tu', 've', 'za', 'bo', 'ce']
const vocab = Array.from({ length: 4000 }, (_, i) =>
  syllables[i % 20] + syllables[Math.floor(i / 20) % 20] + (i >= 400 ? syllables[Math.floor(i / 400) % 20] : ''),
)
const word = () => (rand() < 0.45 ? glue[Math.floor(rand() * glue.length)] : vocab[Math.floor(Math.pow(rand(), 2.5) * vocab.length)])
const names = ['Ilse Brandt', 'Tomas Reinholt', 'Carla Mendt', 'Jonas Haldor', 'Mira Solberg', 'Dag Osterberg']
const pick = (a) => a[Math.floor(Math.pow(rand(), 2) * a.length)]
function sentence() {
  const len = 12 + Math.floor(rand() * 14)
  const w = Array.from({ length: len }, word)
  w[0] = w[0][0].toUpperCase() + w[0].slice(1)
  if (rand() < 0.4) w.splice(3, 0, `${Math.floor(rand() * 20000).toLocaleString('en-US')}`)
  if (rand() < 0.3) return `${w.join(' ')}, ${pick(names)} said.`
  return `${w.join(' ')}.`
}
for (let i = 0; i < n; i++) {
  const paras = Array.from({ length: 8 }, () => Array.from({ length: 4 }, sentence).join(' '))
  const body = [`Report ${i}: ${sentence().slice(0, 60)}`, `${1 + (i % 28)} October 2025`, ...paras]
  if (i % 3 === 0) body.push('Source link', 'Leave a Reply', 'Your email address will not be published. Required fields are marked *')
  const ext = i % 10 === 0 ? 'html' : 'txt'
  const text = ext === 'html' ? `<html><head><title>${body[0]}</title></head><body><nav>Home | World</nav><article>${body.slice(1).map((p) => `<p>${p}</p>`).join('')}</article><footer>© Site</footer></body></html>` : body.join('\n\n')
  writeFileSync(join(corpus, `a${String(i).padStart(5, '0')}.${ext}`), text)
}

const db = join(dir, 'bench.sqlite')
const t0 = process.hrtime.bigint()
const r = spawnSync(process.execPath, [join(root, 'out/main/cli.js'), '--db', db, 'import', corpus, '--json'], {
  encoding: 'utf8',
  maxBuffer: 1 << 28,
})
const seconds = Number(process.hrtime.bigint() - t0) / 1e9
if (r.status !== 0) {
  console.error(r.stderr)
  process.exit(1)
}
const report = JSON.parse(r.stdout)
console.log(`import ${n} generated articles (90% txt, 10% html) with the CLI on ${process.platform}`)
console.log(`  imported ${report.imported}, duplicates ${report.duplicates}, failed ${report.failed}`)
console.log(`  ${seconds.toFixed(2)} s  ->  ${(n / seconds).toFixed(1)} files/s`)
rmSync(dir, { recursive: true, force: true })

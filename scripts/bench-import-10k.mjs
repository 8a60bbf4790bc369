// `npm run bench:import-10k [-- N] [--bulk-mb M]`: import N generated files of mixed formats
// (default 10,000: txt, html, md, eml, pdf and a .jsonl export) through the built CLI into a fresh
// workspace and report files/s and the CLI's peak memory (VmHWM, workers included: they are
// threads). With --bulk-mb M it instead imports one M-MB .jsonl file, to show memory stays bounded.
// Stops the CLI once the last file is stored (derived data has its own benchmarks) unless
// --wait-derived is given. Needs `npm run build` first. Linux only for the memory figure (/proc).
import { spawn } from 'node:child_process'
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { root, seededRandom } from './lib.mjs'

const args = process.argv.slice(2)
const bulkAt = args.indexOf('--bulk-mb')
const bulkMb = bulkAt >= 0 ? Number(args[bulkAt + 1]) : 0
const n = Number(args.find((a, i) => /^\d+$/.test(a) && (bulkAt < 0 || i !== bulkAt + 1)) ?? 10000)
const dir = mkdtempSync(join(tmpdir(), 'cc-bench-10k-'))
const corpus = join(dir, 'corpus')
mkdirSync(corpus)

const rand = seededRandom(7)
const words = 'the a of to in and said on for that with was as by at from it has have would port ship crew spill harbour minister officials report tanker oil coast strait salvage fishermen ban weather divers inquiry company statement channel ferry velmora authority'.split(' ')
const pick = (a) => a[Math.floor(Math.pow(rand(), 2) * a.length)]
const sentence = () => {
  const w = Array.from({ length: 10 + Math.floor(rand() * 12) }, () => pick(words))
  w[0] = w[0][0].toUpperCase() + w[0].slice(1)
  return `${w.join(' ')} ${Math.floor(rand() * 1e6)}.`
}
const paragraphs = (k) => Array.from({ length: k }, () => Array.from({ length: 3 }, sentence).join(' '))

/** A one-page PDF with a text layer (lines wrapped to fit the page). */
function pdf(lines) {
  const wrapped = lines.flatMap((l) => l.match(/.{1,80}(\s|$)/g) ?? [l]).map((l) => l.trim().replace(/[\\()]/g, '\\$&'))
  const ops = 'BT /F1 11 Tf 13 TL 40 760 Td ' + wrapped.map((l) => `(${l}) Tj T*`).join(' ') + ' ET'
  const objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    `<< /Length ${Buffer.byteLength(ops, 'latin1')} >>\nstream\n${ops}\nendstream`]
  let out = '%PDF-1.4\n'
  const offs = objs.map((b, i) => { const o = out.length; out += `${i + 1} 0 obj\n${b}\nendobj\n`; return o })
  const xref = out.length
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n` + offs.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

let files = 0
let records = 0
if (bulkMb > 0) {
  const out = createWriteStream(join(corpus, 'export.jsonl'))
  let bytes = 0
  while (bytes < bulkMb * 1024 * 1024) {
    const line = JSON.stringify({ title: `Item ${records}: ${sentence().slice(0, 50)}`, text: paragraphs(6).join('\n\n'), url: `https://example.org/a/${records}`, date: '2025-10-01', source: 'Example Wire' }) + '\n'
    bytes += Buffer.byteLength(line)
    if (!out.write(line)) await new Promise((r) => out.once('drain', r))
    records++
  }
  await new Promise((r) => out.end(r))
  files = 1
} else {
  const bulkRecords = Math.round(n * 0.05)
  const singles = n - bulkRecords
  for (let i = 0; i < singles; i++) {
    const title = `Report ${i}: ${sentence().slice(0, 50)}`
    const body = paragraphs(6)
    const kind = i % 20
    const name = join(corpus, `a${String(i).padStart(5, '0')}`)
    if (kind < 10) writeFileSync(`${name}.txt`, [title, '3 October 2025', ...body, 'Leave a Reply'].join('\n\n'))
    else if (kind < 14) writeFileSync(`${name}.html`, `<html><head><title>${title}</title><meta property="article:published_time" content="2025-10-03"></head><body><nav>Home | World</nav><article><h1>${title}</h1>${body.map((p) => `<p>${p}</p>`).join('')}</article><footer>© Site</footer></body></html>`)
    else if (kind < 16) writeFileSync(`${name}.md`, `# ${title}\n\n${body.join('\n\n')}\n`)
    else if (kind < 18) writeFileSync(`${name}.eml`, `From: Example Wire <news@example.org>\r\nSubject: ${title}\r\nDate: Fri, 03 Oct 2025 09:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.join('\r\n\r\n')}\r\n`)
    else writeFileSync(`${name}.pdf`, pdf([title, '', ...body]))
    files++
  }
  writeFileSync(join(corpus, 'export.jsonl'), Array.from({ length: bulkRecords }, (_, i) => JSON.stringify({ title: `Bulk ${i}`, text: paragraphs(5).join('\n\n'), source: 'Example Wire' })).join('\n') + '\n')
  files++
  records = bulkRecords
}

const db = join(dir, 'bench.sqlite')
const t0 = process.hrtime.bigint()
const child = spawn(process.execPath, [join(root, 'out/main/cli.js'), '--db', db, 'import', corpus, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] })
let stdout = ''
let stderr = ''
child.stdout.on('data', (d) => (stdout += d))
child.stderr.on('data', (d) => (stderr += d))
let peakKb = 0
// Ingest ends when the last report line is stored; after that the CLI brings derived data (search,
// claims, copies) up to date, which other benchmarks measure. Both times are reported.
const expected = bulkMb > 0 ? records : n
let ingestSeconds = null
let reader = null
const poll = setInterval(() => {
  try {
    reader ??= new Database(db, { readonly: true, fileMustExist: true })
    const stored = reader.prepare('SELECT count(*) AS c FROM import_files').get().c
    if (ingestSeconds === null && stored >= expected) {
      ingestSeconds = Number(process.hrtime.bigint() - t0) / 1e9
      // Derived data (search, claims, copies) has its own benchmarks; stop here unless asked to wait.
      if (!args.includes('--wait-derived')) child.kill('SIGTERM')
    }
  } catch {
    // Not created yet.
  }
  try {
    const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
    if (m) peakKb = Math.max(peakKb, Number(m[1]))
  } catch {
    // The process has exited.
  }
}, 100)
const code = await new Promise((r) => child.on('exit', r))
clearInterval(poll)
reader?.close()
const seconds = Number(process.hrtime.bigint() - t0) / 1e9
const stopped = ingestSeconds !== null && !args.includes('--wait-derived')
if (code !== 0 && !stopped) {
  console.error(stderr)
  process.exit(1)
}
const counts = new Database(db, { readonly: true })
const report = Object.fromEntries(
  ['imported', 'duplicate', 'failed'].map((st) => [st, counts.prepare('SELECT count(*) AS c FROM import_files WHERE status = ?').get(st).c]),
)
counts.close()
report.duplicates = report.duplicate
const units = report.imported + report.duplicate + report.failed
console.log(bulkMb > 0 ? `import one ${bulkMb} MB .jsonl (${records} records) with the CLI` : `import ${n} mixed files/records (txt 50%, html 20%, md 10%, eml 10%, pdf 10% of files; ${records} records in one .jsonl) with the CLI`)
console.log(`  imported ${report.imported}, duplicates ${report.duplicates}, failed ${report.failed}`)
if (ingestSeconds !== null) console.log(`  ingest (read, parse, clean, store): ${ingestSeconds.toFixed(1)} s  ->  ${(units / ingestSeconds).toFixed(1)} files/s`)
if (!stopped) console.log(`  whole command incl. derived data: ${seconds.toFixed(1)} s  ->  ${(units / seconds).toFixed(1)} files/s`)
console.log(`  (${files} files on disk)`)
console.log(`  peak memory (VmHWM of the CLI process, parser workers included): ${(peakKb / 1024).toFixed(0)} MB`)
rmSync(dir, { recursive: true, force: true })

// `npm run bench:search [-- 1000,10000,50000]`: full-text search at scale, through the built
// search worker (out/main/search-worker.js, the code the app runs), against SQLite FTS5 on the
// same corpus. Needs `npm run build` first. Reports build time, size, cold load, p50/p95 per
// query kind, time until 100 new articles are searchable, main-thread stalls, peak RSS and the
// load average (2 cores shared: figures depend on what else runs).
import Database from 'better-sqlite3'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { root, seededRandom } from './lib.mjs'

const sizes = (process.argv[2] ?? '1000,10000,50000').split(',').map(Number)
const WORDS_PER_ARTICLE = 700
const SEGMENT = 5000 // core/search/tunables.ts SEGMENT_TARGET_DOCS
const PAGE = 25 // src-renderer/src/search/useSearch.ts PAGE: what one keystroke asks for
const workerFile = join(root, 'out/main/search-worker.js')

const rand = seededRandom(7)
// A Zipfian vocabulary: 30,000 invented words; rank r is drawn with probability ~ 1/r.
const syll = ['ka', 'lo', 'mer', 'sta', 'vin', 'dra', 'pe', 'tor', 'ul', 'bre', 'sen', 'ha', 'ri', 'gon', 'fa', 'ne', 'sko', 'lan', 'di', 'mo']
const vocab = Array.from({ length: 30000 }, (_, i) => {
  let w = ''
  let n = i + 7
  do {
    w += syll[n % syll.length]
    n = Math.floor(n / syll.length)
  } while (n > 0)
  return w
})
const stop = 'the a of to in and on for that with was as by at from it has have would is are'.split(' ')
const H = vocab.reduce((s, _, i) => s + 1 / (i + 1), 0)
const zipf = () => {
  let u = rand() * H
  for (let i = 0; i < vocab.length; i++) if ((u -= 1 / (i + 1)) <= 0) return vocab[i]
  return vocab[vocab.length - 1]
}
// Precomputed cumulative table makes zipf() fast.
const cum = []
{
  let s = 0
  for (let i = 0; i < vocab.length; i++) cum.push((s += 1 / (i + 1)))
}
const fastZipf = () => {
  const u = rand() * H
  let lo = 0
  let hi = cum.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (cum[mid] < u) lo = mid + 1
    else hi = mid
  }
  return vocab[lo]
}
void zipf
const first = ['Ilse', 'Tomas', 'Carla', 'Jonas', 'Mira', 'Dag', 'Elin', 'Nils', 'Maren', 'Ingrid', 'Pyŏng', 'Søren']
const last = ['Brandt', 'Reinholt', 'Mendt', 'Haldor', 'Solberg', 'Osterberg', 'Malmqvist', 'Aberg', 'Koll', 'Almqvist']
const outlets = Array.from({ length: 120 }, (_, i) => `${vocab[i * 7 + 50]} ${['Times', 'Courier', 'Wire', 'Ledger', 'Post'][i % 5]}`)
const pick = (a) => a[Math.floor(rand() * a.length)]
function article(i) {
  const words = []
  while (words.length < WORDS_PER_ARTICLE) {
    const r = rand()
    if (r < 0.35) words.push(pick(stop))
    else if (r < 0.37) words.push(`${pick(first)} ${pick(last)}`)
    else if (r < 0.39) words.push(rand() < 0.5 ? Math.floor(rand() * 20000).toLocaleString('en-US') : `${(rand() * 9).toFixed(1)}m`)
    else words.push(fastZipf())
    if (rand() < 0.07) words[words.length - 1] += '.'
  }
  const title = Array.from({ length: 8 }, fastZipf).join(' ')
  const day = 1 + (i % 28)
  return { title, outlet: pick(outlets), date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`, body: words.join(' ') }
}

function rpc(worker) {
  let next = 1
  const pending = new Map()
  worker.on('message', (r) => {
    const p = pending.get(r.id)
    pending.delete(r.id)
    if (r.ok) p.resolve(r.value)
    else p.reject(new Error(r.message))
  })
  return (method, ...args) =>
    new Promise((resolve, reject) => {
      const id = next++
      pending.set(id, { resolve, reject })
      worker.postMessage({ id, method, args })
    })
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]
}
let peakRss = 0
const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50)
// Main-thread stalls: how late a 10 ms timer fires while work runs in the workers.
let maxStall = 0
let lastTick = performance.now()
const stallTimer = setInterval(() => {
  const now = performance.now()
  maxStall = Math.max(maxStall, now - lastTick - 10)
  lastTick = now
}, 10)

function queriesFor() {
  const mid = () => vocab[50 + Math.floor(rand() * 2000)]
  const rare = () => vocab[5000 + Math.floor(rand() * 20000)]
  const q = { plain: [], field: [], phrase: [], prefix: [], fuzzy: [], 'typo-retry': [], number: [] }
  for (let i = 0; i < 40; i++) {
    q.plain.push(`${mid()} ${mid()}`)
    q.field.push(`title:${mid()}`)
    q.phrase.push(`"${pick(first)} ${pick(last)}"`)
    q.prefix.push(`${mid().slice(0, 4)}*`)
    q.fuzzy.push(`${rare()}~1`)
    q['typo-retry'].push(pick(['Malmquist', 'Osterburg', 'Reinhold', 'Almquist', 'Solburg']))
    q.number.push(pick(['6,700', '6 700', '4.8m', '4.8 million', '12,000', '1.5 thousand']))
  }
  return q
}
const FTS = {
  plain: (q) => q.split(' ').join(' AND '),
  field: (q) => `title:${q.slice(6)}`,
  phrase: (q) => q,
  prefix: (q) => q,
  fuzzy: null,
  'typo-retry': null,
  // unicode61 splits "6,700" into a phrase of "6" and "700": the nearest FTS5 equivalent.
  number: (q) => `"${q}"`,
}

async function runSize(n) {
  const dir = mkdtempSync(join(tmpdir(), 'cc-bench-search-'))
  const dbPath = join(dir, 'ws.sqlite')
  // Create the schema with the built CLI (runs the migrations).
  spawnSync(process.execPath, [join(root, 'out/main/cli.js'), '--db', dbPath, 'articles', '--json'], { encoding: 'utf8' })
  const db = new Database(dbPath)
  db.pragma('journal_mode = WAL')
  const insert = db.prepare(`INSERT INTO articles (title, outlet, published_at, language, source_file, format, encoding, original,
    raw_text, clean_text, content_hash, word_count, imported_at) VALUES (?, ?, ?, 'en', ?, 'txt', 'utf-8', x'', ?, ?, ?, ?, ?)`)
  const addArticles = (from, count) =>
    db.transaction(() => {
      const ids = []
      for (let i = from; i < from + count; i++) {
        const a = article(i)
        ids.push(Number(insert.run(a.title, a.outlet, a.date, `a${i}.txt`, a.body, a.body, `h${i}`, WORDS_PER_ARTICLE, '2025-01-01').lastInsertRowid))
      }
      return ids
    })()
  const ids = addArticles(0, n)
  const out = { n }

  // Build: segments built and stored by two build workers (2 cores); this thread only waits.
  peakRss = 0
  maxStall = 0
  lastTick = performance.now()
  const builders = [0, 1].map(() => new Worker(workerFile, { workerData: { dbPath, writable: true } }))
  const calls = builders.map(rpc)
  let t = performance.now()
  const chunks = []
  for (let i = 0; i < ids.length; i += SEGMENT) chunks.push(ids.slice(i, i + SEGMENT))
  await Promise.all(
    calls.map(async (call, w) => {
      for (let c = w; c < chunks.length; c += calls.length) await call('build', chunks[c])
    }),
  )
  out.buildS = (performance.now() - t) / 1000
  const sizes = db.prepare('SELECT sum(length(data)) AS core, sum(length(positions)) AS positions FROM index_segments').get()
  out.sizeMb = (sizes.core + sizes.positions) / 1e6
  out.coreMb = sizes.core / 1e6
  out.buildPeakRssMb = peakRss / 1e6
  out.buildMaxStallMs = maxStall
  await Promise.all(builders.map((b) => b.terminate()))

  // Cold load: a fresh query worker loads every persisted segment and the article facts.
  peakRss = 0
  t = performance.now()
  const qw = new Worker(workerFile, { workerData: { dbPath } })
  const q = rpc(qw)
  const init = await q('init')
  await q('search', { query: vocab[100], limit: PAGE })
  out.coldLoadMs = performance.now() - t
  out.initMs = init.loadMs
  // As the app does once started: merge the vocabulary while the analyst types.
  t = performance.now()
  await q('warm')
  out.warmMs = performance.now() - t
  // The first phrase reads the word positions (stored apart, loaded on demand).
  t = performance.now()
  await q('search', { query: `"${first[0]} ${last[0]}"`, limit: PAGE })
  out.firstPhraseMs = performance.now() - t

  // Queries, through the worker, one page as the app asks for it, with snippets and facets (total
  // counted in full, facets over every hit).
  const kinds = queriesFor()
  out.lunr = {}
  for (const [kind, list] of Object.entries(kinds)) {
    const times = []
    for (const query of list) {
      const s = performance.now()
      await q('search', { query, limit: PAGE })
      times.push(performance.now() - s)
    }
    out.lunr[kind] = { p50: pct(times, 50), p95: pct(times, 95) }
  }
  out.queryPeakRssMb = peakRss / 1e6

  // 100 new articles: stored, built as a small segment, committed, served.
  const builder = new Worker(workerFile, { workerData: { dbPath, writable: true } })
  const b = rpc(builder)
  // The articles are generated and stored first (that is the importer's work, not search's).
  const added = addArticles(n, 100)
  maxStall = 0
  lastTick = performance.now()
  t = performance.now()
  await q('refreshMeta', added)
  const seg = await b('build', added)
  out.add100BuildMs = performance.now() - t
  await q('addSegment', seg.key)
  const probe = await q('search', { query: vocab[101], limit: 1 })
  out.add100Ms = performance.now() - t
  out.add100MaxStallMs = maxStall
  void probe
  // Deleting them again: gone from results at once (the segment keeps them until a merge).
  db.prepare(`DELETE FROM articles WHERE id IN (${added.join(',')})`).run()
  t = performance.now()
  await q('removeArticles', added)
  out.delete100Ms = performance.now() - t
  await builder.terminate()
  await qw.terminate()

  // FTS5 reference on the same texts.
  t = performance.now()
  db.exec("CREATE VIRTUAL TABLE bench_fts USING fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2')")
  db.exec('INSERT INTO bench_fts (rowid, title, body) SELECT id, title, clean_text FROM articles')
  out.ftsBuildS = (performance.now() - t) / 1000
  const page = db.prepare(
    `SELECT rowid, snippet(bench_fts, 1, '[', ']', '…', 24) AS s FROM bench_fts WHERE bench_fts MATCH ? ORDER BY rank LIMIT ${PAGE}`,
  )
  const count = db.prepare('SELECT count(*) AS n FROM bench_fts WHERE bench_fts MATCH ?')
  out.fts = {}
  for (const [kind, list] of Object.entries(kinds)) {
    if (!FTS[kind]) continue
    const times = []
    for (const query of list) {
      const s = performance.now()
      try {
        const m = FTS[kind](query)
        page.all(m)
        count.get(m)
      } catch {
        /* FTS5 syntax it cannot take: timed anyway */
      }
      times.push(performance.now() - s)
    }
    out.fts[kind] = { p50: pct(times, 50), p95: pct(times, 95) }
  }
  db.close()
  if (process.env.BENCH_KEEP) console.log(`kept ${dbPath}`)
  else rmSync(dir, { recursive: true, force: true })
  return out
}

const f = (x) => (x < 10 ? x.toFixed(1) : Math.round(x).toString())
for (const n of sizes) {
  const r = await runSize(n)
  console.log(`\n== ${n.toLocaleString('en-US')} articles of ~${WORDS_PER_ARTICLE} words ==`)
  console.log(`load average at the end ${loadavg().map((x) => x.toFixed(2)).join(' ')} (2 cores)`)
  console.log(`build ${f(r.buildS)} s (2 build workers; FTS5 ${f(r.ftsBuildS)} s) · index ${f(r.sizeMb)} MB (${f(r.coreMb)} MB read at start, the rest positions) · peak RSS ${f(r.buildPeakRssMb)} MB during build`)
  console.log(`cold load to first answer ${f(r.coldLoadMs)} ms (segments+facts ${f(r.initMs)} ms) · vocabulary merge ${f(r.warmMs)} ms (in the background) · first phrase (loads positions) ${f(r.firstPhraseMs)} ms · peak RSS while querying ${f(r.queryPeakRssMb)} MB`)
  console.log(`100 new articles searchable in ${f(r.add100Ms)} ms (segment build+store ${f(r.add100BuildMs)} ms) · 100 deleted in ${f(r.delete100Ms)} ms · main thread max stall: build ${f(r.buildMaxStallMs)} ms, add ${f(r.add100MaxStallMs)} ms`)
  console.log('kind         lunr p50   lunr p95   FTS5 p50   FTS5 p95   p95 ratio')
  for (const [kind, v] of Object.entries(r.lunr)) {
    const fts = r.fts[kind]
    console.log(
      `${kind.padEnd(12)} ${f(v.p50).padStart(6)} ms ${f(v.p95).padStart(6)} ms ${fts ? `${f(fts.p50).padStart(6)} ms ${f(fts.p95).padStart(6)} ms ${(v.p95 / Math.max(fts.p95, 0.01)).toFixed(1).padStart(7)}x` : '       (no equivalent)'}`,
    )
  }
}
clearInterval(rssTimer)
clearInterval(stallTimer)

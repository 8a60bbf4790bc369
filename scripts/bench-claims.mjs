// `npm run bench:claims [-- N]`: claims quality on the labelled set (cluster pairwise precision and
// recall, conflict precision and recall, quantity normalisation accuracy), then the time to extract
// and cluster the claims of N generated articles (default 10,000) through the claims service on a
// SQLite workspace, the time for one new article to join the existing clusters, a restart (the
// clusterer's index rebuilt from stored features), listing the clusters, and windows of the claims
// list (claims-page: first and deep pages, search, sort, group, bulk ids). Prints the load average,
// since the machine may be shared.
// The TypeScript core is bundled on the fly with rolldown (installed with vite); no build needed.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'rolldown'
import { root, seededRandom } from './lib.mjs'

const n = Number(process.argv[2] ?? 10_000)
const cache = join(root, 'node_modules/.cache/bench-claims')
mkdirSync(cache, { recursive: true })
const entry = join(cache, 'entry.ts')
writeFileSync(
  entry,
  [
    `export { evaluateLabelled } from '${join(root, 'src-main/core/claims/evaluate.ts')}'`,
    `export { ClaimsService } from '${join(root, 'src-main/core/claims/service.ts')}'`,
    `export { migrate } from '${join(root, 'src-main/core/store/migrate.ts')}'`,
  ].join('\n'),
)
await build({
  input: entry,
  platform: 'node',
  external: ['better-sqlite3', 'compromise'],
  output: { file: join(cache, 'core.mjs'), format: 'esm' },
  logLevel: 'silent',
})
const { evaluateLabelled, ClaimsService, migrate } = await import(join(cache, 'core.mjs'))
const { default: Database } = await import('better-sqlite3')

const pct = (x) => `${(100 * x).toFixed(1)}%`
const labelled = JSON.parse(readFileSync(join(root, 'tests/fixtures/claims/labelled.json'), 'utf8'))
const e = evaluateLabelled(labelled)
console.log('Labelled set (tests/fixtures/claims/labelled.json):')
console.log(`  cluster pairwise precision ${pct(e.cluster.precision)}, recall ${pct(e.cluster.recall)} (${e.cluster.pairs} same-fact pairs)`)
console.log(`  conflict detection precision ${pct(e.conflicts.precision)}, recall ${pct(e.conflicts.recall)}` +
  (e.conflicts.missed.length ? `; missed ${e.conflicts.missed.join(', ')}` : '') +
  (e.conflicts.spurious.length ? `; spurious ${e.conflicts.spurious.join(', ')}` : ''))
console.log(`  quantity normalisation accuracy ${pct(e.quantities.accuracy)} (${labelled.quantities.length} cases)` +
  (e.quantities.failures.length ? `; failures: ${e.quantities.failures.join('; ')}` : ''))
console.log(`  ${labelled.articles.length} articles, ${labelled.articles.reduce((n, a) => n + a.sentences.length, 0)} labelled sentences, ` +
  `${labelled.conflicts.length} planted conflicts; sentences not suggested as claims: ${e.undetected.length}`)

const rand = seededRandom(7)
const pick = (a) => a[Math.floor(rand() * a.length)]
const syl = ['ka', 'lo', 'ven', 'tor', 'mi', 'sar', 'del', 'run', 'os', 'bra', 'qui', 'ne', 'tal', 'gor', 'fe']
const name = () => { const w = pick(syl) + pick(syl) + pick(syl); return w[0].toUpperCase() + w.slice(1) }
const things = ['containers', 'shells', 'residents', 'vessels', 'trucks', 'tonnes of grain', 'soldiers', 'homes', 'flights', 'patients']
const verbs = [['shipped', 'sent', 'delivered'], ['evacuated', 'moved', 'relocated'], ['seized', 'confiscated', 'impounded'], ['damaged', 'destroyed', 'hit']]
const filler = ['The weather in the region was mild for the season.', 'Markets were little changed on the day.', 'The report did not say who was responsible.', 'Officials declined to comment further on the matter.', 'Traffic in the capital was heavier than usual.']
const events = Array.from({ length: Math.ceil(n / 20) }, () => {
  const place = name(), org = `${name()} Agency`, person = `${name()} ${name()}`
  return Array.from({ length: 8 }, () => ({ place, org, person, thing: pick(things), verb: pick(verbs), value: 100 + Math.floor(rand() * 20000) }))
})
const outlets = Array.from({ length: 60 }, () => `${name()} ${pick(['Times', 'Post', 'Wire', 'Daily', 'News'])}`)
function sentence(f) {
  const v = rand() < 0.15 ? Math.round(f.value * (0.6 + rand() * 0.3)) : f.value
  const q = `${pick(['', 'about ', 'at least ', 'some '])}${v.toLocaleString('en-US')} ${f.thing}`
  return pick([
    () => `${f.org} ${pick(f.verb)} ${q} near ${f.place} on Tuesday, ${f.person} said.`,
    () => `According to ${f.org}, ${q} were ${pick(f.verb)} in ${f.place} this week.`,
    () => `"We ${pick(f.verb)} ${q}," ${f.person} told reporters in ${f.place}.`,
  ])()
}
const db = new Database(join(mkdtempSync(join(tmpdir(), 'cc-bench-claims-')), 'ws.sqlite'))
db.pragma('journal_mode = WAL')
db.pragma('foreign_keys = ON')
migrate(db)
const insert = db.prepare(`INSERT INTO articles (title, outlet, published_at, source_file, format, encoding, original, raw_text,
  clean_text, content_hash, word_count, imported_at) VALUES (?, ?, ?, ?, 'txt', 'utf-8', x'', ?, ?, ?, 0, '2025-01-01')`)
const article = (i) => {
  const ev = events[i % events.length]
  const paras = Array.from({ length: 6 }, () => [sentence(pick(ev)), pick(filler), sentence(pick(ev))].join(' '))
  const text = paras.join('\n\n')
  return [`Report ${i}`, pick(outlets), `2025-${String(1 + (i % 12)).padStart(2, '0')}-15`, `${i}.txt`, text, text, `h${i}-${rand()}`]
}
db.transaction(() => { for (let i = 0; i < n; i++) insert.run(...article(i)) })()

let t = performance.now()
const svc = new ClaimsService(db)
svc.backfill()
const bulkMs = performance.now() - t
const claims = db.prepare('SELECT count(*) AS n FROM claims').get().n
const clusters = db.prepare('SELECT count(DISTINCT cluster_id) AS n FROM claims').get().n
console.log(`\n${n.toLocaleString('en-US')} generated articles: ${claims.toLocaleString('en-US')} claims in ${clusters.toLocaleString('en-US')} clusters`)
console.log(`  extract + cluster + store: ${(bulkMs / 1000).toFixed(1)} s (${(n / (bulkMs / 1000)).toFixed(0)} articles/s)`)

const one = Number(insert.run(...article(n + 1)).lastInsertRowid)
t = performance.now()
svc.articlesAdded([one])
const oneMs = performance.now() - t
const joined = db.prepare('SELECT count(*) AS n FROM claims WHERE article_id = ? AND cluster_id <> id').get(one).n
console.log(`  one new article joins existing clusters: ${oneMs.toFixed(1)} ms (${joined} of its claims joined a cluster)`)

const fresh = new ClaimsService(db)
const two = Number(insert.run(...article(n + 2)).lastInsertRowid)
t = performance.now()
fresh.articlesAdded([two])
console.log(`  restart: first new article, index rebuilt from stored features first: ${(performance.now() - t).toFixed(0)} ms`)
const timed = (label, f) => {
  const start = performance.now()
  const out = f()
  console.log(`  ${label}: ${(performance.now() - start).toFixed(0)} ms${out === undefined ? '' : ` (${out})`}`)
}
timed('listing cross-source clusters with conflicts (clusters-list)', () => `${fresh.clusters().length.toLocaleString('en-US')} clusters`)
timed('outlet ledger (ledger-get)', () => `${fresh.ledger().length} outlets`)
const claimsPage = (q) => () => {
  const p = fresh.page({ limit: 200, ...q })
  return `${p.rows.length} rows of ${p.matching.toLocaleString('en-US')} matching, ${p.total.toLocaleString('en-US')} in all`
}
timed('claims page, first 200 rows with counts (claims-page)', claimsPage({}))
timed('claims page at offset 100,000', claimsPage({ offset: 100_000 }))
timed('claims page, search "containers"', claimsPage({ search: 'containers' }))
timed('claims page, sorted by independent sources', claimsPage({ sort: { column: 'clusterSources', desc: true } }))
timed('claims page, sorted by tags', claimsPage({ sort: { column: 'tags', desc: false } }))
timed('claims page, grouped by source (with group sizes)', claimsPage({ groupBy: 'source' }))
timed('claims page, grouped by cluster', claimsPage({ groupBy: 'cluster' }))
timed('every matching id for a bulk action, search "evacuated"', () => `${fresh.page({ search: 'evacuated', idsOnly: true }).ids.length} ids`)
timed('claims of one article (claims-list)', () => `${fresh.list({ articleId: 1 }).length} claims`)
const [l1, l5, l15] = loadavg()
console.log(`\nload average at the end: ${l1.toFixed(2)} ${l5.toFixed(2)} ${l15.toFixed(2)} (1/5/15 min)`)
db.close()

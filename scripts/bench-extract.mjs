// `npm run bench:extract`: article-body extraction on generated news pages with hand-made
// ground truth. Reports token-level F1 (bag of words) of Crosscheck's clean text (through the
// built CLI: import, then `show --json`) and of Readability.js on linkedom, on the same pages,
// in one run. Pages mimic real news templates: nav bars, breadcrumbs, bylines, share bars,
// inline "read more" teasers, related lists, comment sections, cookie banners, footers, and
// JSON-LD; several put the article in <div>s with no <article> element. Needs `npm run build`.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { root, seededRandom } from './lib.mjs'

const rand = seededRandom(11)
const pick = (a) => a[Math.floor(rand() * a.length)]
const subjects = ['The harbour authority', 'Salvage crews', 'The transport minister', 'Local fishermen', 'Port officials', 'A coastguard spokesperson', 'The shipping company', 'Environmental groups', 'Residents of Velmora', 'The regional council']
const verbs = ['said on Monday that', 'warned that', 'confirmed that', 'denied reports that', 'told reporters that', 'argued that', 'estimated that']
const objects = ['the ferry would be towed free at high tide', 'the channel would stay closed until Thursday', 'no fuel had leaked into the bay', 'repairs could cost more than 2 million euros', 'the inquiry would report within six weeks', 'two tugs had been sent from the northern port', 'the crew had followed every safety rule', 'catches had fallen by a third since spring']
const sentence = () => `${pick(subjects)} ${pick(verbs)} ${pick(objects)}.`
const para = () => Array.from({ length: 2 + Math.floor(rand() * 3) }, sentence).join(' ')
const teaser = () => `${pick(['Ferry', 'Harbour', 'Storm', 'Council', 'Port'])} ${pick(['row deepens', 'reopens', 'faces inquiry', 'counts cost', 'hit by delays'])}`

const templates = [
  (t, body) => `<!doctype html><html><head><title>${t} | Harbour Wire</title></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav></header>
<div class="cookie">We use cookies to improve your experience. <button>Accept all</button></div>
<main><article><h1>${t}</h1><p class="byline">By Ilse Brandt · 3 October 2025</p>
<div class="share">Share on Facebook Share on X Email</div>
${body.map((p, i) => `<p>${p}</p>${i === 1 ? `<aside class="related">Read more: ${teaser()}</aside>` : ''}`).join('\n')}
</article>
<section class="related"><h2>Related stories</h2><ul>${Array.from({ length: 5 }, () => `<li><a href="/x">${teaser()}</a></li>`).join('')}</ul></section>
<section class="comments"><h2>Leave a Reply</h2><p>Your email address will not be published. Required fields are marked *</p></section></main>
<footer>© 2025 Harbour Wire. All rights reserved. Privacy policy · Terms of use</footer></body></html>`,
  (t, body) => `<html><head><meta property="og:title" content="${t}"><script type="application/ld+json">{"@type":"NewsArticle","headline":"${t}","datePublished":"2025-10-03"}</script></head><body>
<div id="top"><div class="menu">Menu Search Subscribe Sign in</div><div class="crumbs">Home › News › Maritime</div></div>
<div class="wrap"><div class="col-main"><h1 class="headline">${t}</h1><div class="meta">Published 3 October 2025, 09:12</div>
${body.map((p) => `<div class="para">${p}</div>`).join('\n')}
<div class="tags">Tags: ferry, harbour, Velmora</div></div>
<div class="col-side"><h3>Most read</h3>${Array.from({ length: 6 }, () => `<div class="item"><a href="/y">${teaser()}</a></div>`).join('')}<div class="ad">Advertisement</div></div></div>
<div class="newsletter">Sign up for our morning briefing. Enter your email <button>Subscribe</button></div>
<div class="foot">Contact us · About us · Careers · Advertise with us</div></body></html>`,
  (t, body) => `<html><body><table><tr><td class="nav">News | Business | Weather | Contact</td></tr>
<tr><td><font size="5"><b>${t}</b></font><br>Velmora, 3 Oct 2025<br><br>${body.join('<br><br>\n')}<br><br>
<i>Copyright Velmora Courier. Reproduction prohibited.</i></td></tr>
<tr><td>Other news: ${Array.from({ length: 4 }, teaser).join(' · ')}</td></tr></table></body></html>`,
  (t, body) => `<html><head><title>${t}</title></head><body><div class="app"><div class="topbar">Live · Markets · Video · Podcasts</div>
<div class="story"><h1>${t}</h1><div class="author-box">Carla Mendt, maritime correspondent</div>
${body.map((p, i) => `<p>${p}</p>${i === 2 ? '<div class="inline-ad">Advertisement · Continue reading below</div>' : ''}`).join('\n')}
<p class="correction">This article was amended on 4 October 2025 to correct a date.</p></div>
<div class="more"><h2>More from Maritime</h2>${Array.from({ length: 4 }, () => `<div><a href="/z">${teaser()}</a><p>${sentence()}</p></div>`).join('')}</div>
<div class="social">Follow us on Facebook, Instagram and X</div></div></body></html>`,
]

const dir = mkdtempSync(join(tmpdir(), 'cc-bench-extract-'))
const pages = join(dir, 'pages')
mkdirSync(pages)
const truth = []
const N = 40
for (let i = 0; i < N; i++) {
  const title = `${teaser()} as ${pick(subjects).toLowerCase()} react (${i})`
  const body = Array.from({ length: 4 + Math.floor(rand() * 6) }, para)
  const tpl = templates[i % templates.length]
  writeFileSync(join(pages, `p${String(i).padStart(3, '0')}.html`), tpl(title, body))
  // Ground truth: the article's body paragraphs (title, byline, date and everything else excluded).
  truth.push(body.join('\n'))
}

const tokens = (s) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
function f1(predicted, expected) {
  const want = new Map()
  for (const t of tokens(expected)) want.set(t, (want.get(t) ?? 0) + 1)
  const got = tokens(predicted)
  let hit = 0
  for (const t of got) {
    const n = want.get(t) ?? 0
    if (n > 0) {
      hit++
      want.set(t, n - 1)
    }
  }
  const p = got.length ? hit / got.length : 0
  const r = tokens(expected).length ? hit / tokens(expected).length : 0
  return p + r === 0 ? 0 : (2 * p * r) / (p + r)
}

// Readability.js on linkedom (as Firefox's reader view, without a browser).
const readability = []
for (let i = 0; i < N; i++) {
  const html = (await import('node:fs')).readFileSync(join(pages, `p${String(i).padStart(3, '0')}.html`), 'utf8')
  const { document } = parseHTML(html)
  const article = new Readability(document).parse()
  readability.push(article?.textContent ?? '')
}

// Crosscheck through the built CLI.
const db = join(dir, 'x.sqlite')
const cli = (...a) => spawnSync(process.execPath, [join(root, 'out/main/cli.js'), '--db', db, ...a, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 })
const imp = cli('import', pages)
if (imp.status !== 0) {
  console.error(imp.stderr)
  process.exit(1)
}
const report = JSON.parse(imp.stdout)
const ours = []
for (const r of report.results) {
  const id = r.articleId ?? r.duplicateOf
  ours.push(id === null ? '' : JSON.parse(cli('show', String(id)).stdout).text)
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length
const oursF1 = ours.map((t, i) => f1(t, truth[i]))
const readF1 = readability.map((t, i) => f1(t, truth[i]))
console.log(`article-body extraction on ${N} generated news pages (${templates.length} templates), token-level F1 vs ground truth`)
for (let k = 0; k < templates.length; k++) {
  const idx = [...Array(N).keys()].filter((i) => i % templates.length === k)
  console.log(`  template ${k + 1}: Crosscheck ${mean(idx.map((i) => oursF1[i])).toFixed(3)}   Readability.js ${mean(idx.map((i) => readF1[i])).toFixed(3)}`)
}
console.log(`  overall:    Crosscheck ${mean(oursF1).toFixed(3)}   Readability.js ${mean(readF1).toFixed(3)}`)
rmSync(dir, { recursive: true, force: true })

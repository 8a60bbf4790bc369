/**
 * A generated folder of small news articles for crash and load tests: every article is distinct
 * (its own numbers, names and a unique token), carries claims (figures, a quote, an attribution)
 * and the shared word `crosscheckmarker`, so a search for it counts the indexed articles.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const MARKER = 'crosscheckmarker'

const PLACES = ['Harbour City', 'Northgate', 'Lakeview', 'Port Ellis', 'Milltown', 'Ashford', 'Riverside', 'Eastcliff']
const TOPICS = ['bridge repairs', 'school budget', 'flood defences', 'bus timetable', 'hospital wing', 'water rates', 'library hours']
const PEOPLE = ['Maria Okafor', 'Jon Lindqvist', 'Priya Raman', 'Tomas Novak', 'Aiko Sato', 'Lena Fischer']
const OUTLETS = ['The Daily Ledger', 'Evening Courier', 'Valley Times', 'Coast Gazette']

/** A tiny deterministic generator, so a failing run can be repeated exactly. */
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

export interface GeneratedArticle {
  title: string
  outlet: string
  date: string
  /** A word no other article holds. */
  token: string
  paragraphs: string[]
}

export function makeArticle(i: number): GeneratedArticle {
  const r = rng(i * 7919 + 17)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T
  const place = pick(PLACES)
  const topic = pick(TOPICS)
  const person = pick(PEOPLE)
  const n = 10 + Math.floor(r() * 900)
  const pct = 1 + Math.floor(r() * 40)
  const token = `tok${i.toString(36)}x${Math.floor(r() * 1e6).toString(36)}`
  const day = String(1 + (i % 28)).padStart(2, '0')
  return {
    title: `${place} council votes on ${topic} (${token})`,
    outlet: pick(OUTLETS),
    date: `2024-03-${day}`,
    token,
    paragraphs: [
      `${place} council voted on Tuesday to spend ${n} million on ${topic}, a rise of ${pct} percent on last year. The ${MARKER} record number is ${token}.`,
      `"We cannot wait another winter," said ${person}, who chairs the committee. Officials said ${n * 3} households would be affected.`,
      `Opponents argued the plan for ${topic} in ${place} was rushed. A final decision is expected in ${1 + (i % 11)} weeks.`,
    ],
  }
}

function asText(a: GeneratedArticle): string {
  return `${a.title}\n\n${a.paragraphs.join('\n\n')}\n`
}

function asHtml(a: GeneratedArticle): string {
  return `<!doctype html><html><head><title>${a.title}</title><meta property="og:site_name" content="${a.outlet}">
<meta property="article:published_time" content="${a.date}"></head><body><article><h1>${a.title}</h1>
${a.paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')}</article></body></html>\n`
}

export interface Corpus {
  dir: string
  /** Files written, in the order an import of `dir` visits them (sorted names). */
  files: string[]
  /** Articles expected once all is imported: one per single file plus one per bulk record. */
  articles: number
}

/**
 * Writes `count` single-article files (text and HTML, alternating) and, when `bulkRecords` > 0,
 * one .jsonl file holding that many more articles.
 */
export function writeCorpus(dir: string, count: number, options: { bulkRecords?: number; start?: number } = {}): Corpus {
  mkdirSync(dir, { recursive: true })
  const start = options.start ?? 0
  const files: string[] = []
  for (let i = start; i < start + count; i++) {
    const a = makeArticle(i)
    const name = `article-${String(i).padStart(5, '0')}.${i % 2 === 0 ? 'txt' : 'html'}`
    writeFileSync(join(dir, name), i % 2 === 0 ? asText(a) : asHtml(a))
    files.push(join(dir, name))
  }
  const bulk = options.bulkRecords ?? 0
  if (bulk > 0) {
    const lines: string[] = []
    for (let i = start + count; i < start + count + bulk; i++) {
      const a = makeArticle(i)
      lines.push(JSON.stringify({ title: a.title, outlet: a.outlet, date: a.date, text: a.paragraphs.join('\n\n') }))
    }
    const name = join(dir, 'zz-bulk.jsonl')
    writeFileSync(name, `${lines.join('\n')}\n`)
    files.push(name)
  }
  return { dir, files: files.sort(), articles: count + bulk }
}

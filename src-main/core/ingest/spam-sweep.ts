/**
 * The store side of workspace-learned spam (see known-spam.ts): after an import, and after the
 * analyst marks a phrase as spam, articles are swept for known phrases inserted whole into their
 * sentences. New finds become ordinary 'spam' removals: shown in the reader, restorable.
 */
import type Database from 'better-sqlite3'
import { applyRemovals, cleanToRaw } from './clean-text'
import { findKnownSpam, matchablePhrases, phraseWords, type SpamPhrase } from './known-spam'
import { rebuildCleanText } from './provenance-store'

/** Statements prepared once per connection: a sweep visits every article of an import. */
const prepared = new WeakMap<Database.Database, ReturnType<typeof prepare>>()
function prepare(db: Database.Database) {
  return {
    raw: db.prepare('SELECT raw_text AS raw FROM articles WHERE id = ?'),
    all: db.prepare('SELECT start, "end" FROM removed_spans WHERE article_id = ?'),
    active: db.prepare('SELECT start, "end" FROM removed_spans WHERE article_id = ? AND restored = 0'),
    insert: db.prepare('INSERT INTO removed_spans (article_id, kind, start, "end") VALUES (?, ?, ?, ?)'),
  }
}
function statements(db: Database.Database): ReturnType<typeof prepare> {
  let s = prepared.get(db)
  if (!s) prepared.set(db, (s = prepare(db)))
  return s
}

interface SpanText {
  id: number
  articleId: number
  restored: number
  text: string
}

/**
 * Sweeps `articleIds` with every phrase known in the workspace, and every other article that
 * holds a phrase first seen in `articleIds`. Returns the ids whose clean text changed.
 */
export function sweepKnownSpam(db: Database.Database, articleIds: readonly number[]): number[] {
  const fresh = new Set(articleIds)
  const { known, restored } = knownSpam(db)
  const phrases = matchablePhrases(known, restored)
  const changed = articleIds.filter((id) => sweepArticle(db, id, phrases))
  // Phrases known before were swept for when they were learned; only first sightings send us
  // through the older articles (a LIKE scan per phrase, so this must stay rare).
  const firstSeen = known.filter((p) => [...p.articleIds].every((id) => fresh.has(id)))
  for (const id of articlesHolding(db, firstSeen.map((p) => p.words), fresh)) if (sweepArticle(db, id, phrases)) changed.push(id)
  return changed
}

/**
 * Marks a stretch of an article's clean text as spam (the analyst's call), then sweeps the other
 * articles for the same phrase. Returns the ids whose clean text changed, this article first, or
 * null when the range holds no text.
 */
export function markSpam(db: Database.Database, articleId: number, cleanStart: number, cleanEnd: number): number[] | null {
  const article = statements(db).raw.get(articleId) as { raw: string } | undefined
  if (!article) return null
  const active = activeSpans(db, articleId)
  const { text: clean, map } = applyRemovals(article.raw, active)
  if (!clean.slice(cleanStart, cleanEnd).trim()) return null
  const { start, end } = closeUp(article.raw, cleanToRaw(map, cleanStart), cleanToRaw(map, cleanEnd))
  const words = phraseWords(article.raw.slice(start, end))
  if (words.length === 0) return null
  db.transaction(() => {
    statements(db).insert.run(articleId, 'spam', start, end)
    rebuildCleanText(db, articleId)
  })()
  // The analyst's word counts as proof enough, even for one word.
  const phrases = matchablePhrases([{ words, articles: Number.POSITIVE_INFINITY }])
  const others = articlesHolding(db, [words], new Set([articleId])).filter((id) => sweepArticle(db, id, phrases))
  return [articleId, ...others]
}

/**
 * The raw range to remove for a selected phrase: the phrase without its own edge spaces, plus the
 * spaces on one side, so "a X b" becomes "a b" and "a X." becomes "a.".
 */
export function closeUp(raw: string, from: number, to: number): { start: number; end: number } {
  let start = from
  let end = to
  while (start < end && /\s/.test(raw[start] as string)) start++
  while (end > start && /\s/.test(raw[end - 1] as string)) end--
  const spaceBefore = start > 0 && /[ \t]/.test(raw[start - 1] as string)
  if (spaceBefore && /[ \t]/.test(raw[end] ?? '')) while (/[ \t]/.test(raw[end] ?? '')) end++
  else if (spaceBefore) while (start > 0 && /[ \t]/.test(raw[start - 1] as string)) start--
  return { start, end }
}

/** Adds the known spam found in one article as removals; true when its clean text changed. */
function sweepArticle(db: Database.Database, articleId: number, phrases: ReturnType<typeof matchablePhrases>): boolean {
  if (phrases.size === 0) return false
  const st = statements(db)
  const row = st.raw.get(articleId) as { raw: string } | undefined
  if (!row) return false
  // Restored spans count as taken: the analyst said that text stays.
  const taken = st.all.all(articleId) as Array<{ start: number; end: number }>
  const found = findKnownSpam(row.raw, activeSpans(db, articleId), phrases).filter(
    (s) => !taken.some((t) => s.start < t.end && t.start < s.end),
  )
  if (found.length === 0) return false
  db.transaction(() => {
    for (const s of found) st.insert.run(articleId, 'spam', s.start, s.end)
    rebuildCleanText(db, articleId)
  })()
  return true
}

function activeSpans(db: Database.Database, articleId: number): Array<{ start: number; end: number }> {
  return statements(db).active.all(articleId) as Array<{
    start: number
    end: number
  }>
}

/** What the workspace knows of spam so far, kept per connection and brought up to date by new rows only. */
interface SpamCache {
  /** Spam spans read, up to this span id. */
  upTo: number
  /** How many, and the sum of the ids of restored ones: a fingerprint that changes when any is deleted or restored. */
  count: number
  restoredHash: number
  /** Distinct phrases of active spam, with the articles each was spliced into. */
  byPhrase: Map<string, Set<number>>
  /** Phrases the analyst restored: not spam. */
  restored: string[][]
}

const caches = new WeakMap<Database.Database, SpamCache>()

/**
 * Known spam phrases and restored ones. Every import sweeps with them, and reading every spam
 * span of a big workspace each time (1.4 million at 50,000 generated articles: 8 s) made each
 * file imported through the window wait; spans only ever get added, so the cache reads the new
 * ones, and starts over when the fingerprint of the older ones changed (a restore, a deletion).
 */
function knownSpam(db: Database.Database): { known: Array<SpamPhrase & { articleIds: ReadonlySet<number> }>; restored: string[][] } {
  let cache = caches.get(db)
  if (cache) {
    const old = db
      .prepare(`SELECT count(*) AS n, total(restored * id) AS h FROM removed_spans WHERE kind = 'spam' AND id <= ?`)
      .get(cache.upTo) as { n: number; h: number }
    if (old.n !== cache.count || old.h !== cache.restoredHash) cache = undefined
  }
  cache ??= { upTo: 0, count: 0, restoredHash: 0, byPhrase: new Map(), restored: [] }
  for (const s of spamSpanTexts(db, cache.upTo)) {
    cache.upTo = s.id
    cache.count++
    if (s.restored) {
      cache.restoredHash += s.id
      cache.restored.push(phraseWords(s.text))
      continue
    }
    const key = phraseWords(s.text).join(' ')
    if (!key) continue
    const set = cache.byPhrase.get(key)
    if (set) set.add(s.articleId)
    else cache.byPhrase.set(key, new Set([s.articleId]))
  }
  caches.set(db, cache)
  return {
    known: [...cache.byPhrase].map(([key, ids]) => ({ words: key.split(' '), articles: ids.size, articleIds: ids })),
    restored: cache.restored,
  }
}

/**
 * The text of the spam removals after span `after`. SQLite's substr counts code points where the
 * offsets are UTF-16 units, so text after an astral character comes out shifted: such a phrase
 * merely fails to match, which costs a find, never a wrong removal (matches are re-checked).
 */
function spamSpanTexts(db: Database.Database, after: number): SpanText[] {
  return db
    .prepare(
      `SELECT s.id, s.article_id AS articleId, s.restored, substr(a.raw_text, s.start + 1, s."end" - s.start) AS text
       FROM removed_spans s JOIN articles a ON a.id = s.article_id WHERE s.kind = 'spam' AND s.id > ? ORDER BY s.id`,
    )
    .all(after) as SpanText[]
}

/**
 * Articles (outside `except`) whose clean text holds one of the phrases, case-insensitively.
 * One pass over the table with every phrase in one pattern: a LIKE scan per phrase cost 14 s
 * in a 10,000-article catch-up.
 */
function articlesHolding(db: Database.Database, phrases: readonly (readonly string[])[], except: ReadonlySet<number>): number[] {
  if (phrases.length === 0) return []
  const pattern = new RegExp(phrases.map((words) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(' ')).join('|'), 'i')
  const ids: number[] = []
  for (const r of db.prepare('SELECT id, clean_text AS text FROM articles').iterate() as Iterable<{ id: number; text: string }>) {
    if (!except.has(r.id) && pattern.test(r.text)) ids.push(r.id)
  }
  return ids
}


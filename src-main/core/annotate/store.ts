/** SQL of the annotation tables (migration 0060). Plain functions over a better-sqlite3 handle. */
import type Database from 'better-sqlite3'
import type { AnchorState, Colour, ColourMeaning } from './types'

/** One annotations row joined with its article's facts. */
export interface AnnotationRow extends Omit<AnnotationRecord, 'id'> {
  id: number
  title: string
  outlet: string | null
  publishedAt: string | null
  url: string | null
}

const SELECT = `SELECT a.id, a.uuid, a.article_id AS articleId, a.exact, a.prefix, a.suffix, a.start, a."end" AS "end",
  a.state, a.score, a.colour, a.note, a.created_at AS createdAt, a.updated_at AS updatedAt,
  ar.title, ar.outlet, ar.published_at AS publishedAt, ar.url
  FROM annotations a JOIN articles ar ON ar.id = a.article_id`

export function listRows(db: Database.Database, articleId?: number): AnnotationRow[] {
  return articleId === undefined
    ? (db.prepare(`${SELECT} ORDER BY a.article_id, a.start, a.id`).all() as AnnotationRow[])
    : (db.prepare(`${SELECT} WHERE a.article_id = ? ORDER BY a.start, a.id`).all(articleId) as AnnotationRow[])
}

export function getRow(db: Database.Database, id: number): AnnotationRow | undefined {
  return db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as AnnotationRow | undefined
}

/** The row as stored, for insert (and re-insert on undo). */
export interface AnnotationRecord {
  id?: number
  uuid: string
  articleId: number
  exact: string
  prefix: string
  suffix: string
  start: number
  end: number
  state: AnchorState
  score: number
  colour: Colour
  note: string
  createdAt: string
  updatedAt: string
}

export function insertRow(db: Database.Database, r: AnnotationRecord): number {
  const info = db
    .prepare(
      `INSERT INTO annotations (id, uuid, article_id, exact, prefix, suffix, start, "end", state, score, colour, note, created_at, updated_at)
       VALUES (@id, @uuid, @articleId, @exact, @prefix, @suffix, @start, @end, @state, @score, @colour, @note, @createdAt, @updatedAt)`,
    )
    .run({ ...r, id: r.id ?? null })
  return Number(info.lastInsertRowid)
}

export function updateFields(
  db: Database.Database,
  id: number,
  f: { colour: Colour; note: string; exact: string; prefix: string; suffix: string; state: AnchorState; score: number; updatedAt: string },
): void {
  db.prepare(
    `UPDATE annotations SET colour = @colour, note = @note, exact = @exact, prefix = @prefix, suffix = @suffix,
     state = @state, score = @score, updated_at = @updatedAt WHERE id = @id`,
  ).run({ ...f, id })
}

export function moveRow(db: Database.Database, id: number, a: { start: number; end: number; state: AnchorState; score: number }): void {
  db.prepare(`UPDATE annotations SET start = @start, "end" = @end, state = @state, score = @score WHERE id = @id`).run({ ...a, id })
}

export function deleteRow(db: Database.Database, id: number): void {
  db.prepare('DELETE FROM annotations WHERE id = ?').run(id)
}

export function tagsByAnnotation(db: Database.Database): Map<number, string[]> {
  const out = new Map<number, string[]>()
  for (const r of db.prepare('SELECT annotation_id AS id, tag FROM annotation_tags ORDER BY tag').all() as Array<{ id: number; tag: string }>) {
    out.set(r.id, [...(out.get(r.id) ?? []), r.tag])
  }
  return out
}

export function claimsByAnnotation(db: Database.Database): Map<number, number[]> {
  const out = new Map<number, number[]>()
  // Links to claims that were removed since are left out (no foreign key: claims may be re-extracted).
  const hasClaims = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'claims'`).get() !== undefined
  const sql = hasClaims
    ? 'SELECT l.annotation_id AS id, l.claim_id AS claimId FROM annotation_claims l JOIN claims c ON c.id = l.claim_id ORDER BY l.claim_id'
    : 'SELECT annotation_id AS id, claim_id AS claimId FROM annotation_claims ORDER BY claim_id'
  for (const r of db.prepare(sql).all() as Array<{ id: number; claimId: number }>) out.set(r.id, [...(out.get(r.id) ?? []), r.claimId])
  return out
}

export function setTags(db: Database.Database, id: number, tags: readonly string[]): void {
  db.prepare('DELETE FROM annotation_tags WHERE annotation_id = ?').run(id)
  const add = db.prepare('INSERT OR IGNORE INTO annotation_tags (annotation_id, tag) VALUES (?, ?)')
  for (const t of tags) add.run(id, t)
}

export function setClaims(db: Database.Database, id: number, claimIds: readonly number[]): void {
  db.prepare('DELETE FROM annotation_claims WHERE annotation_id = ?').run(id)
  const add = db.prepare('INSERT OR IGNORE INTO annotation_claims (annotation_id, claim_id) VALUES (?, ?)')
  for (const c of claimIds) add.run(id, c)
}

export function getColourMeanings(db: Database.Database): ColourMeaning[] {
  return db.prepare('SELECT colour, tag FROM colour_meanings ORDER BY colour').all() as ColourMeaning[]
}

export function replaceColourMeanings(db: Database.Database, meanings: readonly ColourMeaning[]): void {
  db.prepare('DELETE FROM colour_meanings').run()
  const add = db.prepare('INSERT INTO colour_meanings (colour, tag) VALUES (?, ?)')
  for (const m of meanings) add.run(m.colour, m.tag)
}

export function cleanText(db: Database.Database, articleId: number): string | null {
  const r = db.prepare('SELECT clean_text AS text FROM articles WHERE id = ?').get(articleId) as { text: string } | undefined
  return r ? r.text : null
}

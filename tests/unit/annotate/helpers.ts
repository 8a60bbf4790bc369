import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { migrate } from '../../../src-main/core/store/migrate'

/** A migrated workspace database in a temporary folder. */
export function freshDb(): { db: Database.Database; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cc-annotate-'))
  const db = new Database(join(dir, 'ws.sqlite'))
  db.pragma('foreign_keys = ON')
  migrate(db)
  return { db, dir }
}

export function addArticle(db: Database.Database, id: number, text: string, facts: { outlet?: string; url?: string; title?: string } = {}): void {
  db.prepare(
    `INSERT INTO articles (id, title, outlet, published_at, url, source_file, format, encoding, original, raw_text, clean_text,
      content_hash, word_count, imported_at) VALUES (?, ?, ?, '2025-03-04', ?, ?, 'txt', 'utf-8', x'00', ?, ?, ?, 1, '2025-03-05')`,
  ).run(id, facts.title ?? `Article ${id}`, facts.outlet ?? 'Harbour Gazette', facts.url ?? null, `${id}.txt`, text, text, `hash-${id}`)
}

export function setCleanText(db: Database.Database, id: number, text: string): void {
  db.prepare('UPDATE articles SET clean_text = ? WHERE id = ?').run(text, id)
}

/** Invented text for the tests (no seed text). */
export const STORY = [
  'The harbour authority of Velmora said on Tuesday that twelve fishing boats were damaged when the storm reached the coast.',
  'Officials estimated the repair costs at 3.4 million crowns and promised aid to the owners within a month.',
  'A spokesperson, Ilse Marrow, added that the northern pier will stay closed until engineers have inspected it.',
  'Residents told reporters they had never seen waves that high in the bay.',
].join('\n\n')

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import {
  copyFamilies,
  copyOfArticle,
  copyOfMap,
  detectCopies,
  listCopyEdges,
  redetectCopies,
} from '../../../src-main/core/compare/copies'
import { migrate } from '../../../src-main/core/store/migrate'
import { ORIGINAL, OTHER_REPORT, REHOSTED, SPUN, UNRELATED } from './fixtures'

let db: Database.Database
afterEach(() => db?.close())

function freshDb(): Database.Database {
  db = new Database(join(mkdtempSync(join(tmpdir(), 'cc-copies-')), 'ws.sqlite'))
  db.pragma('foreign_keys = ON')
  migrate(db)
  return db
}

function add(d: Database.Database, id: number, text: string, publishedAt: string | null): void {
  d.prepare(
    `INSERT INTO articles (id, title, published_at, source_file, format, encoding, original, raw_text, clean_text,
      content_hash, word_count, imported_at) VALUES (?, ?, ?, ?, 'txt', 'utf-8', x'', ?, ?, ?, 1, '2025-01-01')`,
  ).run(id, `Article ${id}`, publishedAt, `${id}.txt`, text, text, `hash-${id}`)
}

describe('copy detection', () => {
  it('finds the re-host and the spun copy of the earliest article, and nothing else', () => {
    const d = freshDb()
    add(d, 1, SPUN, '2025-03-04')
    add(d, 2, ORIGINAL, '2025-03-02')
    add(d, 3, OTHER_REPORT, '2025-03-02')
    add(d, 4, REHOSTED, '2025-03-03')
    add(d, 5, UNRELATED, '2025-03-01')
    detectCopies(d, [1, 2, 3, 4, 5])
    // The original is the earliest-dated article, whatever the import order.
    // The spun copy (dated last) also repeats the re-host; its family's original stays article 2.
    expect(copyOfArticle(d, 1).map((c) => [c.id, c.kind]).sort()).toEqual([[2, 'spun_copy'], [4, 'spun_copy']])
    expect(copyOfArticle(d, 4)).toEqual([{ id: 2, similarity: expect.any(Number) as number, kind: 'near_duplicate' }])
    expect(copyOfArticle(d, 2)).toEqual([])
    expect(copyOfArticle(d, 3)).toEqual([])
    const map = copyOfMap(d)
    expect(map.get(1)).toBe(2)
    expect(map.get(4)).toBe(2)
    expect(map.has(2) || map.has(3) || map.has(5)).toBe(false)
    const families = copyFamilies(d)
    expect(families).toHaveLength(1)
    expect(families[0]?.originalId).toBe(2)
    expect(families[0]?.members).toEqual([1, 2, 4])
    const spunEdge = families[0]?.edges.find((e) => e.copyId === 1 && e.originalId === 2)
    expect(spunEdge?.share).toBe(1)
  })

  it('lets new imports join incrementally, indexing older articles it has not seen', () => {
    const d = freshDb()
    add(d, 1, ORIGINAL, '2025-03-02')
    add(d, 2, OTHER_REPORT, '2025-03-02')
    expect(detectCopies(d, [1, 2])).toEqual([])
    add(d, 3, SPUN, null)
    const found = detectCopies(d, [3])
    expect(found.map((e) => [e.copyId, e.originalId, e.kind])).toEqual([[3, 1, 'spun_copy']])
    // Each article is indexed once: one signature and one bucket row per band.
    expect((d.prepare('SELECT count(*) AS n FROM copy_signatures').get() as { n: number }).n).toBe(3)
  })

  it('looks again when an article text changes, and forgets deleted articles', () => {
    const d = freshDb()
    add(d, 1, ORIGINAL, '2025-03-02')
    add(d, 2, REHOSTED, '2025-03-03')
    detectCopies(d, [1, 2])
    expect(listCopyEdges(d)).toHaveLength(1)
    d.prepare('UPDATE articles SET clean_text = ? WHERE id = 2').run(UNRELATED)
    redetectCopies(d, [2])
    expect(listCopyEdges(d)).toEqual([])
    d.prepare('UPDATE articles SET clean_text = ? WHERE id = 2').run(REHOSTED)
    redetectCopies(d, [2])
    d.prepare('DELETE FROM articles WHERE id = 1').run()
    expect(listCopyEdges(d)).toEqual([])
  })

  it('never pairs empty articles with each other', () => {
    const d = freshDb()
    add(d, 1, '', null)
    add(d, 2, ' ', null)
    expect(detectCopies(d, [1, 2])).toEqual([])
  })
})

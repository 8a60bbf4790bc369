import Database from 'better-sqlite3'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InProcessParser } from '../../../src-main/core/ingest/in-process-parser'
import { ANALYZER_VERSION } from '../../../src-main/core/search/tunables'
import { Workspace } from '../../../src-main/core/workspace'

const demo = resolve(__dirname, '../../../resources/demo')
const open = (path: string): Workspace => Workspace.open(path, { parser: new InProcessParser() })
const segments = (ws: Workspace): Array<{ id: number; doc_count: number }> =>
  ws.db.prepare('SELECT id, doc_count FROM index_segments ORDER BY id').all() as Array<{ id: number; doc_count: number }>

describe('SearchService through the workspace (in-process)', () => {
  it('indexes on first search, persists, and loads instead of rebuilding on reopen', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cc-search-')), 'ws.sqlite')
    let ws = open(path)
    await ws.importPaths([demo])
    expect(segments(ws)).toEqual([]) // nothing built until search is used
    const first = await ws.search({ query: 'Grelle Bank', limit: 100 })
    expect(first.total).toBeGreaterThan(0)
    expect(first.index).toEqual({ indexed: 10, total: 10, building: false })
    const rows = segments(ws)
    expect(rows.reduce((n, r) => n + r.doc_count, 0)).toBe(10)
    await ws.close()

    ws = open(path)
    const again = await ws.search({ query: 'Grelle Bank', limit: 100 })
    expect(again.hits.map((h) => h.articleId)).toEqual(first.hits.map((h) => h.articleId))
    expect(segments(ws)).toEqual(rows)
    await ws.close()
  })

  it('makes newly imported articles searchable in a new segment', async () => {
    const ws = open(join(mkdtempSync(join(tmpdir(), 'cc-search-')), 'ws.sqlite'))
    await ws.importPaths([demo])
    expect((await ws.search({ query: 'Bericht' })).total).toBe(0)
    await ws.importPaths([resolve(__dirname, '../../fixtures/import-sample')])
    const r = await ws.search({ query: 'Kessling', limit: 200 })
    expect(r.index.indexed).toBe(r.index.total)
    expect(segments(ws).length).toBe(2)
    expect(r.total).toBeGreaterThan(10)
    await ws.close()
  })

  it('indexes notes, edits and deletions another process wrote (search_dirty) without a rebuild', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cc-search-')), 'ws.sqlite')
    let ws = open(path)
    await ws.importPaths([demo])
    await ws.search({ query: 'tanker' })
    const before = segments(ws)
    const [noted, retitled, deleted] = (ws.db.prepare('SELECT id FROM articles ORDER BY id LIMIT 3').all() as Array<{ id: number }>).map((r) => r.id)
    await ws.close()

    // What the CLI does, on its own connection, while the app is closed.
    const cli = new Database(path)
    cli
      .prepare(
        `INSERT INTO annotations (uuid, article_id, exact, prefix, suffix, start, "end", colour, note, created_at, updated_at)
         VALUES ('urn:uuid:1', ?, 'x', '', '', 0, 1, 'yellow', 'Ask the Quarvendel office', 'now', 'now')`,
      )
      .run(noted)
    cli.prepare("UPDATE articles SET title = 'Zembla harbour closes' WHERE id = ?").run(retitled)
    cli.prepare('DELETE FROM articles WHERE id = ?').run(deleted)
    cli.close()

    ws = open(path)
    const ids = async (query: string): Promise<number[]> => (await ws.search({ query, limit: 100 })).hits.map((h) => h.articleId)
    expect(await ids('notes:Quarvendel')).toEqual([noted])
    expect(await ids('title:zembla')).toEqual([retitled])
    expect(await ids('tanker')).not.toContain(deleted)
    // One small segment for the two changed articles, the old ones kept.
    expect(segments(ws)).toEqual([...before, { id: expect.any(Number) as number, doc_count: 2 }])
    expect(ws.db.prepare('SELECT count(*) AS n FROM search_dirty').get()).toEqual({ n: 0 })
    await ws.close()
  })

  it('rebuilds segments written by another analyzer version', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cc-search-')), 'ws.sqlite')
    let ws = open(path)
    await ws.importPaths([demo])
    await ws.search({ query: 'tanker' })
    ws.db.prepare('UPDATE index_segments SET analyzer = analyzer - 1').run()
    await ws.close()
    ws = open(path)
    expect((await ws.search({ query: 'tanker' })).total).toBeGreaterThan(0)
    const versions = ws.db.prepare('SELECT DISTINCT analyzer AS v FROM index_segments').all() as Array<{ v: number }>
    expect(versions).toEqual([{ v: ANALYZER_VERSION }])
    expect(segments(ws).reduce((n, r) => n + r.doc_count, 0)).toBe(10)
    await ws.close()
  })
})

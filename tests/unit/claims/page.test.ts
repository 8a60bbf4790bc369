import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import labelled from '../../fixtures/claims/labelled.json'
import type { LabelledSet } from '../../../src-main/core/claims/evaluate'
import { ClaimsService } from '../../../src-main/core/claims/service'
import { migrate } from '../../../src-main/core/store/migrate'

const set = labelled as unknown as LabelledSet

/** The claims list's window, search, sort, grouping and counts run in SQLite and agree with the full list. */
describe('ClaimsService.page', () => {
  let db: Database.Database
  let svc: ClaimsService
  beforeAll(() => {
    db = new Database(join(mkdtempSync(join(tmpdir(), 'cc-claims-page-')), 'ws.sqlite'))
    db.pragma('foreign_keys = ON')
    migrate(db)
    const insert = db.prepare(
      `INSERT INTO articles (id, title, outlet, published_at, source_file, format, encoding, original, raw_text, clean_text,
        content_hash, word_count, imported_at) VALUES (?, ?, ?, ?, ?, 'txt', 'utf-8', x'', ?, ?, ?, 1, '2025-01-01')`,
    )
    for (const a of set.articles) {
      const text = a.sentences.map((s) => s[0]).join('\n\n')
      insert.run(a.id, `Article ${a.id}`, a.outlet, `2025-05-${String(a.id).padStart(2, '0')}`, `${a.id}.txt`, text, text, `h${a.id}`)
    }
    svc = new ClaimsService(db)
    svc.backfill()
  })
  afterAll(() => db.close())

  it('pages through every claim once, with the total and match count from the store', () => {
    const all = svc.list()
    const seen: number[] = []
    for (let offset = 0; ; offset += 7) {
      const p = svc.page({ offset, limit: 7 })
      expect(p.total).toBe(all.length)
      expect(p.matching).toBe(all.length)
      if (p.rows.length === 0) break
      seen.push(...p.rows.map((r) => r.id))
    }
    expect(seen.sort((a, b) => a - b)).toEqual(all.map((c) => c.id).sort((a, b) => a - b))
  })

  it('searches text, outlet and tags with every word, and filters by review', () => {
    const tag = svc.createTag('Flood toll')
    const deaths = svc.list().filter((c) => /people died/u.test(c.text))
    svc.bulkUpdate(deaths.map((c) => c.id), { addTagIds: [tag.id], review: 'accepted' })
    const byText = svc.page({ search: 'people DIED', limit: 1000 })
    expect(byText.rows.map((r) => r.id).sort()).toEqual(deaths.map((c) => c.id).sort())
    expect(svc.page({ search: 'flood toll', limit: 1000 }).matching).toBeGreaterThanOrEqual(deaths.length)
    expect(svc.page({ search: 'Northline', limit: 1000 }).rows.every((r) => r.article.outlet === 'Northline Wire')).toBe(true)
    const accepted = svc.page({ review: 'accepted', limit: 1000 })
    expect(accepted.matching).toBe(deaths.length)
    expect(accepted.rows.every((r) => r.review === 'accepted')).toBe(true)
    // LIKE wildcards in the search are taken literally.
    expect(svc.page({ search: '%', limit: 10 }).matching).toBe(svc.list().filter((c) => c.text.includes('%')).length)
  })

  it('sorts on the host, both ways', () => {
    const up = svc.page({ sort: { column: 'clusterSources', desc: true }, limit: 1000 }).rows.map((r) => r.clusterSources)
    expect(up).toEqual([...up].sort((a, b) => b - a))
    const names = svc.page({ sort: { column: 'source', desc: false }, limit: 1000 }).rows.map((r) => r.article.outlet ?? '')
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())))
  })

  it('groups with sizes that add up, leaves folded groups out of the rows, and lists every matching id', () => {
    const p = svc.page({ groupBy: 'source', limit: 1000 })
    expect(p.groups?.reduce((n, g) => n + g.count, 0)).toBe(p.matching)
    expect(p.rows.map((r) => r.group)).toEqual(p.rows.map((r) => r.article.outlet))
    const first = p.groups![0]!
    const folded = svc.page({ groupBy: 'source', collapsed: [first.key], limit: 1000 })
    expect(folded.matching).toBe(p.matching)
    expect(folded.rows.length).toBe(p.matching - first.count)
    expect(folded.rows.some((r) => r.group === first.key)).toBe(false)
    const ids = svc.page({ search: 'residents', idsOnly: true }).ids!
    expect(ids.length).toBe(svc.page({ search: 'residents' }).matching)
    const cluster = svc.clusters()[0]!
    expect(svc.page({ clusterId: cluster.id, limit: 1000 }).rows.map((r) => r.id).sort()).toEqual([...cluster.claimIds].sort())
  })
})

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import labelled from '../../fixtures/claims/labelled.json'
import { relationFromGroups } from '../../../src-main/core/claims/copies'
import type { LabelledSet } from '../../../src-main/core/claims/evaluate'
import type { Cluster } from '../../../src-main/core/claims/types'
import { ClaimsInputError, ClaimsService } from '../../../src-main/core/claims/service'
import { migrate } from '../../../src-main/core/store/migrate'

const set = labelled as unknown as LabelledSet
let db: Database.Database

afterEach(() => db?.close())

function freshDb(): Database.Database {
  db = new Database(join(mkdtempSync(join(tmpdir(), 'cc-claims-')), 'ws.sqlite'))
  db.pragma('foreign_keys = ON')
  migrate(db)
  return db
}

function addArticle(d: Database.Database, id: number, outlet: string, text: string, publishedAt: string): void {
  d.prepare(
    `INSERT INTO articles (id, title, outlet, published_at, source_file, format, encoding, original, raw_text, clean_text,
      content_hash, word_count, imported_at) VALUES (?, ?, ?, ?, ?, 'txt', 'utf-8', x'', ?, ?, ?, 1, '2025-01-01')`,
  ).run(id, `Article ${id}`, outlet, publishedAt, `${id}.txt`, text, text, `hash-${id}`)
}

function loadSet(d: Database.Database, upTo = set.articles.length, from = 0): void {
  set.articles.slice(from, upTo).forEach((a) => addArticle(d, a.id, a.outlet, a.sentences.map((s) => s[0]).join('\n\n'), `2025-05-${String(a.id).padStart(2, '0')}`))
}

describe('ClaimsService', () => {
  it('suggests claims, groups them across sources and flags conflicts', () => {
    const d = freshDb()
    loadSet(d)
    const svc = new ClaimsService(d)
    expect(svc.backfill()).toBe(set.articles.length)
    expect(svc.backfill()).toBe(0)
    const claims = svc.list()
    expect(claims.every((c) => c.review === 'suggested' && c.status === 'unverified')).toBe(true)
    const deaths = svc.clusters().find((c) => c.conflicts.some((k) => k.quantity === 'people'))
    expect(deaths?.articleIds).toEqual(expect.arrayContaining([1, 3, 5]))
    const values = deaths?.conflicts.find((k) => k.quantity === 'people')?.values.map((v) => v.value)
    expect(values).toEqual(expect.arrayContaining([12, 9, 15]))
    expect(svc.list({ articleId: 3 }).every((c) => c.articleId === 3)).toBe(true)
  })

  it('gives a workspace from before migration 0090 its cluster summaries and stored features on first use', () => {
    db = new Database(join(mkdtempSync(join(tmpdir(), 'cc-claims-old-')), 'ws.sqlite'))
    db.pragma('foreign_keys = ON')
    migrate(db)
    loadSet(db)
    new ClaimsService(db).backfill()
    const before = new ClaimsService(db).clusters()
    // Back to what 0090 finds: no features, no summaries; the migration's dirty list names every cluster.
    db.exec(`UPDATE claims SET features = NULL; DELETE FROM claim_clusters;
      INSERT OR IGNORE INTO claim_clusters_dirty SELECT DISTINCT cluster_id FROM claims`)
    const svc = new ClaimsService(db)
    expect(svc.clusters()).toEqual(before)
    // The first claim made rebuilds the clusterer's index, computing and keeping the missing features.
    svc.create(1, { start: 0, end: 40 })
    expect(db.prepare('SELECT count(*) AS n FROM claims WHERE features IS NULL').get()).toEqual({ n: 0 })
  })

  it('takes a rejected claim out of its cluster, and a cluster of one article off the list', () => {
    const d = freshDb()
    loadSet(d, 2)
    const svc = new ClaimsService(d)
    svc.backfill()
    const cluster = svc.clusters().find((c) => c.label.includes('12 people'))!
    expect(cluster.articleIds).toEqual([1, 2])
    const fromTwo = cluster.claimIds.filter((id) => svc.get(id).articleId === 2)
    svc.bulkUpdate(fromTwo, { review: 'rejected' })
    expect(svc.clusters().find((c) => c.id === cluster.id)).toBeUndefined()
    expect(svc.get(fromTwo[0]!).clusterId).toBeNull()
    svc.bulkUpdate(fromTwo, { review: 'accepted' })
    expect(svc.clusters().find((c) => c.id === cluster.id)?.articleIds).toEqual([1, 2])
  })

  it('lets a new article join existing clusters incrementally', () => {
    const d = freshDb()
    loadSet(d, 8)
    const svc = new ClaimsService(d)
    svc.backfill()
    const before = svc.clusters().find((c) => c.articleIds.includes(8) && c.label.includes('340 containers'))
    expect(before).toBeUndefined()
    loadSet(d, 9, 8)
    svc.articlesAdded([9])
    const seized = svc.clusters().find((c) => c.articleIds.includes(8) && c.articleIds.includes(9) && c.conflicts.length > 0)
    expect(seized?.conflicts[0]?.quantity).toBe('container')
  })

  it('counts copies of one original once', () => {
    const d = freshDb()
    loadSet(d, 3)
    const svc = new ClaimsService(d)
    svc.backfill()
    const deaths = (): Cluster | undefined => svc.clusters().find((c) => c.label.includes('12 people'))
    expect(deaths()?.articleIds).toEqual([1, 2, 3])
    expect(deaths()?.independentSources).toBe(3)
    // Copy detection finds 2 is a copy of 1 later: the stored summary follows.
    d.prepare("INSERT INTO copies (copy_id, original_id, kind, similarity, share) VALUES (2, 1, 'near_duplicate', 0.95, 1)").run()
    expect(deaths()?.independentSources).toBe(2)
    expect(svc.list({ articleId: 1 }).find((c) => c.text.includes('12 people'))?.clusterSources).toBe(2)
    d.prepare('DELETE FROM copies').run()
    expect(deaths()?.independentSources).toBe(3)
    // A relation handed in (a host without copy detection) counts the same way.
    const fresh = freshDb()
    loadSet(fresh, 3)
    const grouped = new ClaimsService(fresh, () => relationFromGroups([[1, 2]]))
    grouped.backfill()
    expect(grouped.clusters().find((c) => c.label.includes('12 people'))?.independentSources).toBe(2)
  })

  it('accepts, rejects, edits, tags and sets a status; makes a claim of a selection', () => {
    const d = freshDb()
    loadSet(d, 3)
    const svc = new ClaimsService(d)
    svc.backfill()
    const [a, b] = svc.list({ articleId: 1 })
    expect(svc.update(a!.id, { review: 'accepted', status: 'corroborated' })).toMatchObject({ review: 'accepted', status: 'corroborated' })
    expect(svc.bulkUpdate([a!.id, b!.id], { review: 'rejected' })).toEqual({ updated: 2 })
    expect(svc.list({ articleId: 1 }).slice(0, 2).map((c) => c.review)).toEqual(['rejected', 'rejected'])
    const edited = svc.update(b!.id, { text: 'At least 14 people died in the flood, police said.' })
    expect(edited).toMatchObject({ edited: true, text: 'At least 14 people died in the flood, police said.' })
    expect(edited.quantities[0]).toMatchObject({ value: 14, unit: 'people' })

    const tag = svc.createTag('Casualties')
    const other = svc.createTag('Deaths', '#ff0000')
    expect(() => svc.createTag('casualties')).toThrow(ClaimsInputError)
    svc.bulkUpdate([a!.id, b!.id], { addTagIds: [tag.id] })
    svc.update(a!.id, { addTagIds: [other.id] })
    expect(svc.get(a!.id).tags).toEqual(['Casualties', 'Deaths'])
    expect(svc.updateTag(other.id, { name: 'Death toll', color: '#00ff00' })).toMatchObject({ name: 'Death toll', color: '#00ff00' })
    expect(svc.mergeTags(other.id, tag.id)).toMatchObject({ name: 'Casualties', count: 2 })
    expect(svc.get(a!.id).tags).toEqual(['Casualties'])

    const text = d.prepare('SELECT clean_text AS t FROM articles WHERE id = 3').get() as { t: string }
    const start = text.t.indexOf('Resident Lena Tamm')
    const made = svc.create(3, { start: start - 2, end: start + 40 })
    expect(made).toMatchObject({ kind: 'manual', review: 'accepted', origin: 'manual', start })
    expect(made.text.startsWith('Resident Lena Tamm')).toBe(true)
    expect(() => svc.create(3, { start: 5, end: 5 })).toThrow(ClaimsInputError)
    expect(() => svc.update(99_999, { review: 'accepted' })).toThrow(/No claim/)
  })

  it('rebuilds its index in the background after a reopen, or at once when a change comes first; the same clusters either way', async () => {
    const d = freshDb()
    loadSet(d, set.articles.length - 2)
    new ClaimsService(d).backfill()
    const later = set.articles.slice(-2)
    // Reopened three ways: warmed up fully, interrupted by the import, and cold.
    const warm = new ClaimsService(d)
    await warm.warmUp(() => new Promise((r) => setImmediate(r)))
    const interrupted = new ClaimsService(d)
    let slices = 0
    const run = (svc: ClaimsService): number[] => {
      const before = d.prepare('SELECT max(id) FROM claims').pluck().get() as number
      loadSet(d, set.articles.length, set.articles.length - 2)
      svc.articlesAdded(later.map((a) => a.id))
      const clusters = d.prepare('SELECT cluster_id FROM claims WHERE id > ? ORDER BY id').pluck().all(before) as number[]
      d.prepare('DELETE FROM claims WHERE id > ?').run(before)
      d.prepare('DELETE FROM claims_extracted WHERE article_id IN (SELECT value FROM json_each(?))').run(JSON.stringify(later.map((a) => a.id)))
      d.prepare('DELETE FROM articles WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(later.map((a) => a.id)))
      return clusters
    }
    const fromWarm = run(warm)
    let fromInterrupted: number[] = []
    await interrupted.warmUp(() => {
      // The import arrives during the warm-up: it finishes the index first.
      if (slices++ === 0) fromInterrupted = run(interrupted)
      return new Promise((r) => setImmediate(r))
    })
    const fromCold = run(new ClaimsService(d))
    expect(fromWarm.length).toBeGreaterThan(0)
    expect(fromInterrupted).toEqual(fromWarm)
    expect(fromCold).toEqual(fromWarm)
  })

  it('marks a conflict resolved with a note, and reopens it', () => {
    const d = freshDb()
    loadSet(d)
    const svc = new ClaimsService(d)
    svc.backfill()
    const inConflict = svc.clusters().filter((c) => c.conflict !== null)
    expect(svc.unresolvedConflicts().clusters).toBe(inConflict.length)
    const cluster = inConflict.find((c) => c.conflicts.length === 1)!
    const quantity = cluster.conflict!.quantity
    const resolved = svc.resolveConflict(cluster.id, quantity, 'Police figure confirmed')
    expect(resolved.conflicts.find((k) => k.quantity === quantity)?.resolved?.note).toBe('Police figure confirmed')
    expect(svc.unresolvedConflicts().clusters).toBe(inConflict.length - 1)
    expect(svc.resolveConflict(cluster.id, quantity, null).conflicts.find((k) => k.quantity === quantity)?.resolved).toBeNull()
    expect(svc.unresolvedConflicts().clusters).toBe(inConflict.length)
    expect(() => svc.resolveConflict(cluster.id, 'no-such-unit', 'x')).toThrow(ClaimsInputError)
  })

  it('keeps a per-outlet ledger of originated, carried, paraphrased and contradicted claims', () => {
    const d = freshDb()
    loadSet(d)
    const svc = new ClaimsService(d)
    svc.backfill()
    const ledger = new Map(svc.ledger().map((r) => [r.outlet, r]))
    expect(ledger.get('Northline Wire')?.originated).toBeGreaterThan(2)
    expect(ledger.get('WorldFeed365')?.carried).toBeGreaterThan(2)
    expect(ledger.get('WorldFeed365')?.originated).toBe(0)
    expect(ledger.get('Daily Meridian')?.contradicted).toBeGreaterThan(0)
    expect(ledger.get('Daily Meridian')?.paraphrased).toBeGreaterThan(0)
  })

  it('re-anchors claims when the clean text changes', () => {
    const d = freshDb()
    loadSet(d, 1)
    const svc = new ClaimsService(d)
    svc.backfill()
    const before = svc.list()[1]!
    d.prepare("UPDATE articles SET clean_text = 'Restored preface.\n\n' || clean_text WHERE id = 1").run()
    svc.articlesChanged([1])
    const after = svc.get(before.id)
    expect(after.start).toBe(before.start + 'Restored preface.\n\n'.length)
  })
})

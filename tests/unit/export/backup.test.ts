import Database from 'better-sqlite3'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AnnotationsService } from '../../../src-main/core/annotate/service'
import { backupBytes, backupTo, BackupError, restoreFrom, restoreFromBytes, tableCounts, verifyBackup } from '../../../src-main/core/export/backup'
import { DbFromFutureError } from '../../../src-main/core/store/errors'
import { LATEST_VERSION } from '../../../src-main/core/store/migrations'
import { addArticle, freshDb, STORY } from '../annotate/helpers'

const open: Database.Database[] = []
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close()
})

function workspace(): { db: Database.Database; dir: string } {
  const ws = freshDb()
  open.push(ws.db)
  return ws
}

describe('backup and restore', () => {
  it('round-trips a workspace to another one: same rows, same notes, checked', () => {
    const a = workspace()
    addArticle(a.db, 1, STORY)
    addArticle(a.db, 2, 'A second invented article about the pier reopening.', { outlet: 'Coast Daily' })
    const svc = new AnnotationsService(a.db)
    svc.create({ articleId: 1, quote: 'twelve fishing boats', note: 'check **figure**', tags: ['disputed'] })
    svc.setColourMeanings([{ colour: 'red', tag: 'disputed' }])
    const file = join(a.dir, 'hand-over.crosscheck')
    const report = backupTo(a.db, file)
    expect(report.counts).toMatchObject({ articles: 2, annotations: 1, annotation_tags: 1, colour_meanings: 1 })
    expect(report.schemaVersion).toBe(LATEST_VERSION)
    expect(verifyBackup(file).counts).toEqual(report.counts)

    const b = workspace()
    addArticle(b.db, 5, 'Old content that the restore replaces.')
    const restored = restoreFrom(b.db, file)
    expect(restored.counts).toEqual(tableCounts(a.db))
    const notes = new AnnotationsService(b.db).list()
    expect(notes.map((n) => [n.quote, n.note, n.tags])).toEqual([['twelve fishing boats', 'check **figure**', ['disputed']]])
    expect(b.db.prepare('SELECT id FROM articles ORDER BY id').all()).toEqual([{ id: 1 }, { id: 2 }])
  })

  it('round-trips through bytes (the browser host’s download and upload)', () => {
    const a = workspace()
    addArticle(a.db, 1, STORY)
    new AnnotationsService(a.db).create({ articleId: 1, quote: 'northern pier' })
    const { data, counts } = backupBytes(a.db)
    const b = workspace()
    expect(restoreFromBytes(b.db, data).counts).toEqual(counts)
  })

  it('refuses a damaged, truncated, foreign or newer file and leaves the workspace as it was', () => {
    const a = workspace()
    addArticle(a.db, 1, STORY)
    const file = join(a.dir, 'b.crosscheck')
    backupTo(a.db, file)
    const target = workspace()
    addArticle(target.db, 7, 'The analyst’s current work, which must survive a refused restore.')
    const before = tableCounts(target.db)

    const notSqlite = join(a.dir, 'notes.txt')
    writeFileSync(notSqlite, 'just some text')
    expect(() => restoreFrom(target.db, notSqlite)).toThrow(BackupError)

    const truncated = join(a.dir, 'truncated.crosscheck')
    const bytes = readFileSync(file)
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)))
    expect(() => restoreFrom(target.db, truncated)).toThrow()

    // The manifest's counts disagree with the rows: something was lost on the way.
    const tampered = join(a.dir, 'tampered.crosscheck')
    writeFileSync(tampered, bytes)
    const t = new Database(tampered)
    t.prepare('DELETE FROM articles').run()
    t.close()
    expect(() => restoreFrom(target.db, tampered)).toThrow(/incomplete/u)

    const newer = join(a.dir, 'newer.crosscheck')
    writeFileSync(newer, bytes)
    const n = new Database(newer)
    n.pragma(`user_version = ${LATEST_VERSION + 10}`)
    n.close()
    expect(() => restoreFrom(target.db, newer)).toThrow(DbFromFutureError)

    expect(tableCounts(target.db)).toEqual(before)
    expect(target.db.prepare('SELECT id FROM articles').all()).toEqual([{ id: 7 }])
  })
})

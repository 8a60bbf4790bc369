import { afterEach, describe, expect, it } from 'vitest'
import type Database from 'better-sqlite3'
import { AnnotationInputError, AnnotationsService } from '../../../src-main/core/annotate/service'
import { addArticle, freshDb, setCleanText, STORY } from './helpers'

let db: Database.Database
afterEach(() => db?.close())

describe('AnnotationsService', () => {
  it('creates, edits, deletes and restores (undo) an annotation; tells search which notes changed', () => {
    db = freshDb().db
    addArticle(db, 1, STORY)
    const changed: number[][] = []
    const svc = new AnnotationsService(db, { notesChanged: (ids) => changed.push(ids) })
    const a = svc.create({ articleId: 1, quote: 'the northern pier will stay closed', note: 'Check with **engineers**', tags: ['pier', 'pier', ' '] })
    expect(a).toMatchObject({ articleId: 1, quote: 'the northern pier will stay closed', state: 'anchored', colour: 'yellow', tags: ['pier'] })
    expect(STORY.slice(a.start, a.end)).toBe(a.quote)
    expect(a.prefix.length).toBe(32)
    const b = svc.update(a.id, { colour: 'red', note: 'Disputed by residents', tags: ['pier', 'closures'] })
    expect(b).toMatchObject({ colour: 'red', note: 'Disputed by residents', tags: ['closures', 'pier'] })
    const removed = svc.delete(a.id)
    expect(svc.list()).toEqual([])
    const back = svc.restore(removed)
    expect(back).toMatchObject({ id: a.id, uuid: a.uuid, note: 'Disputed by residents', tags: ['closures', 'pier'] })
    expect(changed).toEqual([[1], [1], [1], [1]])
    // The search hook reads notes straight from the table.
    expect(db.prepare('SELECT note FROM annotations WHERE article_id = 1').all()).toEqual([{ note: 'Disputed by residents' }])
  })

  it('refuses spans outside the text and quotes not in it', () => {
    db = freshDb().db
    addArticle(db, 1, STORY)
    const svc = new AnnotationsService(db)
    expect(() => svc.create({ articleId: 1, start: 5, end: 99_999 })).toThrow(AnnotationInputError)
    expect(() => svc.create({ articleId: 1, quote: 'no such words here' })).toThrow(/does not contain/u)
    expect(() => svc.create({ articleId: 9, quote: 'x' })).toThrow(/No article/u)
  })

  it('colour meanings act as tags, for display and filters', () => {
    db = freshDb().db
    addArticle(db, 1, STORY)
    addArticle(db, 2, 'Another outlet wrote that the pier reopened already.', { outlet: 'Coast Daily' })
    const svc = new AnnotationsService(db)
    svc.setColourMeanings([{ colour: 'red', tag: 'disputed' }, { colour: 'red', tag: 'ignored duplicate' }])
    expect(svc.colourMeanings()).toEqual([{ colour: 'red', tag: 'disputed' }])
    svc.create({ articleId: 1, quote: 'twelve fishing boats', colour: 'red' })
    svc.create({ articleId: 2, quote: 'the pier reopened', note: 'contradicts Velmora harbour' })
    expect(svc.list({ tag: 'DISPUTED' }).map((a) => a.quote)).toEqual(['twelve fishing boats'])
    expect(svc.list({ outlet: 'Coast Daily' })).toHaveLength(1)
    expect(svc.list({ colour: 'yellow' })).toHaveLength(1)
    expect(svc.list({ text: 'velmora contradicts' }).map((a) => a.articleId)).toEqual([2])
    expect(svc.list({ text: 'nowhere' })).toEqual([])
    const today = new Date().toISOString().slice(0, 10)
    expect(svc.list({ from: today, to: today })).toHaveLength(2)
    expect(svc.list({ to: '2000-01-01' })).toHaveLength(0)
  })

  it('re-anchors on changed clean text: anchored, moved or orphaned, never dropped', () => {
    db = freshDb().db
    addArticle(db, 1, STORY)
    const svc = new AnnotationsService(db)
    const keep = svc.create({ articleId: 1, quote: 'waves that high in the bay', note: 'keep' })
    const edit = svc.create({ articleId: 1, quote: 'repair costs at 3.4 million crowns', note: 'edit' })
    const gone = svc.create({ articleId: 1, quote: 'A spokesperson, Ilse Marrow, added', note: 'gone' })
    const next = `SPONSORED: visit our shop. ${STORY}`.replace('3.4 million', '3.9 million').replace('A spokesperson, Ilse Marrow, added that t', 'T')
    setCleanText(db, 1, next)
    expect(svc.articlesChanged([1])).toEqual({ anchored: 1, moved: 1, orphaned: 1 })
    const byNote = new Map(svc.list().map((a) => [a.note, a]))
    expect(byNote.get('keep')).toMatchObject({ state: 'anchored', quote: keep.quote })
    expect(next.slice(byNote.get('keep')!.start, byNote.get('keep')!.end)).toBe(keep.quote)
    expect(byNote.get('edit')).toMatchObject({ state: 'moved', quote: edit.quote, currentText: 'repair costs at 3.9 million crowns' })
    expect(byNote.get('gone')).toMatchObject({ state: 'orphaned', quote: gone.quote })
    // Accepting the move makes the new wording the quote.
    const accepted = svc.update(edit.id, { acceptMove: true })
    expect(accepted).toMatchObject({ state: 'anchored', quote: 'repair costs at 3.9 million crowns' })
    // Restoring the original text brings the orphan back.
    setCleanText(db, 1, STORY)
    svc.articlesChanged([1])
    expect(svc.get(gone.id).state).toBe('anchored')
  })
})

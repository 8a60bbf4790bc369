/**
 * Property tests over re-anchoring: whatever happens to an article's clean text, every annotation
 * comes back anchored, moved or orphaned with offsets inside the new text (never dropped, never
 * out of range), an untouched text keeps every annotation where it was, and a quote the edit did
 * not touch is found again, word for word.
 */
import Database from 'better-sqlite3'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { anchor, type StoredSelectors } from '../../../src-main/core/annotate/anchor'
import { describe as describeSpan } from '../../../src-main/core/annotate/selectors'
import { AnnotationsService } from '../../../src-main/core/annotate/service'
import { wellFormed } from '../../../src-main/core/ingest/parse'
import { migrate } from '../../../src-main/core/store/migrate'
import { addArticle, setCleanText } from '../annotate/helpers'
import { bounded, text } from './arbitraries'

const STATES = ['anchored', 'moved', 'orphaned']

/** A text with a non-blank span in it. */
const textWithSpan = text
  .filter((t) => t.trim().length > 0)
  .chain((t) =>
    fc
      .tuple(fc.nat({ max: t.length - 1 }), fc.integer({ min: 1, max: 80 }))
      .map(([start, len]) => ({ text: t, start, end: Math.min(t.length, start + len) })),
  )

function selectors(t: string, start: number, end: number): StoredSelectors {
  const { quote, position } = describeSpan(t, start, end)
  return { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: position.start, end: position.end }
}

/** An edit of the text: text inserted, deleted or replaced at some place. */
const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 60 }), insert: text.map((s) => s.slice(0, 60)) })

function applyEdit(t: string, e: { at: number; cut: number; insert: string }): { text: string; from: number; to: number } {
  const from = e.at % (t.length + 1)
  const to = Math.min(t.length, from + e.cut)
  return { text: t.slice(0, from) + e.insert + t.slice(to), from, to }
}

let db: Database.Database | undefined
afterEach(() => db?.close())

describe('property: re-anchoring', { timeout: 180_000 }, () => {
  it('keeps an annotation where it was when the text is unchanged (500 runs)', () => {
    fc.assert(
      fc.property(textWithSpan, ({ text: t, start, end }) => {
        const r = bounded('anchor', () => anchor(t, selectors(t, start, end)))
        expect(r).toEqual({ state: 'anchored', start, end, score: 1 })
      }),
      { numRuns: 500 },
    )
  })

  it('answers anchored, moved or orphaned within the new text after any edit (800 runs)', () => {
    fc.assert(
      fc.property(textWithSpan, edit, ({ text: t, start, end }, e) => {
        const sel = selectors(t, start, end)
        const next = applyEdit(t, e).text
        const r = bounded('anchor', () => anchor(next, sel))
        expect(STATES).toContain(r.state)
        expect(r.start).toBeGreaterThanOrEqual(0)
        expect(r.end).toBeGreaterThanOrEqual(r.start)
        expect(r.end).toBeLessThanOrEqual(next.length)
        expect(r.score).toBeGreaterThanOrEqual(0)
        expect(r.score).toBeLessThanOrEqual(1)
        if (r.state === 'anchored') expect(next.slice(r.start, r.end)).toBe(sel.exact)
      }),
      { numRuns: 800 },
    )
  })

  it('finds a quote the edit did not touch, word for word (500 runs)', () => {
    // The quote's context (32 characters each side) stays as it was; the edit lands before or after it.
    const FILL = ' The harbour authority said on Tuesday that '
    fc.assert(
      fc.property(textWithSpan, text, text, edit, fc.boolean(), ({ text: t, start, end }, before, after, e, editBefore) => {
        const whole = before + FILL + t + FILL + after
        const offset = before.length + FILL.length
        const sel = selectors(whole, offset + start, offset + end)
        const next = editBefore
          ? applyEdit(before, e).text + FILL + t + FILL + after
          : before + FILL + t + FILL + applyEdit(after, e).text
        const r = bounded('anchor', () => anchor(next, sel))
        expect(r.state).toBe('anchored')
        expect(next.slice(r.start, r.end)).toBe(sel.exact)
      }),
      { numRuns: 500 },
    )
  })

  it('re-anchors every annotation of an article, never dropping one (150 runs)', () => {
    // In memory: the property is about anchoring, and a file would fsync every annotation.
    db = new Database(':memory:')
    migrate(db)
    const conn = db
    let id = 0
    fc.assert(
      fc.property(
        // Well-formed, as ingest makes every text: SQLite turns a lone surrogate into three U+FFFD.
        text.map(wellFormed).filter((t) => t.trim().length > 20),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 60 })), { minLength: 1, maxLength: 8 }),
        fc.array(edit, { maxLength: 4 }),
        (t, spans, edits) => {
          id++
          addArticle(conn, id, t)
          const svc = new AnnotationsService(conn)
          const made = spans.flatMap(([at, len]) => {
            const start = at % t.length
            const end = Math.min(t.length, start + len)
            if (t.slice(start, end).trim() === '') return []
            return [svc.create({ articleId: id, start, end })]
          })
          fc.pre(made.length > 0)
          const next = wellFormed(edits.reduce((acc, e) => applyEdit(acc, e).text, t))
          setCleanText(conn, id, next)
          const report = bounded('articlesChanged', () => svc.articlesChanged([id]))
          expect(report.anchored + report.moved + report.orphaned).toBe(made.length)
          const after = svc.list({ articleId: id })
          expect(after.map((a) => a.id).sort((a, b) => a - b)).toEqual(made.map((a) => a.id).sort((a, b) => a - b))
          for (const a of after) {
            expect(STATES).toContain(a.state)
            expect(a.end).toBeLessThanOrEqual(next.length)
          }
        },
      ),
      { numRuns: 150 },
    )
  })

  it('stays within the per-run bound on a long text with a long, edited quote (20 runs)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20_000, max: 200_000 }), fc.integer({ min: 200, max: 2_000 }), (len, qlen) => {
        const t = 'The council said the harbour would reopen. '.repeat(Math.ceil(len / 44)).slice(0, len)
        const start = Math.floor(len / 2)
        const sel = selectors(t, start, Math.min(len, start + qlen))
        const next = `${t.slice(0, start + 5)}XX${t.slice(start + 9, start + qlen - 10)}YY${t.slice(start + qlen)}`
        const r = bounded('anchor', () => anchor(next, sel))
        expect(STATES).toContain(r.state)
      }),
      { numRuns: 20 },
    )
  })
})

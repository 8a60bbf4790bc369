/**
 * Property tests over the search box: any query text parses without throwing into clauses that
 * print back to the same clauses, and any query runs against a real index within the per-run
 * bound, answering only with articles that exist; an article's unique word always finds it.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { InProcessParser } from '../../../src-main/core/ingest/in-process-parser'
import { formatClause, parseQuery } from '../../../src-main/core/search/query-parser'
import { Workspace } from '../../../src-main/core/workspace'
import { makeArticle } from '../../support/make-corpus'
import { RUN_BOUND_MS, bounded, longRun, text } from './arbitraries'

const OPERATORS = ['+', '-', '"', '*', '~', '~1', '~2', '~9', 'title:', 'outlet:', 'tag:', 'notes:', 'body:', 'source:', 're:', ':', '10:30', '6 700', '4.8 million', '(', ')', 'AND', 'OR', 'NOT', '\\', '%', '_', "'"]

/** Query-like text: words and operators glued in any order, plus anything at all. */
const query = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom(...OPERATORS, ' ', 'harbour', 'council', 'Ελλάδα', '東京'), text.map((t) => t.slice(0, 12))), { maxLength: 20 }).map((p) => p.join('')),
  text,
)

const ARTICLES = 24

describe('property: query parser and search', { timeout: 180_000 }, () => {
  const ws = Workspace.open(join(mkdtempSync(join(tmpdir(), 'cc-prop-search-')), 'ws.sqlite'), { parser: new InProcessParser() })
  const ids: number[] = []
  const tokens: string[] = []
  beforeAll(async () => {
    for (let i = 0; i < ARTICLES; i++) {
      const a = makeArticle(i)
      const r = await ws.importFile(`a${i}.txt`, new TextEncoder().encode(`${a.title}\n\n${a.paragraphs.join('\n\n')}\n`))
      ids.push(r.articleId as number)
      tokens.push(a.token)
    }
  })
  afterAll(() => ws.close())

  it('parses any text into clauses that print back to the same clauses (1000 runs)', () => {
    fc.assert(
      fc.property(query, (q) => {
        const clauses = bounded('parseQuery', () => parseQuery(q))
        for (const c of clauses) {
          expect(c.text).toMatch(/[\p{L}\p{N}]/u)
          expect([-1, 0, 1, 2]).toContain(c.fuzzy)
        }
        expect(parseQuery(clauses.map(formatClause).join(' '))).toEqual(clauses)
      }),
      { numRuns: 1000 },
    )
  })

  it('parses long runs built to be quadratic within the per-run bound (30 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(longRun, fc.constantFrom('"', '+-', 'title:', '6 ', '~', '*').map((p) => p.repeat(20_000))), (q) => {
        bounded('parseQuery', () => parseQuery(q))
      }),
      { numRuns: 30 },
    )
  })

  it('runs any query against the index, answering only with stored articles (400 runs)', async () => {
    const known = new Set(ids)
    await fc.assert(
      fc.asyncProperty(query, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 50 }), async (q, offset, limit) => {
        const r = await ws.search({ query: q, offset, limit })
        expect(r.total).toBeGreaterThanOrEqual(0)
        expect(r.hits.length).toBeLessThanOrEqual(limit)
        for (const h of r.hits) expect(known.has(h.articleId)).toBe(true)
      }),
      { numRuns: 400, timeout: RUN_BOUND_MS },
    )
  })

  it("finds an article by its unique word, whatever surrounds the query (300 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: ARTICLES - 1 }), fc.constantFrom('', ' ', '  ', '+', 'body:', 'title:'), fc.constantFrom('', ' ', '*', ' "-"', ' "…"'), async (i, before, after) => {
        const r = await ws.search({ query: `${before}${tokens[i]}${after}`, limit: 5 })
        expect(r.hits.map((h) => h.articleId)).toContain(ids[i])
      }),
      { numRuns: 300, timeout: RUN_BOUND_MS },
    )
  })
})

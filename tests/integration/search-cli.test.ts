import Database from 'better-sqlite3'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { cli, root, tempDb } from './run-cli'

interface SearchJson {
  query: string
  total: number
  hits: Array<{ articleId: number; title: string; outlet: string | null; score: number; snippet: string }>
  corrections: Array<{ from: string; to: string }>
}

describe('crosscheck search', () => {
  const db = tempDb()
  beforeAll(() => {
    expect(cli(db, 'import', resolve(root, 'resources/demo'), '--json').code).toBe(0)
  })

  it('prints the contract shape, best hit first, with a snippet of the match', () => {
    const r = cli(db, 'search', 'Grelle', 'Bank', '--json')
    expect(r.code).toBe(0)
    const out = r.json<SearchJson>()
    expect(out.query).toBe('Grelle Bank')
    expect(out.total).toBeGreaterThan(0)
    for (const h of out.hits) {
      expect(Object.keys(h)).toEqual(expect.arrayContaining(['articleId', 'title', 'outlet', 'score', 'snippet']))
      expect(h.snippet.toLowerCase()).toContain('grelle')
    }
    const scores = out.hits.map((h) => h.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
  })

  it('persists the index: a second run loads it instead of rebuilding', () => {
    const rows = (): number[] => {
      const d = new Database(db, { readonly: true })
      const ids = (d.prepare('SELECT id FROM index_segments ORDER BY id').all() as Array<{ id: number }>).map((x) => x.id)
      d.close()
      return ids
    }
    const before = rows()
    expect(before.length).toBeGreaterThan(0)
    expect(cli(db, 'search', 'tanker', '--json').code).toBe(0)
    expect(rows()).toEqual(before)
  })

  it('finds numbers however written, exact phrases, and forgives typos in names', () => {
    const a = cli(db, 'search', '1200 tonnes', '--limit', '100', '--json').json<SearchJson>()
    const b = cli(db, 'search', '"1,200 tonnes"', '--limit', '100', '--json').json<SearchJson>()
    expect(a.total).toBeGreaterThanOrEqual(b.total)
    expect(b.total).toBeGreaterThan(3)
    const typo = cli(db, 'search', 'Osterburg', '--json').json<SearchJson>()
    expect(typo.corrections[0]?.from).toBe('Osterburg')
    expect(typo.total).toBeGreaterThan(0)
  })

  it('honours --limit and refuses bad input with a message', () => {
    const out = cli(db, 'search', 'Kessling', '--limit', '2', '--json').json<SearchJson>()
    expect(out.hits).toHaveLength(2)
    expect(out.total).toBeGreaterThan(2)
    const bad = cli(db, 'search', 'x', '--limit', 'lots')
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/--limit/)
    expect(cli(db, 'search').code).toBe(1)
  })
})

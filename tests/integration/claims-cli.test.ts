import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { cli, root, tempDb } from './run-cli'

interface ClaimRecord {
  id: number
  articleId: number
  text: string
  start: number
  end: number
  kind: string
  quantities: Array<{ value: number; unit: string; text: string }>
  entities: unknown[]
  tags: string[]
  clusterId: number | null
}
interface ClusterRecord {
  id: number
  label: string
  claimIds: number[]
  articleIds: number[]
  conflict: null | { quantity: string; values: Array<{ articleId: number; value: number; unit: string; text: string }> }
}

describe('crosscheck claims / clusters on the demo corpus', () => {
  const db = tempDb()
  beforeAll(() => {
    expect(cli(db, 'import', join(root, 'resources/demo'), '--json').code).toBe(0)
  })

  it('prints claims in the contract shape, with offsets into the clean text', () => {
    const r = cli(db, 'claims', '--json')
    expect(r.code).toBe(0)
    const claims = r.json<ClaimRecord[]>()
    expect(claims.length).toBeGreaterThan(50)
    for (const key of ['id', 'articleId', 'text', 'start', 'end', 'kind', 'quantities', 'entities', 'tags', 'clusterId']) {
      expect(claims[0]).toHaveProperty(key)
    }
    const shown = cli(db, 'show', String(claims[0]!.articleId), '--json').json<{ text: string }>()
    expect(shown.text.slice(claims[0]!.start, claims[0]!.end)).toBe(claims[0]!.text)
    const crew = claims.find((c) => c.quantities.some((q) => q.unit === 'crew' && q.value === 23))
    expect(crew?.quantities.find((q) => q.unit === 'crew')).toMatchObject({ value: 23, unit: 'crew' })
  })

  it('filters by article and refuses a bad id', () => {
    const only = cli(db, 'claims', '--article', '5', '--json').json<ClaimRecord[]>()
    expect(only.length).toBeGreaterThan(0)
    expect(only.every((c) => c.articleId === 5)).toBe(true)
    const bad = cli(db, 'claims', '--article', 'x', '--json')
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/--article needs an article id/)
    expect(cli(db, 'claims', '--article', '999', '--json').code).toBe(1)
  })

  it('prints clusters with conflicts: 340 against about 600 residents evacuated (C4)', () => {
    const r = cli(db, 'clusters', '--json')
    expect(r.code).toBe(0)
    const clusters = r.json<ClusterRecord[]>()
    expect(clusters.every((c) => c.articleIds.length >= 2 && c.claimIds.length >= 2)).toBe(true)
    const evac = clusters.find((c) => c.conflict?.quantity === 'people' && c.conflict.values.some((v) => v.value === 340))
    expect(evac?.conflict?.values.map((v) => v.value)).toEqual(expect.arrayContaining([340, 600]))
    const human = cli(db, 'clusters')
    expect(human.stdout).toMatch(/CONFLICT people: .*340 people.* vs .*600 people/)
  })
})

import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { InProcessParser } from '../../../src-main/core/ingest/in-process-parser'
import { Workspace } from '../../../src-main/core/workspace'

const seeds = resolve(__dirname, '../../../../shared/seeds')
if (!existsSync(seeds)) console.warn(`Skipping the claims seed acceptance test: ${seeds} is absent (it lives beside the checkout).`)

describe.skipIf(!existsSync(seeds))('claims on the shared seeds (acceptance)', () => {
  let ws: Workspace
  beforeAll(async () => {
    ws = Workspace.open(join(mkdtempSync(join(tmpdir(), 'cc-claims-seeds-')), 'ws.sqlite'), { parser: new InProcessParser() })
    await ws.importPaths([seeds])
  }, 60_000)
  afterAll(async () => ws.close())

  const claimText = (id: number): string => ws.claims.get(id).text

  it('groups the container counts across articles and flags 6,700 against 10,000', () => {
    const cluster = ws.claims.clusters().find((c) => c.conflicts.some((k) => k.quantity === 'container'))
    expect(cluster).toBeDefined()
    expect(cluster!.articleIds.length).toBeGreaterThanOrEqual(3)
    const values = cluster!.conflicts.find((k) => k.quantity === 'container')!.values.map((v) => v.value)
    expect(values).toEqual(expect.arrayContaining([6700, 10000]))
  })

  it('flags the shell counts (3 million against 4.8 million)', () => {
    const conflict = ws.claims.clusters().flatMap((c) => c.conflicts).find((k) => k.quantity === 'shell')
    expect(conflict).toBeDefined()
    const values = conflict!.values.map((v) => v.value)
    expect(values).toEqual(expect.arrayContaining([3_000_000, 4_800_000]))
  })

  it('corroborates "first visit in 24 years" by several outlets', () => {
    const cluster = ws.claims.clusters().find((c) => c.claimIds.some((id) => /\b24 years\b/u.test(claimText(id))))
    expect(cluster).toBeDefined()
    const withFigure = new Set(cluster!.claimIds.filter((id) => /\b24 years\b/u.test(claimText(id))).map((id) => ws.claims.get(id).articleId))
    expect(withFigure.size).toBeGreaterThanOrEqual(3)
    expect(cluster!.independentSources).toBeGreaterThanOrEqual(3)
  })
})

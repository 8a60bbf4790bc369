import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Conflict } from '../../../src-main/core/claims/types'
import { InProcessParser } from '../../../src-main/core/ingest/in-process-parser'
import { Workspace } from '../../../src-main/core/workspace'

/** The demo corpus's planted conflicts (resources/DEMO.md) are flagged, each with both sides. */
describe('claims on the demo corpus', () => {
  let ws: Workspace
  beforeAll(async () => {
    ws = Workspace.open(join(mkdtempSync(join(tmpdir(), 'cc-claims-demo-')), 'ws.sqlite'), { parser: new InProcessParser() })
    await ws.importPaths([resolve(__dirname, '../../../resources/demo')])
  }, 60_000)
  afterAll(async () => ws.close())

  const conflictOn = (unit: string, ...values: number[]): Conflict | undefined =>
    ws.claims
      .clusters()
      .flatMap((c) => c.conflicts)
      .find((k) => k.quantity === unit && values.every((v) => k.values.some((x) => x.value === v)))

  it('flags C1 (about 1,200 t against 800 t), C2 (21 against 23 crew) and C4 (340 against about 600 residents)', () => {
    expect(conflictOn('t', 1200, 800)).toBeDefined()
    expect(conflictOn('crew', 21, 23)).toBeDefined()
    expect(conflictOn('people', 340, 600)).toBeDefined()
  })

  it('flags C3, the slick length (about 12 km against 7.5 km)', () => {
    expect(conflictOn('km', 12, 7.5)).toBeDefined()
  })

  it('flags C5, the grounding time (around 04:40 against 03:55 / shortly before 4 a.m.)', () => {
    const k = conflictOn('time', 280, 235)
    expect(k).toBeDefined()
    expect(new Set(k!.values.map((v) => v.articleId)).size).toBeGreaterThanOrEqual(3)
  })

  it('does not flag the evacuation start against the return home as a time conflict', () => {
    expect(conflictOn('time', 510, 1080)).toBeUndefined()
  })
})

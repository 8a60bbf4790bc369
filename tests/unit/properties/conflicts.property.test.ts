import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findConflicts, interval, type ConflictInput } from '../../../src-main/core/claims/conflicts'
import { CLAIM_THRESHOLDS } from '../../../src-main/core/claims/thresholds'
import type { Quantity, QuantityQualifier } from '../../../src-main/core/text/quantity-types'

/**
 * The definition findConflicts implements, pair by pair: a claim takes part in a unit's conflict
 * when some claim of another article gives a figure of that unit its figures do not allow, and
 * two such figures are of one order (or times). The implementation compares groups of equal
 * figures instead of all pairs; this checks it finds exactly the same claims.
 */
function involvedByPairs(claims: readonly ConflictInput[], unit: string): number[] {
  const figs = (c: ConflictInput) => c.quantities.filter((q) => q.unit === unit).map((q) => ({ q, iv: interval(q) }))
  const overlaps = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1]
  const unmatched = (mine: ReturnType<typeof figs>, theirs: ReturnType<typeof figs>) => mine.filter((f) => !theirs.some((o) => overlaps(f.iv, o.iv)))
  const sameOrder = (x: number, y: number) => {
    const lo = Math.min(Math.abs(x), Math.abs(y))
    return lo === 0 || Math.max(Math.abs(x), Math.abs(y)) / lo <= CLAIM_THRESHOLDS.sameFactRatio
  }
  const out = new Set<number>()
  for (const a of claims) {
    for (const b of claims) {
      if (a === b || a.articleId === b.articleId) continue
      const fa = figs(a)
      const fb = figs(b)
      if (fa.length === 0 || fb.length === 0) continue
      const mine = unmatched(fa, fb)
      const theirs = unmatched(fb, fa)
      if (mine.some(({ q }) => theirs.some(({ q: o }) => q.unit === 'time' || sameOrder(q.value, o.value)))) out.add(a.id)
    }
  }
  return [...out].sort((x, y) => x - y)
}

const qualifiers: QuantityQualifier[] = ['exact', 'about', 'at_least', 'more_than', 'up_to', 'at_most', 'fewer_than']
const quantity = fc.record({
  value: fc.constantFrom(0, 20, 21, 23, 800, 1200, 1250, 6700, 10000),
  unit: fc.constantFrom('crew', 't', 'time'),
  qualifier: fc.constantFrom(...qualifiers),
})
const claims = fc
  .array(fc.record({ articleId: fc.integer({ min: 1, max: 4 }), quantities: fc.array(quantity, { minLength: 1, maxLength: 3 }) }), {
    minLength: 1,
    maxLength: 14,
  })
  .map((list) =>
    list.map((c, i): ConflictInput => ({
      id: i + 1,
      articleId: c.articleId,
      text: `claim ${i + 1}`,
      outlet: null,
      quantities: c.quantities.map(
        (q): Quantity => ({ ...q, text: `${q.value} ${q.unit}`, start: 0, end: 1, approximate: q.qualifier !== 'exact' }),
      ),
    })),
  )

describe('property: conflicts by groups of equal figures', { timeout: 120_000 }, () => {
  it('involve exactly the claims the pairwise definition does (800 runs)', () => {
    fc.assert(
      fc.property(claims, (input) => {
        const found = findConflicts(input)
        for (const unit of ['crew', 't', 'time']) {
          const conflict = found.find((c) => c.quantity === unit)
          const got = [...new Set(conflict?.values.map((v) => v.claimId) ?? [])].sort((x, y) => x - y)
          expect(got, unit).toEqual(involvedByPairs(input, unit))
        }
      }),
      { numRuns: 800 },
    )
  })
})

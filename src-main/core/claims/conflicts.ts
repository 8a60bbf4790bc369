import type { Quantity } from '../text/quantities'
import { CLAIM_THRESHOLDS, type ClaimThresholds } from './thresholds'
import type { Conflict, ConflictValue } from './types'

/** What conflict detection needs of a claim. */
export interface ConflictInput {
  id: number
  articleId: number
  text: string
  outlet: string | null
  quantities: Quantity[]
}

/** The interval of values a hedged figure allows ("about 1,200" is 1,080 to 1,320). */
export function interval(q: Quantity, t: ClaimThresholds = CLAIM_THRESHOLDS): [number, number] {
  const v = q.value
  if (q.min !== undefined && q.max !== undefined) return [q.min, q.max]
  if (q.unit === 'time') {
    const m = t.approximateMinutes
    switch (q.qualifier) {
      case 'exact': return [v - t.exactMinutes, v + t.exactMinutes]
      case 'shortly_before': case 'at_most': case 'fewer_than': case 'up_to': return [v - m, v]
      case 'shortly_after': case 'at_least': case 'more_than': return [v, v + m]
      default: return [v - m, v + m]
    }
  }
  switch (q.qualifier) {
    case 'exact': {
      const tolerance = q.converted ? t.convertedTolerance : t.exactTolerance
      return [v * (1 - tolerance), v * (1 + tolerance)]
    }
    case 'at_least': case 'more_than': case 'shortly_after': return [v, v * (1 + t.lowerBoundSpan)]
    case 'up_to': case 'shortly_before': return [v * (1 - t.upperBoundSpan), v]
    case 'at_most': case 'fewer_than': return [0, v]
    default: return [v * (1 - t.approximateTolerance), v * (1 + t.approximateTolerance)]
  }
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1]
}

/**
 * Figures of the same unit that disagree across sources within one cluster. Two claims from
 * different articles conflict on a unit when each gives a figure the other's figures do not
 * allow: "1,200 t spilled of 14,500 t" against "14,500 t aboard" is no conflict (the second
 * simply does not give the spill), against "800 t of 14,500 t" it is.
 */
export function findConflicts(claims: readonly ConflictInput[], t: ClaimThresholds = CLAIM_THRESHOLDS): Conflict[] {
  const byUnit = new Map<string, Array<{ claim: ConflictInput; qs: Figure[] }>>()
  for (const claim of claims) {
    const units = new Map<string, Figure[]>()
    for (const q of claim.quantities) {
      if (t.unitsNeverInConflict.includes(q.unit)) continue
      // Intervals once per figure: groups of figures are compared pairwise.
      const figure = { q, iv: interval(q, t) }
      const list = units.get(q.unit)
      if (list) list.push(figure)
      else units.set(q.unit, [figure])
    }
    for (const [unit, qs] of units) {
      const list = byUnit.get(unit)
      if (list) list.push({ claim, qs })
      else byUnit.set(unit, [{ claim, qs }])
    }
  }
  const out: Conflict[] = []
  for (const [unit, items] of byUnit) {
    const involved = involvedItems(items, t)
    if (involved.size === 0) continue
    const values: ConflictValue[] = []
    for (const i of [...involved].sort((x, y) => x - y)) {
      const item = items[i]
      if (!item) continue
      for (const { q, iv } of item.qs) {
        values.push({
          articleId: item.claim.articleId,
          claimId: item.claim.id,
          value: q.value,
          ...(q.min !== undefined && q.max !== undefined ? { min: q.min, max: q.max } : {}),
          unit: q.unit,
          low: iv[0],
          high: iv[1],
          text: q.text,
          claimText: item.claim.text,
          outlet: item.claim.outlet,
        })
      }
    }
    out.push({ quantity: unit, values, resolved: null })
  }
  // The conflict most sources take part in comes first.
  return out.sort((a, b) => articleCount(b) - articleCount(a) || a.quantity.localeCompare(b.quantity))
}

/**
 * The items (indexes) that disagree with an item of another article. Items giving the same figures
 * behave alike, so the pairs are taken between groups of equal figures: a big cluster repeats a
 * few figures hundreds of times, and all its pairs would be quadratic in its size.
 */
function involvedItems(items: ReadonlyArray<{ claim: ConflictInput; qs: Figure[] }>, t: ClaimThresholds): Set<number> {
  const byFigures = new Map<string, { qs: Figure[]; members: number[]; articles: Set<number> }>()
  items.forEach((item, i) => {
    const key = item.qs.map((f) => `${f.q.value}|${f.iv[0]}|${f.iv[1]}|${f.q.unit}`).sort().join(' ')
    const g = byFigures.get(key)
    if (g) {
      g.members.push(i)
      g.articles.add(item.claim.articleId)
    } else byFigures.set(key, { qs: item.qs, members: [i], articles: new Set([item.claim.articleId]) })
  })
  const groups = [...byFigures.values()]
  const involved = new Set<number>()
  // Every member of `g` whose article differs from one of `h`'s articles disagrees with it.
  const mark = (g: (typeof groups)[number], h: (typeof groups)[number]): void => {
    for (const i of g.members) {
      const article = items[i]?.claim.articleId
      if (h.articles.size > 1 || !h.articles.has(article ?? -1)) involved.add(i)
    }
  }
  for (let a = 0; a < groups.length; a++) {
    for (let b = a; b < groups.length; b++) {
      const g = groups[a]
      const h = groups[b]
      if (!g || !h || (a === b && g.articles.size < 2)) continue
      if (!disagreeOnOneFact(g.qs, h.qs, t)) continue
      mark(g, h)
      if (a !== b) mark(h, g)
    }
  }
  return involved
}

/** A figure with the interval of values it allows. */
interface Figure {
  q: Quantity
  iv: [number, number]
}

function unmatched(mine: Figure[], theirs: Figure[]): Figure[] {
  return mine.filter((f) => !theirs.some((o) => overlaps(f.iv, o.iv)))
}

/**
 * Each side gives a figure the other's do not allow, and two such figures are of one order
 * (sameFactRatio): "21 crew rescued" against "23 crew rescued" disagree; against "two sailors in
 * hospital", a claim clustered beside it, they report another fact. Times and zeros always compare.
 */
function disagreeOnOneFact(a: Figure[], b: Figure[], t: ClaimThresholds): boolean {
  const mine = unmatched(a, b)
  if (mine.length === 0) return false
  const theirs = unmatched(b, a)
  return mine.some(({ q }) => theirs.some(({ q: o }) => q.unit === 'time' || sameOrder(q.value, o.value, t.sameFactRatio)))
}

function sameOrder(x: number, y: number, ratio: number): boolean {
  const lo = Math.min(Math.abs(x), Math.abs(y))
  return lo === 0 || Math.max(Math.abs(x), Math.abs(y)) / lo <= ratio
}

function articleCount(c: Conflict): number {
  return new Set(c.values.map((v) => v.articleId)).size
}

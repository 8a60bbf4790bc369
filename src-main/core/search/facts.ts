/**
 * The facts that filters and facets read for every hit (outlet, publication day, presence), in
 * typed arrays indexed by article id: at 50,000 hits a Map lookup and a string slice per hit
 * cost more than the scoring. Article ids are SQLite rowids, dense in practice.
 */
import type { ArticleMeta } from './engine'

/** "2025-03-07..." -> 20250307 ("2025-03" -> 20250300); 0 when there is no date. */
export function dayNumber(date: string | null | undefined): number {
  const m = date ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/u.exec(date) : null
  if (!m) return 0
  return Number(m[1]) * 10000 + Number(m[2] ?? 0) * 100 + Number(m[3] ?? 0)
}

export class ArticleFacts {
  present = new Uint8Array(0)
  /** Index into `outlets`, or -1. */
  outlet = new Int32Array(0)
  /** dayNumber of the publication date, 0 when undated. */
  day = new Int32Array(0)
  readonly outlets: string[] = []
  private readonly outletCodes = new Map<string, number>()

  set(id: number, m: ArticleMeta): void {
    if (id >= this.present.length) this.grow(id)
    this.present[id] = 1
    this.day[id] = dayNumber(m.publishedAt)
    if (!m.outlet) this.outlet[id] = -1
    else {
      let code = this.outletCodes.get(m.outlet)
      if (code === undefined) {
        code = this.outlets.length
        this.outlets.push(m.outlet)
        this.outletCodes.set(m.outlet, code)
      }
      this.outlet[id] = code
    }
  }

  delete(id: number): void {
    if (id < this.present.length) this.present[id] = 0
  }

  /** Outlet codes of the given names (unknown names match nothing). */
  codes(names: readonly string[]): Set<number> {
    return new Set(names.map((n) => this.outletCodes.get(n) ?? -2))
  }

  private grow(id: number): void {
    const size = Math.max(id + 1, this.present.length * 2, 1024)
    const present = new Uint8Array(size)
    const outlet = new Int32Array(size).fill(-1)
    const day = new Int32Array(size)
    present.set(this.present)
    outlet.set(this.outlet)
    day.set(this.day)
    this.present = present
    this.outlet = outlet
    this.day = day
  }
}

/**
 * Exact phrases, verified from the index: the segment stores each word's position, so a
 * candidate holds the phrase when, in one field, every word stands at its offset from the first.
 * No stored text is read. As in SQLite FTS5 with its porter tokenizer, a phrase matches on index
 * terms: stems ("salvage bills" finds "salvaging bill"), folded case and accents, numbers by value,
 * and a stop word inside a phrase matches any stop word in its place.
 */
import type { Group } from './plan'
import type { Segment } from './segment'

/** Positions of any of the group's terms in `field`, per wanted doc. */
function groupPositions(seg: Segment, group: Group, field: number, locals: readonly number[]): Map<number, number[]> {
  const merged = new Map<number, number[]>()
  for (const a of group.alternatives) {
    const t = seg.find(a.term)
    if (t < 0) continue
    for (const [doc, list] of seg.positionsOf(t, field, locals)) {
      const had = merged.get(doc)
      merged.set(doc, had ? had.concat(list) : list)
    }
  }
  return merged
}

/**
 * Of `locals` (ascending local docs holding every word), those where the words stand in order:
 * `offsets[i]` is group i's position relative to group 0.
 */
export function phraseMatches(seg: Segment, groups: readonly Group[], offsets: readonly number[], locals: readonly number[]): Set<number> {
  const found = new Set<number>()
  if (groups.length === 0) return found
  for (const field of groups[0]!.fields) {
    let remaining = locals.filter((l) => !found.has(l))
    const perGroup: Array<Map<number, number[]>> = []
    for (const g of groups) {
      if (remaining.length === 0) break
      const positions = groupPositions(seg, g, field, remaining)
      perGroup.push(positions)
      remaining = remaining.filter((l) => positions.has(l))
    }
    if (perGroup.length < groups.length) continue
    for (const doc of remaining) {
      const later = perGroup.slice(1).map((m) => new Set(m.get(doc)))
      const starts = perGroup[0]!.get(doc)!
      if (starts.some((p) => later.every((set, i) => set.has(p + offsets[i + 1]!)))) found.add(doc)
    }
  }
  return found
}

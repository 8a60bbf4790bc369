import { describe, expect, it } from 'vitest'
import { compareTexts } from '../../../src-main/core/compare/document'
import { TUNABLES } from '../../../src-main/core/compare/tunables'

/** The score of the one pair two single sentences make, or 0 when they do not pair. */
function bestScore(a: string, b: string): number {
  return compareTexts(a, b).pairs[0]?.score ?? 0
}

describe('why the thresholds sit where they do', () => {
  it('paraphraseMin: a spun sentence scores above it, another statement about the same people below', () => {
    const original = 'The city council will meet on Tuesday to decide whether to lower the water level by opening the spillway.'
    const spun = 'The metropolis council will meet on Tuesday to determine whether or not to lower the water degree by opening the spillway.'
    const other = 'The city council thanked the volunteers who filled sandbags all weekend.'
    expect(bestScore(original, spun)).toBeGreaterThan(TUNABLES.paraphraseMin + 0.2)
    expect(compareTexts(original, other).pairs).toEqual([])
  })

  it('conflictContextMin: the same statement with a new figure pairs; a different statement sharing a figure does not', () => {
    const a = 'Repairs could cost up to 40 million euros, according to the water authority.'
    const b = 'Repairs could cost up to 25 million euros, according to the water authority.'
    expect(compareTexts(a, b).pairs[0]?.relation).toBe('conflict')
    const c = 'The reservoir holds 40 million cubic metres.'
    expect(compareTexts(a, c).pairs).toEqual([])
  })

  it('quantityConflictMin: two counts of containers pair; a count of boats and a length in km do not', () => {
    const a = 'Between spring and autumn the port shipped about 6,700 containers to the island, customs said.'
    const b = 'Officials in the capital have identified at least 10,000 shipping containers sent to the island.'
    expect(compareTexts(a, b).pairs[0]?.relation).toBe('conflict')
    const boats = 'The cooperative represents about 90 boats from the island.'
    const km = 'The slick was 12 km long and drifting toward the island.'
    expect(compareTexts(boats, km).pairs).toEqual([])
  })

  it('dates and years are never conflicting figures', () => {
    const a = 'BRENMOOR, Oct 14 - Engineers found three new cracks in the dam.'
    const b = 'BRENMOOR, Oct 15 - Engineers found three new cracks in the dam.'
    expect(compareTexts(a, b).pairs[0]?.relation).toBe('paraphrase')
  })

  it('thresholds are ordered: a conflict needs less wording in common than a paraphrase', () => {
    expect(TUNABLES.quantityConflictMin).toBeLessThan(TUNABLES.conflictContextMin)
    expect(TUNABLES.nearDuplicateIdenticalShare).toBeLessThan(TUNABLES.duplicateIdenticalShare)
    expect(TUNABLES.minhashSize % TUNABLES.lshRows).toBe(0)
  })
})

import { describe, expect, it } from 'vitest'
import { anchor } from '../../../src-main/core/annotate/anchor'
import { describe as describeSpan } from '../../../src-main/core/annotate/selectors'
import { ANCHOR_TUNABLES } from '../../../src-main/core/annotate/tunables'
import { STORY } from './helpers'

const QUOTE = 'Officials estimated the repair costs at 3.4 million crowns'
const at = STORY.indexOf(QUOTE)
const q = describeSpan(STORY, at, at + QUOTE.length).quote
const sel = { exact: q.exact, prefix: q.prefix, suffix: q.suffix, start: at, end: at + QUOTE.length }

/** The score a changed text gets, with the minimum score switched off so every case reports one. */
function scoreOf(text: string): number {
  return anchor(text, sel, { ...ANCHOR_TUNABLES, minScore: 0 }).score
}

describe('anchoring tunables: why they have their values', () => {
  it('minScore sits between a real edit (kept) and a look-alike elsewhere (refused)', () => {
    // A figure corrected inside the quote, context intact: the analyst wants the note to follow.
    const edited = scoreOf(STORY.replace('3.4 million', '3.9 million'))
    // The edit plus the sentence before it rewritten: still the same passage.
    const editedAndPrefix = scoreOf(STORY.replace('3.4 million', '3.9 million').replace('high in the bay', 'x').replace('coast.', 'shore at night.'))
    // The sentence gone; a look-alike (same shape, other figure and context) elsewhere.
    const lookAlike = scoreOf(
      STORY.replace(/Officials estimated[^\n]+/u, 'No figures were given.') + '\n\nLast year officials estimated the road costs at 2.1 million crowns, far inland.',
    )
    expect(edited).toBeGreaterThan(ANCHOR_TUNABLES.minScore)
    expect(editedAndPrefix).toBeGreaterThan(ANCHOR_TUNABLES.minScore)
    expect(lookAlike).toBeLessThan(ANCHOR_TUNABLES.minScore)
    expect(lookAlike).toBeGreaterThan(0.4)
  })

  it('maxErrorRate lets a sentence with one word changed match, not one with most words changed', () => {
    expect(anchor(STORY.replace('estimated', 'put'), sel).state).toBe('moved')
    const rewritten = STORY.replace(QUOTE, 'Authorities reckon fixing things will need 3.4 million')
    expect(anchor(rewritten, sel).state).toBe('orphaned')
  })

  it('contextChars of 32 tells repeated sentences apart', () => {
    expect(ANCHOR_TUNABLES.contextChars).toBeGreaterThanOrEqual(20)
    expect(ANCHOR_TUNABLES.anchoredContext).toBeGreaterThan(0.5)
  })

  it('maxCells bounds the fuzzy search on a very long text (window around the old place)', () => {
    const filler = 'Lorem ipsum harbour filler words repeat here. '.repeat(40_000)
    const text = `${filler}${STORY.replace('3.4 million', '3.9 million')}`
    const shifted = { ...sel, start: sel.start + filler.length, end: sel.end + filler.length }
    const t0 = performance.now()
    const r = anchor(text, shifted)
    expect(r.state).toBe('moved')
    expect(performance.now() - t0).toBeLessThan(5000)
  })
})

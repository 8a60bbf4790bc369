import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitSentences, windowedSegments } from '../../../src-main/core/text/sentences'
import { bounded, longRun, text } from './arbitraries'

/** Sentences are ordered, disjoint, trimmed slices of the text that leave out only whitespace. */
function checkCover(input: string): void {
  const sentences = bounded('splitSentences', () => splitSentences(input))
  let covered = 0
  let outside = ''
  for (const s of sentences) {
    expect(s.start).toBeGreaterThanOrEqual(covered)
    expect(s.end).toBeGreaterThan(s.start)
    expect(s.text).toBe(input.slice(s.start, s.end))
    expect(s.text).toBe(s.text.trim())
    expect(s.text).not.toContain('\n\n')
    outside += input.slice(covered, s.start)
    covered = s.end
  }
  outside += input.slice(covered)
  expect(outside.trim(), 'text left out of every sentence').toBe('')
}

describe('property: the sentence segmenter', { timeout: 180_000 }, () => {
  it('covers every non-blank character of any text, in order, without overlap (600 runs)', () => {
    fc.assert(
      fc.property(text, (input) => checkCover(input)),
      { numRuns: 600 },
    )
  })

  it('segments a paragraph window by window exactly as in one piece (400 runs)', () => {
    const whole = new Intl.Segmenter('en', { granularity: 'sentence' })
    fc.assert(
      fc.property(text, (input) => {
        const para = input.replace(/\n\n/g, ' ')
        const expected = [...whole.segment(para)].map((s) => ({ index: s.index, segment: s.segment }))
        expect([...windowedSegments(para, { size: 96, margin: 32 })]).toEqual(expected)
      }),
      { numRuns: 400 },
    )
  })

  it('handles long runs built to be quadratic within the per-run bound (40 runs)', () => {
    fc.assert(
      fc.property(longRun, (input) => checkCover(input)),
      { numRuns: 40 },
    )
  })

  it('splits a 300,000-character paragraph within the per-run bound (3 runs)', () => {
    fc.assert(
      fc.property(fc.constantFrom('A b c. ', 'The U.S. said no. ', 'He said “yes.” Then '), (piece) => {
        const input = piece.repeat(Math.ceil(300_000 / piece.length))
        checkCover(input)
      }),
      { numRuns: 3 },
    )
  })
})

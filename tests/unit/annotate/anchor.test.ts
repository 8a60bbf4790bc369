import { describe, expect, it } from 'vitest'
import { anchor, type StoredSelectors } from '../../../src-main/core/annotate/anchor'
import { approxSearch, editDistance } from '../../../src-main/core/annotate/fuzzy'
import { describe as describeSpan, findQuote } from '../../../src-main/core/annotate/selectors'
import { STORY } from './helpers'

function selectorsOf(text: string, quote: string): StoredSelectors {
  const start = text.indexOf(quote)
  if (start < 0) throw new Error(`fixture: ${quote} not in text`)
  const { quote: q, position } = describeSpan(text, start, start + quote.length)
  return { exact: q.exact, prefix: q.prefix, suffix: q.suffix, start: position.start, end: position.end }
}

const QUOTE = 'twelve fishing boats were damaged'

describe('selectors', () => {
  it('describe keeps 32 characters of context and the position', () => {
    const s = describeSpan(STORY, 10, 30)
    expect(s.quote.exact).toBe(STORY.slice(10, 30))
    expect(s.quote.prefix).toBe(STORY.slice(0, 10))
    expect(s.quote.suffix).toBe(STORY.slice(30, 62))
    expect(s.position).toEqual({ type: 'TextPositionSelector', start: 10, end: 30 })
    expect(() => describeSpan(STORY, 5, 5)).toThrow(RangeError)
  })

  it('findQuote relaxes whitespace and case for typed quotes', () => {
    expect(findQuote(STORY, 'twelve  fishing\nBOATS')).toEqual({ start: STORY.indexOf('twelve'), end: STORY.indexOf('twelve') + 'twelve fishing boats'.length })
    expect(findQuote(STORY, 'no such words')).toBeNull()
  })
})

describe('fuzzy matcher', () => {
  it('edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('', 'abc')).toBe(3)
  })

  it('finds a quote with typos and reports its errors', () => {
    const m = approxSearch(STORY, 'twelv fishng boats wer damaged', 6)
    expect(m).toHaveLength(1)
    expect(STORY.slice(m[0]!.start, m[0]!.end)).toBe(QUOTE)
    expect(m[0]!.errors).toBe(3)
  })

  it('finds nothing beyond the error bound', () => {
    expect(approxSearch(STORY, 'completely unrelated sentence here', 4)).toEqual([])
  })
})

describe('re-anchoring', () => {
  const sel = selectorsOf(STORY, QUOTE)

  it('unchanged text: anchored in place', () => {
    expect(anchor(STORY, sel)).toEqual({ state: 'anchored', start: sel.start, end: sel.end, score: 1 })
  })

  it('an insertion before the quote (a restored spam splice) shifts it, still anchored', () => {
    const text = `BUY CHEAP FERRY TICKETS NOW at example shop. ${STORY}`
    const r = anchor(text, sel)
    expect(r.state).toBe('anchored')
    expect(text.slice(r.start, r.end)).toBe(QUOTE)
  })

  it('a deletion before the quote (a boilerplate paragraph removed) shifts it back, still anchored', () => {
    const text = STORY.replace('The harbour authority of Velmora said on Tuesday that ', '')
    const r = anchor(text, sel)
    expect(r.state).toBe('anchored')
    expect(text.slice(r.start, r.end)).toBe(QUOTE)
  })

  it('an edit right next to the quote (prefix changed) keeps a long unique quote anchored', () => {
    const text = STORY.replace('said on Tuesday that', 'confirmed this morning:')
    const r = anchor(text, sel)
    expect(r.state).toBe('anchored')
    expect(text.slice(r.start, r.end)).toBe(QUOTE)
  })

  it('an edit inside the quote: moved (for review) onto the edited words', () => {
    const text = STORY.replace('twelve fishing boats', '12 fishing boats')
    const r = anchor(text, sel)
    expect(r.state).toBe('moved')
    expect(text.slice(r.start, r.end)).toBe('12 fishing boats were damaged')
  })

  it('a spam word inserted inside the quote: moved, covering the whole passage', () => {
    const text = STORY.replace('fishing boats', 'fishing [ad] boats')
    const r = anchor(text, sel)
    expect(r.state).toBe('moved')
    expect(text.slice(r.start, r.end)).toBe('twelve fishing [ad] boats were damaged')
  })

  it('the quote deleted, a look-alike sentence elsewhere: orphaned, not moved to it', () => {
    const text = STORY.replace(/^The harbour authority[^\n]+/u, 'Nothing to report from the harbour today.') + '\n\nIn 2019 twelve sailing boats were damaged in a regatta far away.'
    const r = anchor(text, sel)
    expect(r.state).toBe('orphaned')
  })

  it('the quote deleted outright: orphaned, keeping a position inside the text', () => {
    const text = 'A short unrelated note.'
    const r = anchor(text, sel)
    expect(r.state).toBe('orphaned')
    expect(r.end).toBeLessThanOrEqual(text.length)
  })

  it('a repeated quote goes to the occurrence in the right context, not the nearest', () => {
    const para = 'The pier will stay closed.'
    const text = `Mayor: ${para} Then the weather turned.\n\nEngineers: ${para} Until they inspected it.`
    const at = text.lastIndexOf(para)
    const q = describeSpan(text, at, at + para.length).quote
    const stored = { exact: q.exact, prefix: q.prefix, suffix: q.suffix, start: at, end: at + para.length }
    const changed = `Breaking update inserted here at the top of the page. ${text}`
    const r = anchor(changed, stored)
    expect(r.state).toBe('anchored')
    expect(r.start).toBe(changed.lastIndexOf(para))
  })

  it('a short quote is only matched exactly', () => {
    const text = STORY
    const at = text.indexOf('Tuesday')
    const stored = { exact: 'Tuesday', prefix: text.slice(at - 32, at), suffix: text.slice(at + 7, at + 39), start: at, end: at + 7 }
    expect(anchor(text.replace('Tuesday', 'Tusday'), stored).state).toBe('orphaned')
  })
})

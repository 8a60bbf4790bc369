import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyRemovals, cleanToRaw, rawToClean } from '../../../src-main/core/ingest/clean-text'

describe('applyRemovals', () => {
  it('joins the two halves of a word when the removal sits inside it', () => {
    const raw = 'Pyon weed gyang'
    const { text, map } = applyRemovals(raw, [{ start: 4, end: 10 }])
    expect(text).toBe('Pyongyang')
    expect(cleanToRaw(map, 0)).toBe(0)
    expect(cleanToRaw(map, 4)).toBe(10) // the "g" after the removal
    expect(raw[cleanToRaw(map, 4)]).toBe('g')
  })

  it('splits on line breaks, trims, drops empty paragraphs and joins with a blank line', () => {
    const raw = '  Title  \n\n\n   First para.   \n\t\nSecond para.\n   \n'
    expect(applyRemovals(raw, []).text).toBe('Title\n\nFirst para.\n\nSecond para.')
  })

  it('removes whole lines without leaving blank residue', () => {
    const raw = 'Keep one.\nDrop me\nKeep two.'
    expect(applyRemovals(raw, [{ start: 10, end: 18 }]).text).toBe('Keep one.\n\nKeep two.')
  })

  it('joins lines when a removal swallows the line break between them', () => {
    const raw = 'Half a sen-\nXXX\ntence.'
    expect(applyRemovals(raw, [{ start: 11, end: 16 }]).text).toBe('Half a sen-tence.')
  })

  it('accepts unsorted, overlapping and out-of-range spans', () => {
    const raw = 'abcdefghij'
    const { text } = applyRemovals(raw, [
      { start: 6, end: 8 },
      { start: 1, end: 3 },
      { start: 2, end: 4 },
      { start: 9, end: 50 },
      { start: -5, end: 0 },
    ])
    expect(text).toBe('aefi')
  })

  it('returns empty text when everything is removed or blank', () => {
    expect(applyRemovals('abc', [{ start: 0, end: 3 }])).toEqual({ text: '', map: [] })
    expect(applyRemovals(' \n\n \t', []).text).toBe('')
  })

  it('maps offsets in paragraph breaks to the end of the run before them', () => {
    const raw = 'One.\n\nTwo.'
    const { text, map } = applyRemovals(raw, [])
    expect(text).toBe('One.\n\nTwo.')
    expect(cleanToRaw(map, 4)).toBe(4)
    expect(cleanToRaw(map, 5)).toBe(4)
    expect(cleanToRaw(map, 6)).toBe(6)
    expect(cleanToRaw(map, text.length)).toBe(raw.length)
  })

  it('maps raw offsets inside removed text to the next kept character', () => {
    const raw = 'Keep.\nGone\nAlso.'
    const { text, map } = applyRemovals(raw, [{ start: 6, end: 11 }])
    expect(text).toBe('Keep.\n\nAlso.')
    expect(rawToClean(map, 7)).toBe(text.indexOf('Also'))
    expect(rawToClean(map, 2)).toBe(2)
    expect(rawToClean(map, raw.length)).toBe(text.length)
  })

  it('maps every clean character back to the same raw character (property)', () => {
    const arbText = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\t', 'é', 'x'), maxLength: 80 })
    const arbSpans = fc.array(fc.record({ start: fc.nat(90), len: fc.nat(12) }), { maxLength: 6 })
    fc.assert(
      fc.property(arbText, arbSpans, (raw, spans) => {
        const removed = spans.map((s) => ({ start: s.start, end: s.start + s.len }))
        const { text, map } = applyRemovals(raw, removed)
        for (let i = 0; i < text.length; i++) {
          const c = text[i] as string
          if (c === '\n' && text[i + 1] === '\n') continue
          if (c === '\n' && text[i - 1] === '\n') continue
          const r = cleanToRaw(map, i)
          expect(raw[r]).toBe(c)
          expect(removed.some((s) => s.start <= r && r < s.end)).toBe(false)
          expect(rawToClean(map, r)).toBe(i)
        }
        expect(text).toBe(text.trim())
        expect(text.includes('\n\n\n')).toBe(false)
      }),
    )
  })
})

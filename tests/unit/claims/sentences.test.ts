import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../../src-main/core/text/sentences'

const texts = (t: string) => splitSentences(t).map((s) => s.text)

describe('splitSentences', () => {
  it('does not break after abbreviations, initials and dotted acronyms', () => {
    expect(texts('Mr. Putin met Mr. Kim. The U.S. and the U.N. objected. Vladimir V. Putin left at 4 a.m. on Tuesday.')).toEqual([
      'Mr. Putin met Mr. Kim.',
      'The U.S. and the U.N. objected.',
      'Vladimir V. Putin left at 4 a.m. on Tuesday.',
    ])
  })

  it('keeps decimals with scales together ("4.8m")', () => {
    expect(texts('They could hold as much as 4.8m shells, Shin said. Others disagree.')).toEqual([
      'They could hold as much as 4.8m shells, Shin said.',
      'Others disagree.',
    ])
  })

  it('breaks where a scrape lost the space after a full stop', () => {
    expect(texts('The shells reached Ukraine.The Kremlin denied it.')).toEqual(['The shells reached Ukraine.', 'The Kremlin denied it.'])
  })

  it('keeps closing quotes with their sentence', () => {
    expect(texts('“We are firmly convinced,” Mr. Putin said. “It is over.” He left.')).toEqual([
      '“We are firmly convinced,” Mr. Putin said.',
      '“It is over.”',
      'He left.',
    ])
  })

  it('always ends a sentence at a paragraph break', () => {
    expect(texts('A headline without a stop\n\nThe body starts here.')).toEqual(['A headline without a stop', 'The body starts here.'])
  })

  it('gives offsets that point at each sentence', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Mr. Roe met 4.8m people.', 'It rained.', 'The U.S. said no.', 'Yes!'), { maxLength: 8 }), (parts) => {
        const text = parts.join(' ')
        return splitSentences(text).every((s) => text.slice(s.start, s.end) === s.text)
      }),
    )
  })
})

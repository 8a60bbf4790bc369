import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractQuantities } from '../../../src-main/core/text/quantities'

const one = (text: string) => {
  const q = extractQuantities(text)
  expect(q.length, `quantities in "${text}"`).toBeGreaterThan(0)
  return q[0]!
}

describe('extractQuantities', () => {
  it('normalises scaled figures ("4.8m shells" is 4,800,000 shell)', () => {
    const q = one('Those containers could contain as much as 4.8m shells, Shin said.')
    expect(q).toMatchObject({ value: 4_800_000, unit: 'shell', qualifier: 'up_to', approximate: true, text: 'as much as 4.8m shells' })
  })

  it('keeps the hedge and the counted thing ("about 6,700 containers")', () => {
    expect(one('Pyongyang shipped about 6,700 containers to Russia.')).toMatchObject({
      value: 6700, unit: 'container', approximate: true, qualifier: 'about',
    })
  })

  it('gives vague plurals as a range ("millions of rounds")', () => {
    const q = one('It supplied millions of rounds of Soviet-era artillery munitions.')
    expect(q.min).toBe(2_000_000)
    expect(q.max).toBe(1_000_000_000)
    expect(q.unit).toBe('shell')
  })

  it('skips a calibre inside the counted phrase', () => {
    const qs = extractQuantities('enough for more than 3 million rounds of 152 mm artillery shells')
    expect(qs[0]).toMatchObject({ value: 3_000_000, unit: 'shell', qualifier: 'more_than' })
  })

  it('reads times, durations, measures and money', () => {
    expect(one('It struck at 04:40 local time.')).toMatchObject({ value: 280, unit: 'time' })
    expect(one('It struck shortly before 4 a.m. on Tuesday.')).toMatchObject({ value: 240, unit: 'time', qualifier: 'shortly_before' })
    expect(one('the first visit in 24 years')).toMatchObject({ value: 24, unit: 'year' })
    expect(one('for more than three decades')).toMatchObject({ value: 30, unit: 'year', qualifier: 'more_than' })
    expect(one('a 183-metre tanker')).toMatchObject({ value: 183, unit: 'm' })
    expect(one('a slick 12 km long')).toMatchObject({ value: 12, unit: 'km' })
    expect(one('a $2bn deal')).toMatchObject({ value: 2e9, unit: 'USD' })
    expect(one('exports rose 14 per cent')).toMatchObject({ value: 14, unit: '%' })
  })

  it('folds synonyms of what is counted (crew members, residents)', () => {
    expect(one('All 21 crew members were rescued.').unit).toBe('crew')
    expect(one('340 residents were evacuated.').unit).toBe('people')
  })

  it('ignores names with digits, days of the month and pronoun "one"', () => {
    expect(extractQuantities('COVID-19 and the G7 met on Oct 14 and 14 October; one of them left.')).toEqual([])
  })

  it('marks bare four-digit years as calendar years', () => {
    expect(one('papers signed in 1961').unit).toBe('calendar year')
  })

  it('reads any written figure back exactly, with offsets that point at it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_999 }), (n) => {
        const text = `Officials counted ${n.toLocaleString('en-US')} containers on Friday.`
        const [q] = extractQuantities(text)
        return q !== undefined && q.value === n && q.unit === 'container' && text.slice(q.start, q.end) === q.text
      }),
    )
  })
})

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

  it('converts imperial and nautical measures into the metric unit they are compared with', () => {
    expect(one('a slick 12 miles long')).toMatchObject({ value: 19.312128, unit: 'km', converted: true })
    expect(one('some 4 nautical miles offshore')).toMatchObject({ value: 7.408, unit: 'km', qualifier: 'about' })
    expect(one('a 600-foot tanker')).toMatchObject({ value: 182.88, unit: 'm' })
    expect(one('a boom of 500 yards')).toMatchObject({ value: 457.2, unit: 'm' })
    expect(one('about 20,000 gallons of diesel')).toMatchObject({ value: 75708.23568, unit: 'l' })
    expect(one('an area of 30 square miles')).toMatchObject({ value: 77.6996433101, unit: 'km2' })
    expect(one('250 hectares of marsh')).toMatchObject({ value: 2.5, unit: 'km2' })
    expect(one('2.5m cubic metres of water')).toMatchObject({ value: 2_500_000, unit: 'm3' })
    expect(one('a slick 12 km long').converted).toBeUndefined()
  })

  it('reads military, GMT and o\'clock times as times of day', () => {
    expect(one('The ship grounded at 0410 GMT.')).toMatchObject({ value: 250, unit: 'time', text: '0410 GMT' })
    expect(one('Boats left at 2300 hrs on Monday.')).toMatchObject({ value: 1380, unit: 'time' })
    expect(one('It was about 4 o\'clock when the alarm sounded.')).toMatchObject({ value: 240, unit: 'time', qualifier: 'about' })
    expect(one('at four o\'clock in the afternoon')).toMatchObject({ value: 960, unit: 'time' })
    // Not a time: a year, and hours of work.
    expect(one('since 1994 the strait was calm').unit).toBe('calendar year')
    expect(extractQuantities('They logged 1200 hours of overtime.').some((q) => q.unit === 'time')).toBe(false)
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

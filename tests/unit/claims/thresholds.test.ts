import { describe, expect, it } from 'vitest'
import labelled from '../../fixtures/claims/labelled.json'
import { interval } from '../../../src-main/core/claims/conflicts'
import { evaluateLabelled, type LabelledSet } from '../../../src-main/core/claims/evaluate'
import { CLAIM_THRESHOLDS as T } from '../../../src-main/core/claims/thresholds'
import { extractQuantities } from '../../../src-main/core/text/quantities'

const set = labelled as unknown as LabelledSet
const at = (clusterSimilarity: number) =>
  evaluateLabelled(set, { ...T, clusterSimilarity, mergeSimilarity: Math.max(T.mergeSimilarity, clusterSimilarity) })

// The labelled sweep: precision/recall are 0.42/1 at 0.1, 0.66/1 at 0.15, 1/1 from 0.2 to 0.35,
// 1/0.98 at 0.4, 1/0.74 at 0.5: 0.3 sits inside the plateau, away from both cliffs.
describe('why the clustering threshold is 0.3', () => {
  it('keeps every cross-source pair it makes correct and finds every planted conflict', () => {
    const e = at(T.clusterSimilarity)
    expect(e.cluster.precision).toBe(1)
    expect(e.cluster.recall).toBeGreaterThanOrEqual(0.95)
    expect(e.conflicts.missed).toEqual([])
    expect(e.conflicts.spurious).toEqual([])
  })

  it('merges different facts when lowered to 0.15', () => {
    expect(at(0.15).cluster.precision).toBeLessThan(0.8)
  })

  it('merges different facts when clusters are bridged at 0.4 instead of 0.5', () => {
    expect(evaluateLabelled(set, { ...T, mergeSimilarity: 0.4 }).cluster.precision).toBeLessThan(0.8)
  })

  it('splits paraphrases and loses conflicts when raised to 0.5', () => {
    const e = at(0.5)
    expect(e.cluster.recall).toBeLessThan(at(T.clusterSimilarity).cluster.recall)
    expect(e.conflicts.missed.length).toBeGreaterThan(0)
  })
})

describe('why the hedge spans have their values', () => {
  const range = (text: string): [number, number] => interval(extractQuantities(text)[0]!)
  const overlap = (a: string, b: string): boolean => {
    const [x, y] = [range(a), range(b)]
    return x[0] <= y[1] && y[0] <= x[1]
  }

  it('reads "more than 3 million" and "as many as 4.8 million" as different figures', () => {
    expect(overlap('more than 3 million shells', 'as many as 4.8 million shells')).toBe(false)
  })

  it('reads "at least 10,000" and "more than 11,000" as compatible', () => {
    expect(overlap('at least 10,000 containers', 'more than 11,000 containers')).toBe(true)
  })

  it('reads "up to 2,000 t" as disagreeing with "about 1,200 t"', () => {
    expect(overlap('up to 2,000 tonnes', 'about 1,200 tonnes')).toBe(false)
  })

  it('lets "about 4,000" and "some 4,200" agree, but not "about 300" and 340', () => {
    expect(overlap('about 4,000 residents', 'some 4,200 residents')).toBe(true)
    expect(overlap('about 300 containers', '340 containers')).toBe(false)
  })

  it('lets a converted figure keep its rounding: "12 miles" agrees with "20 km", not with "12 km"', () => {
    expect(overlap('a slick 12 miles long', 'a slick 20 km long')).toBe(true)
    expect(overlap('a slick 12 miles long', 'a slick 12 km long')).toBe(false)
    // At the plain 1% tolerance "12 miles" (19.3 km) and "20 km" would be read as a conflict.
    const strict = { ...T, convertedTolerance: T.exactTolerance }
    const [a, b] = [interval(extractQuantities('12 miles')[0]!, strict), interval(extractQuantities('20 km')[0]!, strict)]
    expect(a[1] < b[0]).toBe(true)
  })

  it('reads "0410 GMT" and "04:11" as one time, "0410 GMT" and "04:20" as two', () => {
    expect(overlap('at 0410 GMT', 'at 04:11')).toBe(true)
    expect(overlap('at 0410 GMT', 'at 04:20')).toBe(false)
  })

  it('treats "4.8m" and "4,800,000" as one figure', () => {
    expect(overlap('4.8m shells', '4,800,000 shells')).toBe(true)
  })
})

describe('quantity normalisation on the labelled cases', () => {
  it('gets every case right', () => {
    expect(evaluateLabelled(set).quantities.failures).toEqual([])
  })
})

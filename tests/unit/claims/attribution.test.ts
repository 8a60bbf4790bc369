import { describe, expect, it } from 'vitest'
import { extractAttribution } from '../../../src-main/core/claims/attribution'
import { extractEntities } from '../../../src-main/core/text/entities'

describe('extractAttribution', () => {
  it('finds "X said" with a titled speaker', () => {
    const a = extractAttribution('South Korean defence minister Shin Won-sik said Seoul had identified 10,000 containers.')
    expect(a).toMatchObject({ source: 'South Korean defence minister Shin Won-sik', verb: 'said' })
  })

  it('finds a trailing attribution ("…, Shin said.")', () => {
    expect(extractAttribution('Those containers could contain as much as 4.8m shells, Shin said.')).toMatchObject({ source: 'Shin', verb: 'said' })
  })

  it('finds "according to X"', () => {
    expect(extractAttribution('The ban was lifted on Friday, according to Reuters.')).toMatchObject({ source: 'Reuters', verb: 'according to' })
  })

  it('finds an inverted speaker after the verb', () => {
    expect(extractAttribution('"The program is very full," said Kremlin aide Yuri Ushakov.')).toMatchObject({
      source: 'Kremlin aide Yuri Ushakov',
      verb: 'said',
    })
  })

  it('gives offsets into the sentence', () => {
    const s = 'Prices rose, the ministry said on Monday.'
    const a = extractAttribution(s)
    expect(a && s.slice(a.start, a.end)).toBe('the ministry said')
  })

  it('returns null for an unattributed statement', () => {
    expect(extractAttribution('The dam gave way early on Sunday.')).toBeNull()
  })
})

describe('extractEntities', () => {
  it('tells people, places and organisations apart', () => {
    const e = extractEntities('Russian President Vladimir Putin met Kim Jong Un in Pyongyang, the Kremlin and Bloomberg News said.')
    expect(e.map((x) => [x.text, x.kind])).toEqual([
      ['Vladimir Putin', 'person'],
      ['Kim Jong Un', 'person'],
      ['Pyongyang', 'place'],
      ['Kremlin', 'organization'],
      ['Bloomberg News', 'organization'],
    ])
  })

  it('keeps multi-word places and dotted acronyms whole', () => {
    const e = extractEntities('The U.N. Security Council met in New York near the Marren Strait.')
    expect(e.map((x) => x.text)).toEqual(['U.N. Security Council', 'New York', 'Marren Strait'])
  })
})

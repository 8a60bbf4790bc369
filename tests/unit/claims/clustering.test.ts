import { describe, expect, it } from 'vitest'
import { ClaimClusterer } from '../../../src-main/core/claims/clusterer'
import { findConflicts, type ConflictInput } from '../../../src-main/core/claims/conflicts'
import { describeClaim } from '../../../src-main/core/claims/detect'
import { claimFeatures, encodeFeatures, type FeatureKind } from '../../../src-main/core/claims/features'
import { CLAIM_THRESHOLDS } from '../../../src-main/core/claims/thresholds'
import { extractQuantities } from '../../../src-main/core/text/quantities'

const features = (text: string) => claimFeatures({ text, ...describeClaim(text) })

describe('ClaimClusterer', () => {
  const background = [
    'The regional council approved a new budget for road repairs on Thursday.',
    'Heavy rain is expected across the northern provinces over the weekend.',
    'The football club announced the signing of a young striker from abroad.',
    'Shares in the telecom company fell sharply after its quarterly results.',
  ]

  it('groups a paraphrase and a spun copy with the original, and leaves unrelated claims alone', () => {
    const c = new ClaimClusterer()
    background.forEach((t, i) => c.add(100 + i, features(t)))
    const a = c.add(1, features('Police said nine people were killed when the Orvik dam burst on Sunday morning.'))
    const b = c.add(2, features('Police mentioned 9 folks had been killed when the Orvik dam burst on Sunday morning.'))
    const d = c.add(3, features('Fifteen people died after the dam above Orvik failed, the mayor said on Monday.'))
    const e = c.add(4, features('Rail services between Orvik and Havel were suspended until further notice.'))
    expect(a.matched).toBeNull()
    expect(b.cluster).toBe(a.cluster)
    expect(d.cluster).toBe(a.cluster)
    expect(e.cluster).not.toBe(a.cluster)
  })

  it('finds candidates through the inverted index only: claims sharing no rare feature are never scored', () => {
    const c = new ClaimClusterer({ ...CLAIM_THRESHOLDS, clusterSimilarity: 0 })
    c.add(1, features('The Orvik dam burst on Sunday, police said.'))
    // With a zero threshold any scored claim would join; one that shares nothing starts its own cluster.
    expect(c.add(2, features('Shares in the telecom company fell sharply after its results.')).cluster).toBe(2)
  })

  it('reads at most maxPostingScan entries of a posting, however common a feature is, and still finds the match', () => {
    const c = new ClaimClusterer()
    const f = (...keys: string[]): Map<string, FeatureKind> => new Map(keys.map((k) => [k, k.startsWith('f:') ? 'figure' : 'word']))
    // 3,000 claims about one story: "w:spill" is in every one, each has its own figure and place.
    for (let i = 1; i <= 3000; i++) c.add(i, f('w:spill', 'w:tanker', `f:${i}:t`, `w:place${i}`))
    const a = c.add(5000, f('w:spill', 'w:tanker', 'f:1234:t', 'w:place1234', 'w:leaked'))
    expect(c.scanned).toBeLessThanOrEqual(2 * CLAIM_THRESHOLDS.maxPostingScan)
    expect(c.clusterOf(5000)).toBe(c.clusterOf(1234))
    expect(a.matched).toBe(1234)
  })

  it('joins incrementally: a claim added later finds the existing cluster', () => {
    const c = new ClaimClusterer()
    for (let i = 0; i < 200; i++) c.add(1000 + i, features(`Filler sentence number ${i} about topic ${i % 17} and item ${i}.`))
    const first = c.add(1, features('Customs officers in the port of Lenn seized 340 containers of counterfeit medicines.'))
    const later = c.add(2, features('About 300 containers of fake medicines were seized at the port of Lenn, customs said.'))
    expect(later.cluster).toBe(first.cluster)
  })

  it('merges the clusters a claim bridges into the largest, whichever it matched best', () => {
    const c = new ClaimClusterer()
    const f = (...keys: string[]): Map<string, FeatureKind> => new Map(keys.map((k) => [k, 'word']))
    for (const id of [1, 2, 3]) c.add(id, f('w:alpha', 'w:beta', 'w:gamma'))
    c.add(4, f('w:delta', 'w:epsilon', 'w:zeta'))
    const bridge = c.add(5, f('w:alpha', 'w:beta', 'w:gamma', 'w:delta', 'w:epsilon', 'w:zeta'))
    // Its rarer features make claim 4 the best match, but the three-claim cluster absorbs it.
    expect(bridge.matched).toBe(4)
    expect(bridge.cluster).toBe(1)
    expect(bridge.merged).toEqual([4])
    expect([1, 2, 3, 4, 5].map((id) => c.clusterOf(id))).toEqual([1, 1, 1, 1, 1])
  })

  it('forgets a removed claim: it is no longer a candidate, and its cluster goes on without it', () => {
    const c = new ClaimClusterer()
    const f = (...keys: string[]): Map<string, FeatureKind> => new Map(keys.map((k) => [k, 'word']))
    c.add(1, f('w:alpha', 'w:beta', 'w:gamma'))
    c.add(2, f('w:alpha', 'w:beta', 'w:gamma'))
    c.remove(1)
    expect(c.clusterOf(1)).toBeUndefined()
    expect(c.size).toBe(1)
    expect(c.add(3, f('w:alpha', 'w:beta', 'w:gamma')).matched).toBe(2)
    expect(c.clusterOf(3)).toBe(1)
  })

  it('rebuilt from stored features (a reopened workspace), matches as the one that clustered them', () => {
    const texts = [
      'Customs officers in the port of Lenn seized 340 containers of counterfeit medicines.',
      'The regional council approved a new budget for road repairs on Thursday.',
      'Police said nine people were killed when the Orvik dam burst on Sunday morning.',
    ]
    const live = new ClaimClusterer()
    const reopened = new ClaimClusterer()
    texts.forEach((t, i) => {
      const f = features(t)
      live.add(i + 1, f)
      reopened.restoreStored(i + 1, encodeFeatures(f), live.clusterOf(i + 1) ?? i + 1)
    })
    const later = features('About 300 containers of fake medicines were seized at the port of Lenn, customs said.')
    const a = live.add(10, later)
    const b = reopened.add(10, later)
    expect(b).toEqual(a)
    expect(b.matched).toBe(1)
  })

  it('scores claims about different counted things down', () => {
    const c = new ClaimClusterer()
    const crew = features('All 21 crew members were rescued, harbour master Ilse Brandt said.')
    const spill = features('About 1,200 tonnes leaked, harbour master Ilse Brandt said.')
    const crew2 = features('All 23 crew members were rescued, the operator said.')
    expect(c.similarity(crew, crew2)).toBeGreaterThan(c.similarity(crew, spill))
  })
})

describe('findConflicts', () => {
  const claim = (id: number, articleId: number, text: string): ConflictInput => ({
    id, articleId, text, outlet: null, quantities: extractQuantities(text),
  })

  it('flags figures of one kind that disagree, with each source\'s figure and wording', () => {
    const k = findConflicts([
      claim(1, 1, 'Pyongyang shipped about 6,700 containers to Russia.'),
      claim(2, 2, 'Seoul identified at least 10,000 shipping containers sent to Russia.'),
    ])
    expect(k).toHaveLength(1)
    expect(k[0]?.quantity).toBe('container')
    expect(k[0]?.values.map((v) => [v.articleId, v.value, v.text])).toEqual([
      [1, 6700, 'about 6,700 containers'],
      [2, 10000, 'at least 10,000 shipping containers'],
    ])
  })

  it('does not flag agreeing figures, or a source that simply gives fewer figures', () => {
    expect(findConflicts([claim(1, 1, 'It holds 4.8m shells.'), claim(2, 2, 'It holds 4,800,000 shells.')])).toEqual([])
    expect(
      findConflicts([
        claim(1, 1, 'About 1,200 tonnes of its 14,500 tonnes of cargo leaked.'),
        claim(2, 2, 'The ship carried 14,500 tonnes of cargo.'),
      ]),
    ).toEqual([])
  })

  it('flags a disagreement hidden next to an agreed figure', () => {
    const k = findConflicts([
      claim(1, 1, 'About 1,200 tonnes of its 14,500 tonnes of cargo leaked.'),
      claim(2, 2, 'Some 800 tonnes of its 14,500 tonnes of cargo leaked.'),
    ])
    expect(k.map((x) => x.quantity)).toEqual(['t'])
  })

  it('leaves out figures of another order: a cluster\'s side fact is no conflict (sameFactRatio)', () => {
    const rescued = claim(1, 1, 'All 21 crew members were taken off the ship by helicopter.')
    const hospital = claim(2, 2, 'Two sailors were taken to hospital with minor injuries.')
    const disagreeing = claim(3, 3, 'All 23 crew were taken off the ship, the operator said.')
    expect(rescued.quantities[0]?.unit).toBe(hospital.quantities[0]?.unit)
    expect(findConflicts([rescued, hospital])).toEqual([])
    const k = findConflicts([rescued, hospital, disagreeing])
    expect(k[0]?.values.map((v) => v.value)).toEqual([21, 23])
    // No one (zero) against a figure is always a disagreement.
    expect(findConflicts([claim(1, 1, 'Nobody was hurt: 0 people were injured.'), claim(2, 2, 'Twelve people were injured.')])).toHaveLength(1)
  })

  it('never compares two claims of one article, nor calendar years', () => {
    expect(findConflicts([claim(1, 1, 'Police said 9 people died.'), claim(2, 1, 'The mayor said 15 people died.')])).toEqual([])
    expect(findConflicts([claim(1, 1, 'It was signed in 1961.'), claim(2, 2, 'It was signed in 2000.')])).toEqual([])
  })
})

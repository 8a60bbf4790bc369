import { describe, expect, it } from 'vitest'
import { applyRemovals } from '../../../src-main/core/ingest/clean-text'
import { parseArticle } from '../../../src-main/core/ingest/parse'
import { findSpamSplices } from '../../../src-main/core/ingest/spam-splices'
import { utf8 } from './helpers'

/** Invented article text; the spliced phrases are invented too and appear in no list in the detector. */
const ORIGINAL = [
  'Salvage crews in Velmora worked through the night to refloat the ferry Maristella, which ran aground near the harbour mouth.',
  'The harbour master said the Maristella carried no cargo of concern, and that the channel would reopen by Thursday.',
  'Divers inspected the hull of the Maristella twice and found no breach, according to the harbour authority.',
  'Fishermen in Velmora said the closure of the channel had already cost them two days of work.',
].join('\n\n')

function spliced(text: string, at: string, insert: string): string {
  const i = text.indexOf(at)
  return text.slice(0, i) + insert + text.slice(i)
}

describe('findSpamSplices', () => {
  it('finds a phrase spliced inside a word the article uses elsewhere, and removing it heals the word', () => {
    const raw = spliced(ORIGINAL, 'stella, which', ' cheap gadget deals ')
    const spans = findSpamSplices(raw, [])
    expect(spans).toHaveLength(1)
    expect(raw.slice(spans[0]?.start, spans[0]?.end)).toBe(' cheap gadget deals ')
    expect(applyRemovals(raw, spans).text).toBe(ORIGINAL)
  })

  it('finds a splice that breaks a short common word, and the same spam words again between whole words', () => {
    let raw = spliced(ORIGINAL, 'f the channel had', ' lottery jackpot tickets ')
    raw = raw.replace('no cargo of concern', 'no cargo jackpot of concern')
    const spans = findSpamSplices(raw, [])
    expect(spans.map((s) => raw.slice(s.start, s.end))).toEqual([' jackpot', ' lottery jackpot tickets '])
    expect(applyRemovals(raw, spans).text).toBe(ORIGINAL)
  })

  it('leaves clean prose alone, names and hyphenated words included', () => {
    const text = `${ORIGINAL}\n\nThe Ban Ki moon festival and a well- known co- operative were both mentioned by Mr O Brien.`
    expect(findSpamSplices(text, [])).toEqual([])
  })

  it('does not judge across text that cleaning already removed', () => {
    const raw = 'Navigation Mari\n' + ORIGINAL
    expect(findSpamSplices(raw, [{ start: 0, end: 16 }])).toEqual([])
  })

  it('marks splices as spam in a parsed article', () => {
    const raw = spliced(ORIGINAL, 'stella twice', ' fast loans today ')
    const article = parseArticle({ name: 'a.txt', bytes: utf8(`Ferry refloated\n\n${raw}`) })
    const spam = article.removed.filter((r) => r.kind === 'spam').map((r) => article.rawText.slice(r.start, r.end))
    expect(spam).toEqual([' fast loans today '])
  })
})

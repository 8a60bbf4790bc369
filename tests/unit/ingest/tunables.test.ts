import { describe, expect, it } from 'vitest'
import { paragraphLanguages } from '../../../src-main/core/ingest/paragraph-languages'
import { findSpamSplices } from '../../../src-main/core/ingest/spam-splices'
import {
  MAX_SPAM_SCAN_CHARS,
  MAX_SPAM_WORD_RECURRENCE,
  MAX_SPLICE_WORDS,
  MIN_PARAGRAPH_LETTERS,
  MIN_SPAM_WORD_LENGTH,
} from '../../../src-main/core/ingest/tunables'

const TEXT =
  'Salvage crews in Velmora worked through the night to refloat the ferry Maristella near the harbour mouth. ' +
  'The harbour master said the Maristella carried no cargo and that the channel would reopen by Thursday.'

const splice = (words: string[]): string => TEXT.replace('stella near', ` ${words.join(' ')} stella near`)

describe('spam splice thresholds', () => {
  it(`MAX_SPLICE_WORDS = ${MAX_SPLICE_WORDS}: ad runs of up to six words are caught, a longer run is not judged a splice`, () => {
    // Scraped ad phrases are short ("buy weed online canada"); a long run inside a split word is more likely a layout accident.
    const ad = ['order', 'discount', 'pills', 'express', 'shipping', 'worldwide']
    expect(findSpamSplices(splice(ad.slice(0, MAX_SPLICE_WORDS)), [])).toHaveLength(1)
    expect(findSpamSplices(splice([...ad, 'today']), [])).toHaveLength(0)
  })

  it(`MAX_SPAM_WORD_RECURRENCE = ${MAX_SPAM_WORD_RECURRENCE}: a splice word the article itself uses often is its topic`, () => {
    const topical = `${splice(['ferry', 'tickets'])} Ferry tickets were refunded. Ferry tickets sold out. Ferry tickets rose. Ferry tickets fell.`
    const spans = findSpamSplices(topical, []).map((s) => topical.slice(s.start, s.end))
    expect(spans).toEqual([' ferry tickets '])
  })

  it(`MIN_SPAM_WORD_LENGTH = ${MIN_SPAM_WORD_LENGTH}: short splice words are not hunted elsewhere (too common to judge)`, () => {
    const raw = `${splice(['get', 'pills'])} The crew got on a bus.`
    expect(findSpamSplices(raw, []).map((s) => raw.slice(s.start, s.end))).toEqual([' get pills '])
  })
})

describe('paragraph language threshold', () => {
  it(`MIN_PARAGRAPH_LETTERS = ${MIN_PARAGRAPH_LETTERS}: a short line is not given a language of its own`, () => {
    const clean = `${TEXT}\n\nDie Fähre liegt fest.`
    expect(paragraphLanguages(clean, 'en')[1]).toMatchObject({ language: 'en', untranslated: false })
  })
})

describe('spam scan size limit', () => {
  it(`MAX_SPAM_SCAN_CHARS = ${MAX_SPAM_SCAN_CHARS}: a dump past an article's size is not scanned (a 5 MB line stays cheap)`, () => {
    const raw = splice(['cheap', 'watches']) + ' pad'.repeat(MAX_SPAM_SCAN_CHARS / 4)
    expect(findSpamSplices(raw, [])).toEqual([])
    expect(findSpamSplices(splice(['cheap', 'watches']), [])).toHaveLength(1)
  })
})

import { describe, expect, it } from 'vitest'
import { paragraphLanguages } from '../../../src-main/core/ingest/paragraph-languages'

const EN = 'The harbour authority said on Monday that the ferry would be towed free at high tide, after divers found no breach.'
const DE = 'Die Hafenbehörde teilte am Montag mit, dass die Fähre bei Flut freigeschleppt werden soll, nachdem Taucher kein Leck gefunden hatten.'

describe('paragraphLanguages', () => {
  it('marks a paragraph left in another language as untranslated, with offsets into the clean text', () => {
    const clean = [EN, DE, 'Short line.'].join('\n\n')
    const paras = paragraphLanguages(clean, 'en')
    expect(paras.map((p) => [p.language, p.untranslated])).toEqual([['en', false], ['de', true], ['en', false]])
    expect(clean.slice(paras[1]?.start, paras[1]?.end)).toBe(DE)
  })
})

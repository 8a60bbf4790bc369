import { describe, expect, it } from 'vitest'
import { isBareOutletName, isShareBar, parseMasthead } from '../../../src-main/core/ingest/masthead'
import { parseArticle } from '../../../src-main/core/ingest/parse'

describe('parseMasthead', () => {
  it('reads outlet, date and author from the common shapes', () => {
    expect(parseMasthead('By Ida Lund, Fjord Post | Monday 3 March 2025, 08:15')).toEqual({ outlet: 'Fjord Post', date: '2025-03-03', author: 'Ida Lund' })
    expect(parseMasthead('Coastal Herald | Published Tuesday 4 March 2025 | By Per Holm')).toEqual({ outlet: 'Coastal Herald', date: '2025-03-04', author: 'Per Holm' })
    expect(parseMasthead('NewsHub365 | March 5, 2025 | admin | World, Europe | 0 Comments')).toEqual({ outlet: 'NewsHub365', date: '2025-03-05', author: null })
    expect(parseMasthead('Harbour Review - Friday 7 March 2025')).toEqual({ outlet: 'Harbour Review', date: '2025-03-07', author: null })
    expect(parseMasthead('*Valley Times* · By Ana Ruiz · 8 March 2025')).toEqual({ outlet: 'Valley Times', date: '2025-03-08', author: 'Ana Ruiz' })
  })

  it('leaves headlines and prose alone', () => {
    expect(parseMasthead('Ferry strike ends after talks - The Coastal Herald')).toBeNull()
    expect(parseMasthead('The ferry ran again on Monday - officials said it was safe.')).toBeNull()
    expect(parseMasthead('Home | World | Europe')).toBeNull()
  })
})

describe('isShareBar / isBareOutletName', () => {
  it('recognises share bars, not menus of sections', () => {
    expect(isShareBar('Facebook | X | WhatsApp | Telegram | Email | Print')).toBe(true)
    expect(isShareBar('World | Europe | Politics | Sport')).toBe(false)
  })

  it('takes a short name, not a sentence, as an outlet name', () => {
    expect(isBareOutletName('Valley Gazette')).toBe(true)
    expect(isBareOutletName('Valley residents were told to stay indoors.')).toBe(false)
  })
})

describe('masthead lines in plain text', () => {
  const parse = (text: string): ReturnType<typeof parseArticle> => parseArticle({ name: 'a.txt', bytes: new TextEncoder().encode(text) })
  const body = 'The ferry between Lund and Varn ran again on Monday after a three-day strike, the operator said in a statement.'

  it('takes outlet, date and author from the line under the title and keeps it out of the clean text', () => {
    const a = parse(`Ferry strike ends\n\nBy Ida Lund, Fjord Post | Monday 3 March 2025, 08:15\n\n${body}\n`)
    expect([a.outlet, a.publishedAt, a.author]).toEqual(['Fjord Post', '2025-03-03', 'Ida Lund'])
    expect(a.removed.some((r) => a.rawText.slice(r.start, r.end).startsWith('By Ida Lund') && r.kind === 'metadata')).toBe(true)
  })

  it('takes a bare name above the date line as the outlet', () => {
    const a = parse(`Ferry strike ends\n\nValley Gazette\nMonday 3 March 2025\nBy Ida Lund\n\n${body}\n`)
    expect([a.outlet, a.publishedAt, a.author]).toEqual(['Valley Gazette', '2025-03-03', 'Ida Lund'])
  })

  it('removes a share bar as share', () => {
    const a = parse(`Ferry strike ends\n\nFacebook | X | WhatsApp | Email | Print\n\n${body}\n`)
    expect(a.removed.find((r) => a.rawText.slice(r.start, r.end).startsWith('Facebook'))?.kind).toBe('share')
  })
})

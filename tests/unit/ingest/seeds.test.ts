/**
 * Acceptance against the five real articles in ../shared/seeds (third-party text: read from
 * there, never copied into the project).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../../src-main/core/ingest/parse'
import type { ParsedArticle } from '../../../src-main/core/ingest/types'
import { cleanOf } from './helpers'

const dir = path.resolve(__dirname, '../../../../shared/seeds')
const present = existsSync(dir)
if (!present) console.warn('shared/seeds not found: skipping seed acceptance')

function seed(prefix: string): { article: ParsedArticle; clean: string } {
  const name = readdirSync(dir).find((f) => f.startsWith(prefix))
  if (!name) throw new Error(`seed ${prefix} missing`)
  const article = parseArticle({ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) })
  return { article, clean: cleanOf(article) }
}

/** Asserts each phrase is in the raw text but not in the clean text. */
function expectRemoved(article: ParsedArticle, clean: string, phrases: string[]): void {
  for (const phrase of phrases) {
    expect(article.rawText, phrase).toContain(phrase)
    expect(clean, phrase).not.toContain(phrase)
  }
}

describe.skipIf(!present)('seed articles', () => {
  it('000: a clean copy with a title line', () => {
    const { article, clean } = seed('000_')
    expect(article.title).toBe('Putin taunts West as North Korean journey is confirmed')
    expect(article.language).toBe('en')
    expect(clean.startsWith('Russian President Vladimir Putin taunts the West')).toBe(true)
    expect(clean).toContain('Between August and February, Pyongyang shipped about 6,700 containers to Russia')
    expect(clean.endsWith('within striking distance of the US.')).toBe(true)
  })

  it('001: breadcrumb, doubled title, comment form and mobile switch go; subheadings stay', () => {
    const { article, clean } = seed('001_')
    expect(article.title).toBe('Kim Jon Un travels to Russia to meet Putin, with arms shipments on the agenda')
    expectRemoved(article, clean, [
      'Home World',
      'No Comments',
      'Leave A Reply',
      'Please enter your comment!',
      'Please enter your name here',
      'Exit mobile version',
    ])
    expect(clean).not.toContain('with arms shipments on the agenda')
    expect(clean.startsWith('The leader of North Korea')).toBe(true)
    for (const heading of ['Vladivostok, meeting point', 'Munitions and missiles for Ukraine', 'nuclear precedent']) {
      expect(clean).toContain(`\n\n${heading}\n\n`)
    }
    expect(clean.endsWith('the possibility of a moratorium on nuclear testing.')).toBe(true)
    expect(article.publishedAt).toBeNull() // "in April 2019" is not a dateline
  })

  it('002: dateline, outlet suffix, aggregator block and Indonesian comment footer', () => {
    const { article, clean } = seed('002_')
    expect(article.title).toBe('Vladimir Putin to visit North Korea as he seeks further military support')
    expect(article.outlet).toBe('The Guardian')
    expect(article.publishedAt).toBe('2024-06-17')
    expect(article.url).toMatch(/^https:\/\/www\.theguardian\.com\/world\/article\/2024\/jun\/17\//)
    expectRemoved(article, clean, [
      'Senin, 17 Juni 2024',
      '- The Guardian',
      'Adblock test (Why?)',
      'news.google.com/rss/articles/',
      '2024-06-17 20:31:00Z',
      'CBMifmh0dHBzOi8v',
      'Tidak ada komentar:',
      'Posting Komentar',
    ])
    expect(clean.startsWith('Vladimir Putin will travel to North Korea this week')).toBe(true)
    expect(clean.endsWith('Shin told Bloomberg News.')).toBe(true)
  })

  it('003: site banner and Chinese comment form go; the closing credit stays', () => {
    const { article, clean } = seed('003_')
    expect(article.title).toMatch(/^Russian President Vladimir Putin is flying to North Korea on Tuesday.*…$/)
    expect(article.outlet).toBe('CLN News')
    expectRemoved(article, clean, ['CLN News | Latest, Breaking News, Diverse News', '發佈留言', '必填欄位'])
    expect(clean.startsWith('Russian President Vladimir Putin is flying to North Korea on Tuesday')).toBe(true)
    expect(clean.endsWith('With files from Reuters.')).toBe(true)
    expect(clean).toContain('with Seoul saying its soldiers fired warning shots')
  })

  it('004: source link, comment form and related list go', () => {
    const { article, clean } = seed('004_')
    expect(article.title).toMatch(/^President Vladimir V\. Putin of Russia will head to North Korea.*…$/)
    expectRemoved(article, clean, [
      'Source link',
      'Leave a Reply',
      'Your email address will not be published',
      'You May Also Like',
      'As China Tries to Present a Friendlier Image',
      'Netanyahu Issues First Plan for Postwar Gaza',
      'Newly Vulnerable, Israelis Remain Traumatized',
      'Egypt Faces Hard Choices',
    ])
    expect(clean).toContain('Russia’s commerce with North Korea reached $34.4 million in 2023')
    expect(clean.endsWith('due to North Korea’s strict guidelines.')).toBe(true)
  })

  it('names the kinds of what it removed', () => {
    const kinds = (prefix: string): Set<string> => new Set(seed(prefix).article.removed.map((s) => s.kind))
    expect(kinds('001_')).toEqual(new Set(['navigation', 'title', 'duplicate', 'comments']))
    expect(kinds('002_')).toEqual(new Set(['metadata', 'title', 'share', 'link', 'comments']))
    expect(kinds('004_')).toEqual(new Set(['link', 'comments', 'related']))
  })
})

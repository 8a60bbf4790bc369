import { describe, expect, it } from 'vitest'
import { matchLexicon } from '../../../src-main/core/ingest/lexicon'
import { parseArticle } from '../../../src-main/core/ingest/parse'
import { bannerOutlet, bylineAuthor, cleanPlainText, isBreadcrumb, looksLikeTitle } from '../../../src-main/core/ingest/plain-cleaner'
import { cleanOf, fixture, removedText, utf8 } from './helpers'

describe('boilerplate vocabulary', () => {
  it.each([
    ['Leave a Reply', 'comments'],
    ['No Comments', 'comments'],
    ['Please enter your comment!', 'comments'],
    ['Your email address will not be published. Required fields are marked *', 'comments'],
    ['Tidak ada komentar:', 'comments'],
    ['Posting Komentar', 'comments'],
    ['Kommentare (3)', 'comments'],
    ['發佈留言', 'comments'],
    ['You May Also Like', 'related'],
    ['Read more: Ferry resumes', 'related'],
    ['Baca juga', 'related'],
    ['Share this article', 'share'],
    ['Adblock test (Why?)', 'share'],
    ['ADVERTISEMENT', 'share'],
    ['Source link', 'link'],
    ['Exit mobile version', 'navigation'],
    ['© 2031 Nordwind. All rights reserved.', 'footer'],
  ])('recognises %s', (line, kind) => {
    expect(matchLexicon(line)?.kind).toBe(kind)
  })

  it.each([
    'Putin declined to comment.',
    'The Kremlin did not respond to a request for comment on the shipments, officials said.',
    'Shares in the ferry operator rose 4 per cent after the announcement on Monday.',
    'With files from Reuters.',
    'Vladivostok, meeting point',
  ])('leaves prose alone: %s', (line) => {
    expect(matchLexicon(line)).toBeNull()
  })
})

describe('line shapes', () => {
  it('knows titles, breadcrumbs, banners and bylines', () => {
    expect(looksLikeTitle('Ferry service to Lindholm resumes after three weeks of ice')).toBe(true)
    expect(looksLikeTitle('The ferry reopened on Monday.')).toBe(false)
    expect(looksLikeTitle('17 June 2024')).toBe(false)
    expect(isBreadcrumb('Home World Ferry service to Lindholm resumes after...')).toBe(true)
    expect(isBreadcrumb('Home › Region › Ferry service')).toBe(true)
    expect(isBreadcrumb('News > Europe > Nordics')).toBe(true)
    expect(isBreadcrumb('Homeowners in Lindholm demand compensation for the flood damage')).toBe(false)
    expect(bannerOutlet('Nordwind News | Latest, Breaking News, Local News')).toBe('Nordwind News')
    expect(bannerOutlet('Home | World | Sport | Weather')).toBe('')
    expect(bannerOutlet('Ferry resumes after three weeks of ice | Nordwind')).toBeNull()
    expect(bylineAuthor('By Tilde Varga')).toBe('Tilde Varga')
    expect(bylineAuthor('By Mara Quill and Tobias Fenn, Reuters')).toBe('Mara Quill and Tobias Fenn')
    expect(bylineAuthor('By the end of the week the ferry was back')).toBeNull()
  })
})

describe('cleanPlainText on a blog copy', () => {
  const article = parseArticle(fixture('blog-copy.txt'))
  const clean = cleanOf(article)

  it('takes the title line, drops its duplicate and the breadcrumb', () => {
    expect(article.title).toBe('Ferry service to Lindholm resumes after three weeks of ice')
    expect(removedText(article, 'title')).toContain('Ferry service to Lindholm resumes')
    expect(removedText(article, 'duplicate')).toContain('Ferry service to Lindholm resumes')
    expect(removedText(article, 'navigation')).toContain('Home › Region ›')
    expect(clean).not.toContain('Ferry service to Lindholm resumes after three weeks of ice')
  })

  it('turns the German date line and the byline into metadata', () => {
    expect(article.publishedAt).toBe('2031-03-04')
    expect(article.author).toBe('Tilde Varga')
    expect(removedText(article, 'metadata')).toContain('Dienstag, 4. März 2031')
    expect(clean).not.toContain('Dienstag')
  })

  it('removes the tail: source link, comment prompt, related list and footer', () => {
    expect(removedText(article, 'link')).toContain('Source link')
    expect(removedText(article, 'comments')).toContain('Kommentar schreiben')
    expect(removedText(article, 'related')).toContain('Lesen Sie auch')
    expect(removedText(article, 'related')).toContain('Storm Wenna leaves Port Elsmere quay under water')
    expect(removedText(article, 'related')).toContain('build a barrier across…')
    expect(removedText(article, 'footer')).toContain('Alle Rechte vorbehalten')
    for (const gone of ['Source link', 'Kommentar', 'Lesen Sie', 'Storm Wenna', 'Nordwind Blog']) expect(clean).not.toContain(gone)
  })

  it('keeps the body, its subheading and the closing credit', () => {
    expect(clean.startsWith('The ferry link between Port Elsmere')).toBe(true)
    expect(clean).toContain('\n\nWhat happens next\n\n')
    expect(clean.endsWith('With reporting by Ilse Marr.')).toBe(true)
  })
})

describe('cleanPlainText on footers in other languages and scripts', () => {
  const article = parseArticle(fixture('comment-footers.txt'))
  const clean = cleanOf(article)

  it('removes French, Korean and Chinese comment prompts and the mobile switch', () => {
    for (const gone of ['Laisser un commentaire', 'Votre adresse', '댓글', '留言', 'Exit mobile version']) {
      expect(clean).not.toContain(gone)
      expect(article.rawText).toContain(gone)
    }
    expect(clean.endsWith('painted a mural to thank the builders.')).toBe(true)
  })
})

describe('cleanPlainText without a title line', () => {
  it('titles the article by its first sentence and keeps the short last sentence', () => {
    const article = parseArticle(fixture('no-title.txt'))
    expect(article.title).toBe('Mr. Anselm Roos of the ferry operator Sundline told reporters in Port…')
    expect(article.removed).toEqual([])
    expect(cleanOf(article).endsWith('With files from Nordwind Radio.')).toBe(true)
  })
})

describe('tail rules', () => {
  it('drops an aggregator block: bare URL, timestamp and id line', () => {
    const text = [
      'Ferry back in service',
      '',
      'The ferry to Lindholm sailed again on Monday after three weeks in which pack ice closed the northern sound to all traffic.',
      '',
      'Islanders said they were relieved, and the shop expected its first delivery of fresh milk by the afternoon.',
      '',
      'https://news.example/rss/articles/CBMiQWh0dHBzOi8vZXhhbXBsZS5vcmcvZmVycnk?oc=5',
      '',
      '2031-03-04 08:12:00Z',
      'CBMiQWh0dHBzOi8vZXhhbXBsZS5vcmcvZmVycnk',
    ].join('\n')
    const result = cleanPlainText(text, 'txt')
    const clean = cleanOf({ rawText: text, removed: result.removed })
    expect(clean.endsWith('by the afternoon.')).toBe(true)
    expect(result.hints.dates).toContain('2031-03-04')
  })

  it('keeps a mid-article "Read more" line out but the paragraphs after it in', () => {
    const para = 'The regional transport office said on Monday that it would study whether an ice-class vessel should be chartered for the coming winters, after weeks of complaints from islanders and the shop owners.'
    const text = ['Ferry back in service', '', para, '', 'Read more: Ice closes the northern sound', '', para.replace('Monday', 'Tuesday')].join('\n')
    const article = parseArticle({ name: 'a.txt', bytes: utf8(text) })
    const clean = cleanOf(article)
    expect(clean).not.toContain('Read more')
    expect(clean).toContain('on Tuesday')
  })

  it('removes short tail lines that share no word with the article', () => {
    const body = Array.from({ length: 5 }, (_, i) => `Paragraph ${i}: the Lindholm ferry operator Sundline reported strong passenger numbers after the ice cleared from the northern sound this week.`)
    const text = ['Ferry numbers up', '', ...body, '', 'Powered by Quasarpress', '', 'Zimbly widgets'].join('\n\n')
    const clean = cleanOf(parseArticle({ name: 'a.txt', bytes: utf8(text) }))
    expect(clean).not.toContain('Quasarpress')
    expect(clean).not.toContain('Zimbly')
    expect(clean).toContain('Paragraph 4')
  })
})

describe('Markdown', () => {
  it('reads front matter as metadata and hides link targets and heading markers', () => {
    const article = parseArticle(fixture('field-notes.md'))
    expect(article.format).toBe('md')
    expect(article.title).toBe('Lighthouse keepers return to Skarre Point')
    expect(article.publishedAt).toBe('2031-05-12')
    expect(article.author).toBe('Ola Brenn')
    expect(article.url).toBe('https://fieldnotes.example/2031/05/skarre-point')
    const clean = cleanOf(article)
    expect(clean).toContain('The authority said the automated lamp would stay in service')
    expect(clean).toContain('\n\nA quiet life\n\n')
    expect(clean).not.toContain('](')
    expect(clean).not.toContain('---')
    expect(clean).not.toContain('#')
  })
})

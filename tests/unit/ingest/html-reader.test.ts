import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { visibleLines } from '../../../src-main/core/ingest/dom-text'
import { readHtml } from '../../../src-main/core/ingest/html-reader'
import { parseArticle } from '../../../src-main/core/ingest/parse'
import { IngestError } from '../../../src-main/core/ingest/types'
import { cleanOf, fixture, removedText, utf8 } from './helpers'

describe('readHtml on a news page', () => {
  const article = parseArticle(fixture('news-page.html'))
  const clean = cleanOf(article)

  it('reads the page metadata: JSON-LD, Open Graph, canonical link, lang', () => {
    expect(article.format).toBe('html')
    expect(article.title).toBe('Harbour council approves tidal barrier for Port Elsmere')
    expect(article.outlet).toBe('The Coastline Courier')
    expect(article.publishedAt).toBe('2031-03-04')
    expect(article.url).toBe('https://www.coastlinecourier.example/news/2031/03/04/tidal-barrier-port-elsmere')
    expect(article.author).toBe('Mara Quill')
    expect(article.language).toBe('en')
  })

  it('puts only visible text in rawText, one block per line', () => {
    expect(article.rawText).not.toMatch(/tracker|font-family|HACKED|Template text|Secret hidden|enable JavaScript|Write here/)
    expect(article.rawText).toContain('\nFishermen remain divided\n')
    expect(article.rawText).toContain('Home\nNews\nSport\nWeather')
  })

  it('keeps the article body and its subheading', () => {
    expect(clean.startsWith('The harbour council of Port Elsmere voted eleven to four')).toBe(true)
    expect(clean).toContain('\n\nFishermen remain divided\n\n')
    expect(clean.endsWith("after the water board's review.")).toBe(true)
  })

  it('names what it removed', () => {
    expect(removedText(article, 'title')).toContain('Harbour council approves tidal barrier for Port Elsmere')
    expect(removedText(article, 'navigation')).toContain('Home › News ›')
    expect(removedText(article, 'share')).toContain('Share on Facebook')
    expect(removedText(article, 'share')).toContain('Advertisement')
    expect(removedText(article, 'related')).toContain('Ferry operator cuts winter timetable to Lindholm')
    expect(removedText(article, 'comments')).toContain('Your email address will not be published')
    expect(removedText(article, 'footer')).toContain('All rights reserved')
    expect(removedText(article, 'metadata')).toContain('4 March 2031')
  })

  it('returns sorted, non-overlapping spans inside the raw text', () => {
    let end = 0
    for (const s of article.removed) {
      expect(s.start).toBeGreaterThanOrEqual(end)
      expect(s.end).toBeGreaterThan(s.start)
      end = s.end
    }
    expect(end).toBeLessThanOrEqual(article.rawText.length)
  })
})

describe('readHtml on awkward input', () => {
  it('reads a fragment without <html> or <body>', () => {
    const reading = readHtml('<h1>Ferry back</h1><p>The ferry to Lindholm sailed again on Monday after three weeks of ice.</p>')
    expect(reading.rawText).toBe('Ferry back\nThe ferry to Lindholm sailed again on Monday after three weeks of ice.')
  })

  it('keeps <pre> line breaks and splits on <br>', () => {
    const { lines } = visibleLines(parseRoot('<div>one<br>two</div><pre>a\nb</pre><span>x</span> <b>y</b>'))
    expect(lines).toEqual(['one', 'two', 'a', 'b', 'x y'])
  })

  it('survives 10,000 nested <div>s and still finds the text', () => {
    const html = `<!DOCTYPE html><html><head><title>Deep page</title></head><body>${'<div>'.repeat(10_000)}<p>The deep paragraph tells of the Lindholm ferry, which sailed again on Monday after three weeks of ice in the sound.</p>${'</div>'.repeat(10_000)}</body></html>`
    const started = Date.now()
    const article = parseArticle({ name: 'deep.html', bytes: utf8(html) })
    expect(cleanOf(article)).toContain('The deep paragraph tells of the Lindholm ferry')
    expect(article.warnings.join(' ')).toMatch(/nested 10\d{3} levels deep/)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('fails with no_text when a page shows nothing', () => {
    const html = '<!DOCTYPE html><html><head><title>x</title><script>var a = 1</script></head><body><script>alert(1)</script></body></html>'
    const run = (): unknown => parseArticle({ name: 'empty.html', bytes: utf8(html) })
    expect(run).toThrow(IngestError)
    expect(run).toThrow(/No article text found/)
  })
})

type Root = Parameters<typeof visibleLines>[0]

function parseRoot(html: string): Root {
  const parse = parseHTML as unknown as (html: string) => { document: { documentElement: Root } }
  return parse(`<!DOCTYPE html><html><body>${html}</body></html>`).document.documentElement
}

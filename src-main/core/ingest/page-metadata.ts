/**
 * What an HTML page says about itself: <title>, Open Graph and article meta tags, JSON-LD
 * (NewsArticle and friends), <time datetime>, the canonical link, and <html lang>.
 */
import { forEachElement, textOf, type DomNode } from './dom-text'

export interface PageMetadata {
  title: string | null
  ogTitle: string | null
  siteName: string | null
  headline: string | null
  /** Raw date strings, most trustworthy first. */
  dates: string[]
  authors: string[]
  urls: string[]
  publisher: string | null
  lang: string | null
  firstH1: string | null
}

const DATE_META = new Set([
  'article:published_time', 'og:published_time', 'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
  'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.created', 'parsely-pub-date', 'sailthru.date',
  'citation_publication_date', 'article.published', 'datepublished',
])
const AUTHOR_META = new Set(['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author'])
/** schema.org types whose headline and dates describe the article (NewsArticle, ReportageNewsArticle...). */
const ARTICLE_TYPE = /(?:article|blogposting|report|webpage)$/i

/** Reads the page's own metadata in one pass over the elements under `root` (the <html> element). */
export function readPageMetadata(root: DomNode): PageMetadata {
  const meta: PageMetadata = {
    title: null, ogTitle: null, siteName: null, headline: null, dates: [], authors: [], urls: [], publisher: null,
    lang: null, firstH1: null,
  }
  const metaDates: string[] = []
  const ldDates: string[] = []
  const timeDates: string[] = []
  const canonical: string[] = []
  const ldUrls: string[] = []
  const ldAuthors: string[] = []

  meta.lang = root.getAttribute?.('lang')?.trim() || root.getAttribute?.('xml:lang')?.trim() || null
  forEachElement(root, (el, tag) => {
    const attr = (name: string): string | null => el.getAttribute?.(name)?.trim() || null
    if (tag === 'title') meta.title ??= clean(textOf(el))
    else if (tag === 'h1') meta.firstH1 ??= clean(textOf(el))
    else if (tag === 'time') {
      const dt = attr('datetime')
      if (dt) timeDates.push(dt)
    } else if (tag === 'link') {
      const rel = attr('rel')?.toLowerCase()
      const href = attr('href')
      if (rel === 'canonical' && href) canonical.push(href)
    } else if (tag === 'meta') {
      const key = (attr('property') ?? attr('name') ?? attr('itemprop') ?? '').toLowerCase()
      const content = attr('content')
      if (!key || !content) return
      if (key === 'og:title' || key === 'twitter:title') meta.ogTitle ??= clean(content)
      else if (key === 'og:site_name' || key === 'application-name') meta.siteName ??= clean(content)
      else if (key === 'og:url') canonical.push(content)
      else if (DATE_META.has(key)) metaDates.push(content)
      else if (AUTHOR_META.has(key) && !/^https?:/.test(content)) meta.authors.push(clean(content))
    } else if (tag === 'script' && attr('type')?.toLowerCase() === 'application/ld+json') {
      readJsonLd(textOf(el), meta, { dates: ldDates, urls: ldUrls, authors: ldAuthors })
    }
  })

  meta.dates = [...ldDates, ...metaDates, ...timeDates]
  meta.authors = [...ldAuthors, ...meta.authors]
  meta.urls = [...canonical, ...ldUrls].filter((u) => /^https?:\/\//i.test(u))
  return meta
}

interface LdFindings {
  dates: string[]
  urls: string[]
  authors: string[]
}

function readJsonLd(json: string, meta: PageMetadata, found: LdFindings): void {
  if (json.length > 1_000_000) return
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    return
  }
  const queue: unknown[] = [data]
  for (let i = 0; i < queue.length && i < 500; i++) {
    const item = queue[i]
    if (Array.isArray(item)) {
      queue.push(...(item as unknown[]))
      continue
    }
    if (!isRecord(item)) continue
    const graph = item['@graph']
    if (Array.isArray(graph)) queue.push(...(graph as unknown[]))
    const types = ([] as unknown[]).concat(item['@type'] ?? [])
    if (!types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) continue
    const headline = stringOf(item['headline']) ?? stringOf(item['name'])
    if (headline && !meta.headline && types.some((t) => t !== 'WebPage')) meta.headline = clean(headline)
    const published = stringOf(item['datePublished']) ?? stringOf(item['dateCreated'])
    if (published) found.dates.push(published)
    meta.publisher ??= nameOf(item['publisher'])
    for (const a of ([] as unknown[]).concat(item['author'] ?? [])) {
      const name = nameOf(a)
      if (name) found.authors.push(name)
    }
    const url = stringOf(item['url']) ?? idOf(item['mainEntityOfPage'])
    if (url) found.urls.push(url)
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null
}

function stringOf(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return clean(v) || null
  if (isRecord(v)) return stringOf(v['name'])
  return null
}

function idOf(v: unknown): string | null {
  if (typeof v === 'string') return v
  if (isRecord(v)) return stringOf(v['@id']) ?? stringOf(v['url'])
  return null
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}

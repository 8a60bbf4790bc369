/**
 * HTML pages. The raw text is everything a reader of the page could see, one block per line;
 * Readability (on linkedom, which never runs scripts) decides which of those lines are the
 * article, and the plain-text rules name what the rest is and catch what Readability kept.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { splitLines, type LineBlock } from './blocks'
import { dateLine, isoDateOf } from './dates'
import { visibleLines, type DomNode, type Landmark } from './dom-text'
import { matchLexicon, normalizeLine } from './lexicon'
import { primaryLanguageTag } from './language'
import { emptyHints, splitTitleOutlet, type MetadataHints } from './metadata'
import { readPageMetadata, type PageMetadata } from './page-metadata'
import { bannerOutlet, bylineAuthor, cleanLines, isBreadcrumb } from './plain-cleaner'
import { IngestError, type RemovedKind, type RemovedSpan } from './types'

export interface HtmlReading {
  rawText: string
  removed: RemovedSpan[]
  hints: MetadataHints
  warnings: string[]
}

/**
 * Pages nested deeper than this are not articles but traps (or broken generators); Readability
 * recurses and would overflow the stack, so they get the plain-text rules only. Browsers stop
 * nesting at 512.
 */
const MAX_READABILITY_DEPTH = 400

/** Reads an HTML page into raw text, removed spans and metadata hints. */
export function readHtml(html: string): HtmlReading {
  const warnings: string[] = []
  const document = parseDocument(html)
  // Walk from <html>: linkedom's doctype node has no nextSibling, so the document itself is a dead end.
  const root = document.documentElement ?? document
  const page = readPageMetadata(root)
  const visible = visibleLines(root)
  const rawText = visible.lines.join('\n')
  const lines = splitLines(rawText)

  const hints = pageHints(page)
  const title = hints.title ? splitTitleOutlet(hints.title, hints.outlet, hints.titleMayHaveSuffix).title : null

  let articleLines: string[] | null = null
  if (visible.maxDepth > MAX_READABILITY_DEPTH) {
    warnings.push(
      `The page is nested ${visible.maxDepth} levels deep, too deep for the article extractor; ` +
        'boilerplate was found by the plain-text rules only.',
    )
  } else {
    const article = runReadability(document, warnings)
    if (article) {
      articleLines = visibleLines(article.content).lines
      if (!hints.title && article.title) hints.title = article.title
      if (!hints.author && article.byline) hints.author = article.byline
      if (!hints.outlet && article.siteName) hints.outlet = article.siteName
      const published = isoDateOf(article.publishedTime)
      if (published && !hints.dates.includes(published)) hints.dates.push(published)
    }
  }

  const preRemoved = articleLines
    ? linesOutsideArticle(lines, articleLines, title, visible.landmarks)
    : new Map<number, RemovedKind>()
  const result = cleanLines(rawText, lines, { preRemoved, knownTitle: title, findTitleLine: !title })
  hints.dates.push(...result.hints.dates.filter((d) => !hints.dates.includes(d)))
  hints.urls.push(...result.hints.urls)
  hints.author ??= result.hints.author
  hints.outlet ??= result.hints.outlet
  if (!hints.title && result.hints.title) {
    hints.title = result.hints.title
    hints.titleMayHaveSuffix = true
  }
  return { rawText, removed: result.removed, hints, warnings }
}

interface LinkedomDocument extends DomNode {
  documentElement: DomNode | null
}

interface ReadabilityArticle {
  content: DomNode
  title: string | null
  byline: string | null
  siteName: string | null
  publishedTime: string | null
}

/** linkedom's types lean on the DOM lib, which the main process does not load; this is the slice we use. */
const parseLinkedom = parseHTML as unknown as (html: string) => { document: LinkedomDocument }

function parseDocument(html: string): LinkedomDocument {
  // linkedom treats a fragment's first element as the document element; give it a real page.
  let source = html
  if (!/<html[\s>]/i.test(html.slice(0, 65_536))) {
    source = /<body[\s>]/i.test(html.slice(0, 65_536))
      ? `<!DOCTYPE html><html>${html}</html>`
      : `<!DOCTYPE html><html><body>${html}</body></html>`
  }
  try {
    return parseLinkedom(source).document
  } catch (error) {
    throw new IngestError('parse_failed', `The HTML could not be parsed: ${messageOf(error)}`)
  }
}

/** Readability's article, or null (with a warning) when it finds none or fails on the page. */
function runReadability(document: LinkedomDocument, warnings: string[]): ReadabilityArticle | null {
  try {
    // The serializer hands back the content element itself, so its lines can be read like the page's.
    const reader = new Readability<DomNode>(document as never, { serializer: (node: unknown) => node as DomNode })
    const result = reader.parse()
    if (!result?.content) {
      warnings.push('The article extractor found no article body; boilerplate was found by the plain-text rules only.')
      return null
    }
    return {
      content: result.content,
      title: result.title?.trim() || null,
      byline: result.byline?.trim() || null,
      siteName: result.siteName?.trim() || null,
      publishedTime: result.publishedTime ?? null,
    }
  } catch (error) {
    // A RangeError is a stack overflow on a pathological page; either way the page's text is still here.
    warnings.push(
      `The article extractor failed on this page (${messageOf(error)}); ` +
        'boilerplate was found by the plain-text rules only.',
    )
    return null
  }
}

/** How far ahead in the article's lines to look for the next raw line. */
const ALIGN_WINDOW = 40

/**
 * Lines of the page that are not in Readability's article, with a kind for each. The article's
 * lines come in page order, so a forward-moving alignment with a small window finds them; a line
 * Readability shortened (a share button dropped from a paragraph) still matches by containment.
 */
function linesOutsideArticle(
  lines: readonly LineBlock[],
  articleLines: readonly string[],
  title: string | null,
  landmarks: ReadonlyArray<Landmark | null>,
): Map<number, RemovedKind> {
  const article = articleLines.map(normalizeLine)
  const titleKey = title ? normalizeLine(title) : null
  const removed = new Map<number, RemovedKind>()
  let next = 0
  let titleSeen = false
  // A "Related stories" or "Leave a Reply" heading names the lines under it, up to the next kept line.
  let section: RemovedKind | null = null
  let visibleIndex = 0
  for (const line of lines) {
    if (line.text === '') continue
    // rawText holds exactly one line per visible block, so line order is block order.
    const landmark = landmarks[visibleIndex++] ?? null
    const key = normalizeLine(line.text)
    const found = findAhead(article, next, key)
    if (found !== -1) {
      next = found + 1
      section = null
      continue
    }
    if (titleKey && key === titleKey) {
      removed.set(line.index, titleSeen ? 'duplicate' : 'title')
      titleSeen = true
      continue
    }
    const lex = matchLexicon(line.text)
    if (lex?.heading) section = lex.kind
    removed.set(line.index, lex?.kind ?? section ?? kindOfOutsideLine(line.text, landmark))
  }
  return removed
}

function findAhead(article: readonly string[], from: number, key: string): number {
  const end = Math.min(article.length, from + ALIGN_WINDOW)
  for (let j = from; j < end; j++) if (article[j] === key) return j
  if (key.length < 20) return -1
  for (let j = from; j < end; j++) {
    const a = article[j] as string
    const shorter = Math.min(a.length, key.length)
    const longer = Math.max(a.length, key.length)
    if (shorter >= longer * 0.7 && (a.includes(key) || key.includes(a))) return j
  }
  return -1
}

function kindOfOutsideLine(text: string, landmark: Landmark | null): RemovedKind {
  if (isBreadcrumb(text) || bannerOutlet(text) !== null) return 'navigation'
  if (dateLine(text) || bylineAuthor(text)) return 'metadata'
  return landmark ?? 'boilerplate'
}

function pageHints(page: PageMetadata): MetadataHints {
  const hints = emptyHints()
  hints.title = page.headline ?? page.ogTitle ?? page.title ?? page.firstH1
  hints.titleMayHaveSuffix = hints.title === page.title && !page.headline && !page.ogTitle
  hints.outlet = page.siteName ?? page.publisher
  for (const raw of page.dates) {
    const iso = isoDateOf(raw)
    if (iso && !hints.dates.includes(iso)) hints.dates.push(iso)
  }
  hints.author = page.authors[0] ?? null
  hints.urls = page.urls
  hints.language = primaryLanguageTag(page.lang)
  return hints
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

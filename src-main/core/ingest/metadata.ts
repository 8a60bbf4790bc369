/**
 * Title, outlet, date, URL, author and language of one article, from the hints its reader found
 * (title lines, site banners, date lines, page metadata) and, failing those, from the text.
 */
import { detectLanguage } from './language'
import { findUrls, isAggregatorUrl, readableHost, unwrapAggregatorUrl } from './urls'

/** What a reader learned about the article while reading it; every field is optional evidence. */
export interface MetadataHints {
  /** The title as printed (a title line, og:title, <title>...), possibly with an outlet suffix. */
  title: string | null
  /** Whether `title` may end in " - Outlet" (true for title lines and <title>). */
  titleMayHaveSuffix: boolean
  /** The outlet as the page names itself (site banner, og:site_name, JSON-LD publisher). */
  outlet: string | null
  /** Publication dates (YYYY-MM-DD), most trustworthy first. */
  dates: string[]
  author: string | null
  /** Candidate article URLs, most trustworthy first. */
  urls: string[]
  /** The language the page declares (ISO 639-1), used when detection is unsure. */
  language: string | null
}

export interface ArticleMetadata {
  title: string
  outlet: string | null
  publishedAt: string | null
  url: string | null
  author: string | null
  language: string | null
}

/** Empty hints, for readers to fill in. */
export function emptyHints(): MetadataHints {
  return { title: null, titleMayHaveSuffix: false, outlet: null, dates: [], author: null, urls: [], language: null }
}

/** Settles the article's metadata from the reader's hints, the raw text and the clean text. */
export function resolveMetadata(hints: MetadataHints, rawText: string, cleanText: string): ArticleMetadata {
  let title = hints.title?.trim() || null
  let outlet = hints.outlet?.trim() || null
  if (title) {
    const split = splitTitleOutlet(title, outlet, hints.titleMayHaveSuffix)
    title = split.title
    outlet = outlet ?? split.outlet
  }

  // A URL merely mentioned in the text is a weak hint; an image or stylesheet address is none.
  const url = pickUrl([...hints.urls, ...findUrls(rawText, 10).filter((u) => !isAssetUrl(u))])
  if (!outlet && url && !isAggregatorUrl(url)) outlet = readableHost(url)

  return {
    title: title || titleFromText(cleanText),
    outlet,
    publishedAt: hints.dates[0] ?? null,
    url,
    author: hints.author?.trim() || null,
    language: detectLanguage(cleanText) ?? hints.language,
  }
}

const ASSET_PATH = /\.(?:png|jpe?g|gif|webp|svg|ico|bmp|tiff?|avif|css|js|mjs|woff2?|ttf|otf|eot|mp[34]|webm|wav|ogg)$/i

/** Whether a URL names a page's resource (picture, font, script) rather than an article. */
function isAssetUrl(url: string): boolean {
  try {
    return ASSET_PATH.test(new URL(url.startsWith('www.') ? `https://${url}` : url).pathname)
  } catch {
    return false
  }
}

/** The first usable URL, seen through aggregator redirects when possible. */
function pickUrl(candidates: readonly string[]): string | null {
  for (const candidate of candidates) {
    const unwrapped = unwrapAggregatorUrl(candidate)
    if (unwrapped) return unwrapped
    if (!isAggregatorUrl(candidate)) return candidate
  }
  return candidates[0] ?? null
}

const SUFFIX_SEPARATOR = /\s+(?:[-–—|·•»]|::)\s+/g

/**
 * Splits "Title - The Guardian" into title and outlet. The suffix must look like a name (1 to 5
 * words, capitalised, no sentence end); a suffix equal to the known outlet is always split off.
 * "The Outlet | A long title" is recognised too, for ' | ' only.
 */
export function splitTitleOutlet(
  raw: string,
  knownOutlet: string | null = null,
  guess = true,
): { title: string; outlet: string | null } {
  const text = raw.replace(/\s+/g, ' ').trim()
  const seps = [...text.matchAll(SUFFIX_SEPARATOR)]
  const last = seps[seps.length - 1]
  if (!last || last.index === undefined) return { title: text, outlet: null }
  const before = text.slice(0, last.index).trim()
  const after = text.slice(last.index + last[0].length).trim()
  if (knownOutlet && after.toLowerCase() === knownOutlet.toLowerCase()) return { title: before, outlet: knownOutlet }
  if (!guess) return { title: text, outlet: null }
  if (looksLikeName(after) && countWords(before) >= 3) return { title: before, outlet: after }

  const first = seps[0]
  if (first?.index !== undefined && first[0].includes('|')) {
    const head = text.slice(0, first.index).trim()
    const rest = text.slice(first.index + first[0].length).trim()
    if (looksLikeName(head) && countWords(head) <= 3 && countWords(rest) >= 5) return { title: rest, outlet: head }
  }
  return { title: text, outlet: null }
}

function looksLikeName(s: string): boolean {
  const words = countWords(s)
  return words >= 1 && words <= 5 && s.length <= 40 && /^[\p{Lu}\p{N}]/u.test(s) && !/[.!?]$/.test(s)
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'jr', 'sr', 'no', 'vs',
  'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'inc', 'ltd', 'co', 'corp', 'prof', 'pres', 'approx', 'dept', 'est',
  'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'bzw',
  'usw', 'z.b', 'hr', 'frau', 'mme', 'mlle', 'sra', 'dra', 'sig',
])

const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'and', 'or', 'but', 'as', 'that',
  'which', 'who', 'his', 'her', 'its', 'their', 'is', 'are', 'was', 'were', 'be', 'will', 'has', 'have', 'after',
  'into', 'than', 'this', 'these', 'those', 'de', 'la', 'le', 'les', 'el', 'los', 'das', 'der', 'die', 'und', 'et',
  'y', 'e', 'di', 'da', 'dan', 'yang', 'ke', 'dari',
])

const TITLE_WORDS = 12

/**
 * A title made from the article's first sentence, shortened to about twelve words with "…" when
 * it is longer. Used when the file has no title line.
 */
export function titleFromText(cleanText: string): string {
  const para = cleanText.slice(0, 2000).split('\n')[0]?.trim() ?? ''
  if (para === '') return 'Untitled'
  const sentence = firstSentence(para)
  const words = sentence.split(/\s+/).filter((w) => w !== '')
  if (words.length > 1 && words.length <= TITLE_WORDS) return sentence.replace(/[.。]+$/u, '')
  if (words.length <= 1) return sentence.length > 80 ? sentence.slice(0, 79).trimEnd() + '…' : sentence
  let cut = TITLE_WORDS
  // End on a content word: "…head to North Korea…" reads better than "…North Korea for…".
  while (cut > TITLE_WORDS - 3 && FUNCTION_WORDS.has(bare(words[cut - 1] ?? ''))) cut--
  return words.slice(0, cut).join(' ').replace(/[\s,;:–—-]+$/u, '') + '…'
}

function firstSentence(para: string): string {
  const end = /[.!?。！？]+["'”’»)\]]*(?=\s|$)/gu
  for (let m = end.exec(para); m; m = end.exec(para)) {
    const before = para.slice(0, m.index)
    const lastWord = /(\S+)$/.exec(before)?.[1] ?? ''
    if (m[0].startsWith('.') && isAbbreviation(lastWord)) continue
    return para.slice(0, m.index + m[0].length).trim()
  }
  return para
}

function isAbbreviation(word: string): boolean {
  const w = word.toLowerCase().replace(/^[("'“‘]+/, '')
  return /^\p{L}$/u.test(w) || ABBREVIATIONS.has(w) || /^(?:\p{L}\.)+\p{L}$/u.test(w)
}

function bare(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
}

function countWords(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

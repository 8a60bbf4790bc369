/**
 * Boilerplate in plain text and Markdown. Scraped copies carry the page's chrome as lines of
 * text: a site banner or breadcrumb above the title, the title printed twice, a date line, and
 * below the article a tail of comment forms, share prompts, related-article teasers, aggregator
 * ids and footers in the blog platform's language. The rules here look at a line's vocabulary
 * (see lexicon.ts), its shape and its position, never at any one site's strings.
 */
import { contentLines, lineSpan, splitLines, wordCount, type LineBlock } from './blocks'
import { dateLine } from './dates'
import { isBareOutletName, isShareBar, parseMasthead } from './masthead'
import { matchLexicon, normalizeLine, type LexiconMatch } from './lexicon'
import { emptyHints, type MetadataHints } from './metadata'
import { findUrls, isBareUrl, isOpaqueToken } from './urls'
import type { RemovedKind, RemovedSpan } from './types'
import { markdownRemovals, stripHeadingMarker } from './markdown'

export interface LineCleanOptions {
  /** Lines an earlier stage already removed (HTML: not in the article content), by line index. */
  preRemoved?: ReadonlyMap<number, RemovedKind>
  /** The title as page metadata gives it; lines equal to it are removed as the title. */
  knownTitle?: string | null
  /** Whether the first title-like line in the head is the title (plain text: yes). */
  findTitleLine: boolean
}

export interface CleanResult {
  /** Sorted, non-overlapping spans of the raw text. */
  removed: RemovedSpan[]
  hints: MetadataHints
  /** The kind of every removed line, by line index. */
  lineKinds: ReadonlyMap<number, RemovedKind>
}

/** Finds the boilerplate in a plain-text or Markdown article. */
export function cleanPlainText(rawText: string, format: 'txt' | 'md'): CleanResult {
  const lines = splitLines(rawText)
  if (format !== 'md') return cleanLines(rawText, lines, { findTitleLine: true })

  const md = markdownRemovals(rawText, lines)
  const result = cleanLines(rawText, lines, { findTitleLine: true, preRemoved: md.lineKinds })
  const removedLines = new Set(result.lineKinds.keys())
  const inline = [...md.inline].filter(([index]) => !removedLines.has(index)).flatMap(([, spans]) => spans)
  // Front matter is the author's own statement, so it outranks what the text suggests.
  const fm = md.hints
  const hints: MetadataHints = {
    ...result.hints,
    title: fm.title ?? result.hints.title,
    titleMayHaveSuffix: fm.title ? fm.titleMayHaveSuffix : result.hints.titleMayHaveSuffix,
    outlet: fm.outlet ?? result.hints.outlet,
    dates: [...fm.dates, ...result.hints.dates],
    author: fm.author ?? result.hints.author,
    urls: [...fm.urls, ...result.hints.urls],
  }
  return { removed: mergeSpans([...result.removed, ...inline], rawText), hints, lineKinds: result.lineKinds }
}

interface LineInfo {
  line: LineBlock
  lex: LexiconMatch | null
  words: number
}

const HEAD_LIMIT = 12
const TAIL_SHORT_WORDS = 12

/**
 * Classifies the lines of `rawText` (already split into `lines`) and returns the removed spans,
 * one per removed line, with the metadata the removed lines gave away.
 */
export function cleanLines(rawText: string, lines: readonly LineBlock[], options: LineCleanOptions): CleanResult {
  const hints = emptyHints()
  const kinds = new Map<number, RemovedKind>(options.preRemoved ?? [])
  const live: LineInfo[] = contentLines(lines)
    .filter((l) => !kinds.has(l.index))
    .map((line) => ({ line, lex: matchLexicon(line.text), words: wordCount(line.text, 100) }))
  const profile = profileArticle(live)
  const remove = (info: LineInfo, kind: RemovedKind): void => {
    if (!kinds.has(info.line.index)) kinds.set(info.line.index, kind)
  }

  // Shapes that are never prose, wherever they stand.
  const stampDates: string[] = []
  for (const info of live) {
    const t = info.line.text
    if (isBareUrl(t) || isOpaqueToken(t)) {
      remove(info, 'link')
      hints.urls.push(...findUrls(t, 1))
    } else if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(t) && dateLine(t)) {
      remove(info, 'metadata')
      stampDates.push(dateLine(t) as string)
    } else if (info.lex?.strength === 'phrase' && !isSentence(info)) {
      remove(info, info.lex.kind)
    }
  }

  const bodyStart = readHead(live, kinds, hints, options)
  // A date line in the head is the page's own dateline; a bare timestamp elsewhere comes second.
  for (const d of stampDates) if (!hints.dates.includes(d)) hints.dates.push(d)
  removeDuplicates(live, kinds, hints.title)
  const tailStart = readTail(live, kinds, hints, profile, bodyStart)
  cutAfterTailHeading(live, kinds, bodyStart, tailStart)

  const spans: RemovedSpan[] = []
  for (const line of lines) {
    const kind = kinds.get(line.index)
    if (kind && line.text !== '') spans.push({ kind, ...lineSpan(rawText, line) })
  }
  return { removed: mergeSpans(spans, rawText), hints, lineKinds: kinds }
}

/**
 * The head: lines above the first body paragraph. Banners, breadcrumbs, bylines and date lines
 * go; the first title-like line becomes the title. Returns the index in `live` where the body
 * starts.
 */
function readHead(
  live: readonly LineInfo[],
  kinds: Map<number, RemovedKind>,
  hints: MetadataHints,
  options: LineCleanOptions,
): number {
  const known = options.knownTitle ? normalizeLine(options.knownTitle) : null
  let titleSeen = false
  let i = 0
  for (; i < live.length && i < HEAD_LIMIT; i++) {
    const info = live[i] as LineInfo
    const t = info.line.text
    const set = (kind: RemovedKind): void => {
      if (!kinds.has(info.line.index)) kinds.set(info.line.index, kind)
    }
    if (known && normalizeLine(t) === known) {
      set(titleSeen ? 'duplicate' : 'title')
      titleSeen = true
      continue
    }
    if (kinds.has(info.line.index)) continue
    // An outlet's name on a line of its own, just above the date line or byline it introduces.
    const previous = i > 0 ? live[i - 1] : undefined
    const claimNameAbove = (): void => {
      if (!previous || kinds.has(previous.line.index) || !titleSeen || !isBareOutletName(previous.line.text)) return
      hints.outlet ??= previous.line.text.replace(/^[*_]+|[*_]+$/g, '').trim()
      kinds.set(previous.line.index, 'metadata')
    }
    // Before the plain date and byline checks: "By Name, Outlet | date" is both, and more.
    const masthead = parseMasthead(t)
    if (masthead) {
      if (masthead.date) hints.dates.push(masthead.date)
      if (masthead.author) hints.author ??= masthead.author
      if (masthead.outlet) hints.outlet ??= masthead.outlet
      set('metadata')
      claimNameAbove()
      continue
    }
    const date = dateLine(t)
    if (date) {
      hints.dates.push(date)
      set('metadata')
      claimNameAbove()
      continue
    }
    const author = bylineAuthor(t)
    if (author) {
      hints.author ??= author
      set('metadata')
      claimNameAbove()
      continue
    }
    if (isShareBar(t)) {
      set('share')
      continue
    }
    if (isBreadcrumb(t)) {
      set('navigation')
      continue
    }
    const banner = titleSeen ? null : bannerOutlet(t)
    if (banner !== null) {
      if (banner) hints.outlet ??= banner
      set('navigation')
      continue
    }
    if (info.lex) {
      set(info.lex.kind)
      continue
    }
    if (isBody(info)) break
    if (options.findTitleLine && !titleSeen && looksLikeTitle(stripHeadingMarker(t))) {
      hints.title = stripHeadingMarker(t)
      hints.titleMayHaveSuffix = true
      titleSeen = true
      set('title')
    }
  }
  return i
}

/** A line repeated verbatim (the title printed twice, a pasted paragraph) keeps its first copy. */
function removeDuplicates(live: readonly LineInfo[], kinds: Map<number, RemovedKind>, title: string | null): void {
  const seen = new Set<string>()
  if (title) seen.add(normalizeLine(title))
  for (const info of live) {
    if (info.line.text.length < 20) continue
    const key = info.line.text.length > 2000 ? info.line.text : normalizeLine(info.line.text)
    if (seen.has(key)) {
      if (!kinds.has(info.line.index)) kinds.set(info.line.index, 'duplicate')
    } else if (!kinds.has(info.line.index)) {
      seen.add(key)
    }
  }
}

type TailClass = { cls: 'B'; kind: RemovedKind; heading: boolean } | { cls: 'W' } | { cls: 'S' }

/**
 * The tail: walking up from the end over lines that are boilerplate or too short to be prose,
 * stopping at the last body paragraph. Boilerplate lines go; short lines go when boilerplate
 * stands above them in the tail, or when they share no word with the article. Returns the index
 * in `live` where the tail starts.
 */
function readTail(
  live: readonly LineInfo[],
  kinds: Map<number, RemovedKind>,
  hints: MetadataHints,
  profile: ArticleProfile,
  bodyStart: number,
): number {
  let start = live.length
  const classes: TailClass[] = []
  while (start > bodyStart) {
    const info = live[start - 1] as LineInfo
    const c = classifyTailLine(info, kinds, profile)
    if (c.cls === 'S') break
    classes.push(c)
    start--
  }
  classes.reverse()
  let section: RemovedKind | null = null
  let seenBoilerplate = false
  for (let k = 0; k < classes.length; k++) {
    const info = live[start + k] as LineInfo
    const c = classes[k] as TailClass
    if (c.cls === 'B') {
      if (!kinds.has(info.line.index)) {
        kinds.set(info.line.index, c.kind)
        const date = c.kind === 'metadata' ? dateLine(info.line.text) : null
        if (date) hints.dates.push(date)
      }
      if (c.heading) section = c.kind
      seenBoilerplate = true
    } else if (c.cls === 'W') {
      if (seenBoilerplate) kinds.set(info.line.index, section ?? 'boilerplate')
      else if (profile.vocabulary().size >= 40 && !sharesVocabulary(info.line.text, profile.vocabulary())) {
        kinds.set(info.line.index, 'boilerplate')
      }
    }
  }
  return start
}

function classifyTailLine(info: LineInfo, kinds: Map<number, RemovedKind>, profile: ArticleProfile): TailClass {
  const t = info.line.text
  const already = kinds.get(info.line.index)
  if (already) return { cls: 'B', kind: already, heading: info.lex?.heading ?? false }
  if (info.lex) return { cls: 'B', kind: info.lex.kind, heading: info.lex.heading }
  if (dateLine(t)) return { cls: 'B', kind: 'metadata', heading: false }
  if (t.length <= 300 && profile.script && scriptOf(t) !== profile.script && scriptOf(t) !== null) {
    return { cls: 'B', kind: 'footer', heading: false }
  }
  if (isTruncated(t) && info.words <= 40) return { cls: 'B', kind: 'related', heading: false }
  if (!isBody(info) && info.words <= TAIL_SHORT_WORDS && !endsLikeSentence(t)) return { cls: 'W' }
  return { cls: 'S' }
}

/**
 * Once a comments or related-articles heading stands below the body, everything after it
 * belongs to that widget, unless real prose follows (then the heading was a mid-article
 * "Read more" line and only it goes).
 */
function cutAfterTailHeading(
  live: readonly LineInfo[],
  kinds: Map<number, RemovedKind>,
  bodyStart: number,
  tailStart: number,
): void {
  let lastStrong = -1
  for (let k = live.length - 1; k >= 0; k--) {
    if (isStrongParagraph(live[k] as LineInfo)) {
      lastStrong = k
      break
    }
  }
  for (let h = Math.max(bodyStart, 1, lastStrong + 1); h < live.length; h++) {
    const head = live[h] as LineInfo
    if (!head.lex?.heading || (head.lex.strength !== 'phrase' && h < tailStart)) continue
    let section: RemovedKind = head.lex.kind
    if (!kinds.has(head.line.index)) kinds.set(head.line.index, section)
    for (const info of live.slice(h + 1)) {
      if (info.lex?.heading) section = info.lex.kind
      if (!kinds.has(info.line.index)) kinds.set(info.line.index, info.lex?.kind ?? section)
    }
    return
  }
}

interface ArticleProfile {
  /** The script most of the article's letters are in. */
  script: Script | null
  /** The article's content words (4+ letters, lower case); built on first use, as few files need it. */
  vocabulary: () => ReadonlySet<string>
}

function profileArticle(live: readonly LineInfo[]): ArticleProfile {
  const body = live.filter((info) => isBody(info) && !info.lex)
  let sample = ''
  for (const info of body) {
    if (sample.length >= 4000) break
    sample += info.line.text + '\n'
  }
  let vocabulary: Set<string> | null = null
  return {
    script: sample ? scriptOf(sample) : null,
    vocabulary: () => {
      if (!vocabulary) {
        vocabulary = new Set<string>()
        for (const info of body) {
          if (vocabulary.size >= 20_000) break
          for (const w of contentWords(info.line.text)) vocabulary.add(w)
        }
      }
      return vocabulary
    },
  }
}

function sharesVocabulary(text: string, vocabulary: ReadonlySet<string>): boolean {
  return contentWords(text).some((w) => vocabulary.has(w))
}

const STOP_WORDS = new Set([
  'with', 'from', 'that', 'this', 'have', 'were', 'will', 'been', 'they', 'their', 'what', 'when', 'which', 'about',
  'also', 'more', 'your', 'into', 'over', 'after', 'than', 'then', 'there', 'these', 'those', 'some', 'such', 'only',
  'just', 'very', 'would', 'could', 'should', 'here', 'where', 'while', 'other', 'most', 'many', 'much', 'each',
])

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP_WORDS.has(w))
}

type Script = 'latin' | 'cyrillic' | 'cjk' | 'arabic' | 'greek' | 'hebrew' | 'other'

/** The script of one UTF-16 code unit, by block ranges (far cheaper than \p{Script} regexes). */
function scriptOfCode(c: number): Script | null {
  if (c < 0x41) return null
  if (c <= 0x7a) return (c <= 0x5a || c >= 0x61) ? 'latin' : null
  if (c < 0xc0) return null
  if (c <= 0x24f || (c >= 0x1e00 && c <= 0x1eff)) return c === 0xd7 || c === 0xf7 ? null : 'latin'
  if (c >= 0x370 && c <= 0x3ff) return 'greek'
  if (c >= 0x400 && c <= 0x52f) return 'cyrillic'
  if (c >= 0x590 && c <= 0x5ff) return 'hebrew'
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f)) return 'arabic'
  if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)) return 'cjk'
  if (c >= 0xf900 && c <= 0xfaff) return 'cjk'
  // Armenian, Indic, Thai and Lao, Georgian
  if ((c >= 0x530 && c <= 0x58f) || (c >= 0x900 && c <= 0xeff) || (c >= 0x10a0 && c <= 0x10ff)) return 'other'
  return null
}

/** The script most letters of `text` are in; null when it has fewer than two letters. */
function scriptOf(text: string): Script | null {
  const counts = new Map<Script, number>()
  let letters = 0
  for (let i = 0; i < text.length; i++) {
    const script = scriptOfCode(text.charCodeAt(i))
    if (!script) continue
    letters++
    counts.set(script, (counts.get(script) ?? 0) + 1)
  }
  if (letters < 2) return null
  let best: Script | null = null
  let bestCount = 0
  for (const [script, n] of counts) {
    if (n > bestCount) {
      best = script
      bestCount = n
    }
  }
  return best
}

/** A paragraph of prose: long enough, or a sentence of several words. */
function isBody(info: LineInfo): boolean {
  return info.words >= 25 || (info.words >= 8 && endsLikeSentence(info.line.text))
}

/** Prose that a related-list teaser could not be: long, complete, not cut off with "…". */
function isStrongParagraph(info: LineInfo): boolean {
  return info.words >= 30 && endsLikeSentence(info.line.text) && !isTruncated(info.line.text) && !info.lex
}

function isSentence(info: LineInfo): boolean {
  return info.words >= 3 && endsLikeSentence(info.line.text)
}

function endsLikeSentence(text: string): boolean {
  return /[.!?。！？…]["'”’»)\]]*$/u.test(text)
}

function isTruncated(text: string): boolean {
  return /(?:…|\.\.\.)["'”’»)\]]*$/u.test(text)
}

/**
 * Whether a head line reads like a headline: a few words, no sentence end, not a date, a URL or
 * a truncated teaser.
 */
export function looksLikeTitle(text: string): boolean {
  const words = wordCount(text)
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text)
  if (text.length > 250 || words > 30 || (words < 2 && !(cjk && text.length >= 4))) return false
  if (/[.。:;,]$/u.test(text) || isTruncated(text) || !/\p{L}/u.test(text)) return false
  return !dateLine(text) && !isBareUrl(text) && !matchLexicon(text)
}

const HOME = /^(?:home|homepage|start|startseite|accueil|inicio|início|beranda|главная|首页|首頁|ホーム|홈)(?=[\s>»›/|]|$)/iu

/**
 * Breadcrumbs: "Home > World > ...", or the scraped form "Home World Title of the art..." that
 * starts with a home link and ends with a truncated title.
 */
export function isBreadcrumb(text: string): boolean {
  if (text.length > 300) return false
  if (HOME.test(text) && (/\s[>»›/|]\s/.test(text) || isTruncated(text) || wordCount(text) <= 6)) return true
  const parts = text.split(/\s[>»›]\s/)
  return parts.length >= 3 && parts.every((p) => wordCount(p) <= 8)
}

/** Words outlets put in their names and taglines. */
const OUTLET_WORDS = new RegExp(
  `(?<![\\p{L}])(?:${[
    'news', 'times', 'post', 'daily', 'herald', 'journal', 'tribune', 'gazette', 'media', 'tv', 'radio', 'online',
    'press', 'report', 'chronicle', 'observer', 'express', 'telegraph', 'guardian', 'mirror', 'star', 'sun', 'mail',
    'today', 'world', 'berita', 'nachrichten', 'zeitung', 'actualités', 'noticias', 'notícias', 'notizie', 'nieuws',
    'новости',
  ].join('|')})(?![\\p{L}])`,
  'iu',
)

/**
 * A site banner, "Name | Tagline" or a menu "A | B | C". Returns the outlet's name ('' for a
 * menu), or null when the line is not a banner.
 */
export function bannerOutlet(text: string): string | null {
  if (text.length > 200) return null
  const parts = text.split(/\s[|•·]\s/).map((p) => p.trim())
  if (parts.length < 2 || parts.some((p) => p === '' || wordCount(p) > 8 || /[.!?]$/.test(p))) return null
  const name = parts[0] as string
  if (parts.length >= 3) return HOME.test(name) ? '' : name
  if (wordCount(name) > 4) return null
  const tagline = parts.slice(1).join(' ')
  return OUTLET_WORDS.test(name) || OUTLET_WORDS.test(tagline) || /,/.test(tagline) ? name : null
}

const BYLINE_LEAD = 'by|von|par|por|oleh|di|door|av|af|przez|reporter:|penulis:|author:|autor:|auteur:'
const NAME_WORD = "\\p{Lu}[\\p{L}.'’-]*"
const NAME_JOINER = 'and|und|et|y|e|dan|van|de|von|der|da|del|la|le'
/** "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Oleh Ani Wijaya": up to seven name words. */
const BYLINE = new RegExp(
  `^(?:${BYLINE_LEAD})\\s+(${NAME_WORD}(?:\\s+(?:${NAME_WORD}|${NAME_JOINER})){0,6})(?:\\s*[,|–—-]\\s*.{0,60})?$`,
  'u',
)

/** The author's name when `text` is a byline ("By Jane Doe, Reuters"). */
export function bylineAuthor(text: string): string | null {
  if (text.length > 120) return null
  const m = BYLINE.exec(text.replace(/^(\p{L}+)/u, (w) => w.toLowerCase()))
  return m ? (m[1] as string).trim() : null
}

/** Sorts spans and joins neighbours of the same kind separated only by whitespace. */
export function mergeSpans(spans: RemovedSpan[], rawText: string): RemovedSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end)
  const out: RemovedSpan[] = []
  for (const s of sorted) {
    const prev = out[out.length - 1]
    if (prev && s.start < prev.end) {
      // Overlap: the earlier span wins the shared part.
      if (s.end > prev.end) out.push({ kind: s.kind, start: prev.end, end: s.end })
      continue
    }
    if (prev && prev.kind === s.kind && rawText.slice(prev.end, s.start).trim() === '' && s.start - prev.end < 200) {
      prev.end = s.end
      continue
    }
    out.push({ ...s })
  }
  return out
}

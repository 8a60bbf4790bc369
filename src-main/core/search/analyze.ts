/**
 * The analyzer: text -> index terms with their offsets. One function serves indexing, queries,
 * snippets and highlighting, so a word is always reduced the same way: numbers to a canonical
 * value, case and diacritics folded, stop words dropped, words stemmed for the article's language
 * with lunr's stemmer or lunr-languages'.
 */
import lunr from 'lunr'
import da from 'lunr-languages/lunr.da.js'
import de from 'lunr-languages/lunr.de.js'
import es from 'lunr-languages/lunr.es.js'
import fi from 'lunr-languages/lunr.fi.js'
import fr from 'lunr-languages/lunr.fr.js'
import hu from 'lunr-languages/lunr.hu.js'
import it from 'lunr-languages/lunr.it.js'
import nl from 'lunr-languages/lunr.nl.js'
import no from 'lunr-languages/lunr.no.js'
import pt from 'lunr-languages/lunr.pt.js'
import ro from 'lunr-languages/lunr.ro.js'
import ru from 'lunr-languages/lunr.ru.js'
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js'
import sv from 'lunr-languages/lunr.sv.js'
import tr from 'lunr-languages/lunr.tr.js'
import { fold } from './fold'
import { canonicalNumber, NUMBER_SOURCE } from './numbers'

type TokenFn = (token: lunr.Token) => lunr.Token | undefined

interface Language {
  stem: TokenFn
  stop: TokenFn
  /** English folds before stemming (Porter only knows ASCII); others stem their own letters first. */
  foldFirst: boolean
}

const PLUGINS = { da, de, es, fi, fr, hu, it, nl, no, pt, ro, ru, sv, tr }
stemmerSupport(lunr)
const LANGUAGES = new Map<string, Language>([['en', { stem: lunr.stemmer, stop: lunr.stopWordFilter, foldFirst: true }]])
const lunrByCode = lunr as unknown as Record<string, { stemmer: TokenFn; stopWordFilter: TokenFn } | undefined>
for (const [code, plugin] of Object.entries(PLUGINS)) {
  plugin(lunr)
  const lang = lunrByCode[code]
  if (lang) LANGUAGES.set(code, { stem: lang.stemmer, stop: lang.stopWordFilter, foldFirst: false })
}

/** Languages stemmed for their own grammar; anything else is analysed as English. */
export const STEMMED_LANGUAGES: readonly string[] = [...LANGUAGES.keys()]

export function analyzerLanguage(lang: string | null | undefined): string {
  return lang && LANGUAGES.has(lang) ? lang : 'en'
}

/** One word as found in the text, and the term it indexes as (null for a stop word). */
export interface Token {
  term: string | null
  /** UTF-16 offsets into the analysed text, half-open. */
  start: number
  end: number
  /** A canonical number rather than a word (never stemmed, never a stop word). */
  number: boolean
}

const SCANNER = new RegExp(`${NUMBER_SOURCE}|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*`, 'giu')

const CACHE_LIMIT = 200_000
const caches = new Map<string, Map<string, string | null>>()

/** The index term for one word (a stem), or null for a stop word. Cached: vocabularies are Zipfian. */
export function termFor(word: string, lang = 'en'): string | null {
  const code = analyzerLanguage(lang)
  let cache = caches.get(code)
  if (!cache) caches.set(code, (cache = new Map<string, string | null>()))
  const known = cache.get(word)
  if (known !== undefined) return known
  const language = LANGUAGES.get(code)!
  const lower = word.toLowerCase()
  let result: string | null
  if (language.stop(new lunr.Token(lower, {})) === undefined) result = null
  else {
    const input = language.foldFirst ? fold(lower) : lower
    const stemmed = language.stem(new lunr.Token(input, {}))?.toString() ?? input
    result = language.foldFirst ? stemmed : fold(stemmed)
    if (result === '') result = null
  }
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(word, result)
  return result
}

/** Splits `text` into tokens with offsets; numbers canonical, words stemmed for `lang`. */
export function tokenize(text: string, lang = 'en'): Token[] {
  const tokens: Token[] = []
  SCANNER.lastIndex = 0
  for (const m of text.matchAll(SCANNER)) {
    const start = m.index
    const end = start + m[0].length
    if (m[1] !== undefined) {
      const multiplier = m[4] ?? m[5]
      tokens.push({ term: canonicalNumber(m[1], m[2] ?? m[3], multiplier), start, end, number: true })
    } else tokens.push({ term: termFor(m[0], lang), start, end, number: false })
  }
  return tokens
}

/**
 * Calls `visit` with each word's term in order (null for a stop word), without building Token
 * objects: the segment builder's inner loop, where the ordinal is the word's position.
 */
export function eachTerm(text: string, lang: string, visit: (term: string | null) => void): void {
  SCANNER.lastIndex = 0
  for (const m of text.matchAll(SCANNER)) {
    if (m[1] !== undefined) visit(canonicalNumber(m[1], m[2] ?? m[3], m[4] ?? m[5]))
    else visit(termFor(m[0], lang))
  }
}

/** Just the index terms of `text` (stop words dropped): what a lunr field receives. */
export function terms(text: string, lang = 'en'): string[] {
  const out: string[] = []
  for (const t of tokenize(text, lang)) if (t.term !== null) out.push(t.term)
  return out
}

/**
 * The terms one query word may match: its stem in every language the corpus has (the query's
 * own language is unknown). Empty when it is a stop word everywhere.
 */
export function queryTerms(word: string, languages: Iterable<string>): string[] {
  const tokens = tokenize(word)
  if (tokens.length === 1 && tokens[0]!.number) return [tokens[0]!.term!]
  const out = new Set<string>()
  for (const lang of new Set(['en', ...languages])) {
    const term = termFor(word, lang)
    if (term !== null) out.add(term)
  }
  return [...out]
}

/**
 * Named entities (people, places, organisations) in English news prose. Runs of capitalised
 * words are classified with compromise's bundled lexicon (countries, cities, first and last
 * names, organisations) plus news cues (titles before names, "Ministry", "Agency", "News").
 * Looking words up in the lexicon rather than running compromise's full tagger keeps this fast
 * enough for tens of thousands of articles (the tagger costs ~200 ms per article here).
 */
import { compromiseLexicon } from './compromise-lexicon'
import type { Entity, EntityKind } from './quantity-types'

export type { Entity, EntityKind } from './quantity-types'

function tagsOf(word: string): string[] {
  const t = compromiseLexicon()[word.toLowerCase()]
  return t === undefined ? [] : Array.isArray(t) ? t : [t]
}

const PLACE_TAGS = new Set(['Country', 'City', 'Place', 'Region', 'Address', 'Demonym'])
const PERSON_TAGS = new Set(['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific', 'Person'])
const ORG_TAGS = new Set(['Organization', 'SportsTeam', 'Company', 'School'])

/** Words that, last in a name, make it an organisation. */
const ORG_WORDS = new Set([
  'agency', 'authority', 'council', 'ministry', 'department', 'news', 'times', 'post', 'press', 'journal', 'herald',
  'gazette', 'courier', 'wire', 'ledger', 'review', 'bulletin', 'daily', 'group', 'inc', 'ltd', 'corp', 'company',
  'bank', 'party', 'alliance', 'union', 'association', 'cooperative', 'co-operative', 'committee', 'commission',
  'office', 'institute', 'university', 'lines', 'shipping', 'reuters', 'bloomberg', 'kcna', 'yonhap', 'nato',
  'eu', 'kremlin', 'pentagon', 'congress', 'parliament', 'court', 'service', 'forces', 'army', 'navy', 'police',
  'foundation', 'organisation', 'organization', 'federation', 'fund', 'watch', 'network', 'television',
  'radio', 'tv', 'bbc', 'cnn',
])
/** Words that, last in a name, make it a place. */
const PLACE_WORDS = new Set([
  'strait', 'sea', 'ocean', 'river', 'bay', 'harbour', 'harbor', 'island', 'islands', 'bank', 'coast', 'city',
  'province', 'region', 'county', 'state', 'peninsula', 'mountains', 'valley', 'street', 'square', 'port', 'east',
  'west', 'north', 'south', 'lake', 'gulf', 'cosmodrome',
])
/** Titles before a name that make it a person. */
const PERSON_TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'president', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'leader',
  'ceo', 'chairman', 'secretary', 'general', 'gen', 'captain', 'capt', 'senator', 'sen', 'rep', 'king', 'queen',
  'prince', 'premier', 'chancellor', 'mayor', 'governor', 'director', 'chief', 'aide', 'adviser', 'advisor', 'official',
  'master', 'commander', 'ambassador', 'envoy', 'analyst', 'professor', 'judge', 'lawyer', 'reporter', 'editor',
])
/** Capitalised words that start sentences or titles and are not names. */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their',
  'our', 'in', 'on', 'at', 'for', 'but', 'and', 'or', 'if', 'when', 'while', 'after', 'before', 'since', 'as', 'by',
  'with', 'from', 'to', 'of', 'not', 'no', 'yes', 'there', 'here', 'what', 'who', 'why', 'how', 'where', 'both',
  'some', 'many', 'most', 'all', 'any', 'each', 'every', 'one', 'two', 'three', 'mr', 'mrs', 'ms', 'dr', 'now',
  'then', 'also', 'however', 'meanwhile', 'last', 'next', 'earlier', 'later', 'today', 'yesterday', 'tomorrow',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'according', 'until',
  'between', 'among', 'during', 'despite', 'although', 'though', 'because', 'so', 'yet', 'still', 'even', 'just',
  'only', 'more', 'less', 'about', 'around', 'over', 'under', 'such', 'other', 'another', 'its', 'my', 'your',
  'whether', 'than', 'instead', 'once', 'again', 'first', 'former', 'several', 'few', 'those', 'home', 'share',
])

// A capitalised word (with inner hyphens, apostrophes or dots: "Won-sik", "O'Neill", "U.S.").
const WORD = String.raw`(?:\p{Lu}\.(?:\p{L}\.)+|\p{Lu}\.|\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*)`
const NAME_RUN = new RegExp(
  String.raw`${WORD}(?:[ \t]+(?:(?:of|de|del|da|van|von|bin|al|la|le|for)[ \t]+)?${WORD})*`,
  'gu',
)

/** The named entities of `text`, in order; a text's repeated names appear once per mention. */
export function extractEntities(text: string): Entity[] {
  const out: Entity[] = []
  for (const m of text.matchAll(NAME_RUN)) {
    let start = m.index
    let words = m[0].split(/\s+/u)
    let title = ''
    // Sentence-initial and function words are dropped from the front ("The Kremlin" -> "Kremlin").
    while (words.length > 0 && NOT_NAMES.has(stripDots(words[0] ?? '').toLowerCase())) {
      start += (words[0] ?? '').length
      start = skipSpace(text, start)
      words = words.slice(1)
    }
    // Titles and demonyms before a name ("Russian President Vladimir Putin") say who, not which name.
    while (words.length > 1 && isTitleWord(words[0] ?? '')) {
      title = stripDots(words[0] ?? '').toLowerCase()
      start = skipSpace(text, start + (words[0] ?? '').length)
      words = words.slice(1)
    }
    // Connectors dangling at the end of a run ("Bank of") are not part of the name.
    while (words.length > 0 && /^(?:of|de|del|da|van|von|bin|al|la|le|for|and)$/u.test(words[words.length - 1] ?? '')) {
      words = words.slice(0, -1)
    }
    if (words.length === 0) continue
    const name = words.join(' ')
    if (name.length < 2) continue
    const kind = classify(words, title || text.slice(Math.max(0, start - 40), start))
    if (!kind) continue
    out.push({ text: name, kind, start, end: start + name.length })
  }
  return out
}

function isTitleWord(word: string): boolean {
  const w = stripDots(word).toLowerCase()
  return PERSON_TITLES.has(w) || tagsOf(w).includes('Demonym') || ['defence', 'defense', 'foreign', 'prime', 'deputy', 'vice', 'state', 'national', 'security'].includes(w)
}

function stripDots(word: string): string {
  return word.replace(/[.’']+$/u, '')
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/u.test(text[i] ?? '')) i++
  return i
}

function classify(words: string[], before: string): EntityKind | null {
  const lower = words.map((w) => stripDots(w).toLowerCase())
  const last = lower[lower.length - 1] ?? ''
  const whole = lower.join(' ')
  const prevWord = /([\p{L}]+)\.?\s*$/u.exec(before)?.[1]?.toLowerCase() ?? ''
  const wholeTags = tagsOf(whole)
  // "South Korean", "Russian": adjectives of a place, not names.
  if (tagsOf(last).includes('Demonym') || /(?:ean|ian|ese|ish)$/u.test(last) && lower.length <= 2 && !tagsOf(last).length) {
    return null
  }
  if (wholeTags.some((t) => ORG_TAGS.has(t))) return 'organization'
  if (wholeTags.some((t) => PLACE_TAGS.has(t))) return 'place'
  if (ORG_WORDS.has(last)) return 'organization'
  if (/^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,5}$/u.test(words.join(' '))) return lower.length === 1 && isPlaceAcronym(whole) ? 'place' : 'organization'
  if (PERSON_TITLES.has(prevWord) && !lower.some((w) => tagsOf(w).some((t) => PLACE_TAGS.has(t)))) return 'person'
  if (PLACE_WORDS.has(last) && lower.length > 1) return 'place'
  const tags = lower.map(tagsOf)
  if (tags.some((t) => t.some((x) => ORG_TAGS.has(x)))) return 'organization'
  if (lower.length >= 2 && tags.some((t) => t.some((x) => x === 'FirstName' || x === 'MaleName' || x === 'FemaleName'))) {
    return 'person'
  }
  if (tags.every((t) => t.some((x) => PLACE_TAGS.has(x)))) return 'place'
  if (tags.some((t) => t.some((x) => PERSON_TAGS.has(x)))) return 'person'
  if (tags.some((t) => t.some((x) => PLACE_TAGS.has(x)))) return 'place'
  // A single unknown capitalised word could be anything (a sentence start, a product): keep it
  // only when it is clearly a name (not a common word in the lexicon).
  if (lower.length === 1) return tags[0]?.length ? null : 'other'
  return 'other'
}

function isPlaceAcronym(word: string): boolean {
  return ['u.s', 'us', 'u.k', 'uk', 'usa', 'uae'].includes(word.replace(/\.$/u, ''))
}

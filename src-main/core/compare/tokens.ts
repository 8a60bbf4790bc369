import { splitSentences } from '../text/sentences'
import { markDates } from './align'
import { numberKey, scaleOf } from './numbers'
import { stem } from './stem'
import { canonicalWord, isThesaurusMeaning, matchPhrase } from './thesaurus'

/** What a token contributes to a comparison. */
export type TokenKind = 'word' | 'stop' | 'number' | 'name'

/** One word (or thesaurus phrase, or number with its scale) of a sentence. */
export interface Token {
  /** Offsets into the article's clean text. */
  start: number
  end: number
  surface: string
  /** What the token means for comparison: a thesaurus meaning, a stem, or a number key ("#1200"). */
  canon: string
  kind: TokenKind
  /** A number that is part of a date ("Oct 14"): shown in diffs, never a conflicting figure. */
  date?: boolean
}

/** A sentence ready to compare. */
export interface AnalysedSentence {
  index: number
  start: number
  end: number
  text: string
  tokens: Token[]
  /** Canonical forms of the content tokens (no stop words), once each. */
  terms: Set<string>
}

/** An article's clean text, split and tokenised once and reused across every comparison. */
export interface AnalysedText {
  text: string
  sentences: AnalysedSentence[]
}

const STOP = new Set(
  (
    'a an the and or nor of to for on at by with from as into onto than then that this these those it its it\'s ' +
    'he she they them their his her him we our us you your i me my mine who whom whose which what when why how ' +
    'not no do does did done has have had having will shall there here if also just only such very own same ' +
    'other another any both either neither up down out off again further once more most much per via ' +
    'is are was were be been being could would should may might can must'
  )
    .split(' ')
    .map(stem),
)
/** Thesaurus meanings that are function words: they must not make two sentences look alike. */
const STOP_MEANINGS = new Set(['~is', '~were', '~could', '~in', '~each', '~so', '~while', '~but', '~also', '~along'])

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.,:-]*[\p{L}\p{N}])?/gu

interface RawToken {
  start: number
  end: number
  surface: string
  stem: string
}

function rawTokens(text: string, offset: number): RawToken[] {
  const out: RawToken[] = []
  for (const m of text.matchAll(WORD)) {
    let surface = m[0]
    // "Kessling," and "1,200." end on punctuation only when the regex stops at a letter; strip the rest.
    surface = surface.replace(/[.,:]+$/u, '')
    const start = offset + (m.index ?? 0)
    out.push({ start, end: start + surface.length, surface, stem: stem(surface) })
  }
  return out
}

/** Tokenises one sentence: phrases folded to their meaning, numbers with their scale joined. */
export function tokenize(text: string, offset = 0): Token[] {
  const raw = rawTokens(text, offset)
  const stems = raw.map((r) => r.stem)
  const out: Token[] = []
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!
    const num = numberKey(r.surface)
    if (num) {
      const next = raw[i + 1]
      const scale = next && num.value !== null ? scaleOf(next.surface) : null
      if (scale !== null && next) {
        out.push({ start: r.start, end: next.end, surface: text.slice(r.start - offset, next.end - offset), canon: `#${num.value! * scale}`, kind: 'number' })
        i++
        continue
      }
      // "12 months" is a spinner's "year": let the phrase table have it before it becomes a number.
      const phrase = matchPhrase(stems, i)
      if (!phrase) {
        out.push({ start: r.start, end: r.end, surface: r.surface, canon: num.key, kind: 'number' })
        continue
      }
    }
    const phrase = matchPhrase(stems, i)
    if (phrase) {
      const last = raw[i + phrase.length - 1]!
      out.push({
        start: r.start,
        end: last.end,
        surface: text.slice(r.start - offset, last.end - offset),
        canon: phrase.canon,
        kind: STOP_MEANINGS.has(phrase.canon) ? 'stop' : 'word',
      })
      i += phrase.length - 1
      continue
    }
    const canon = canonicalWord(r.stem)
    const stop = STOP.has(r.stem) || STOP_MEANINGS.has(canon)
    const capital = /^\p{Lu}/u.test(r.surface)
    // Sentence-initial capitals are settled per article (see analyseText); thesaurus words are
    // ordinary words even when capitalised ("Decrease Harbour" is a spinner's "Lower Harbour").
    const name = capital && !stop && i > 0 && !isThesaurusMeaning(canon)
    out.push({ start: r.start, end: r.end, surface: r.surface, canon, kind: stop ? 'stop' : name ? 'name' : 'word' })
  }
  return out
}

/** Splits and tokenises an article's clean text (sentence offsets from `splitSentences`). */
export function analyseText(text: string): AnalysedText {
  const sentences = splitSentences(text).map((s, index) => {
    const tokens = tokenize(s.text, s.start)
    return { index, start: s.start, end: s.end, text: s.text, tokens, terms: new Set<string>() }
  })
  // A capitalised first word is a name when the article also capitalises it mid-sentence.
  const names = new Set<string>()
  for (const s of sentences) for (const t of s.tokens) if (t.kind === 'name') names.add(t.canon)
  for (const s of sentences) {
    const first = s.tokens[0]
    if (first && first.kind === 'word' && names.has(first.canon)) first.kind = 'name'
    for (const t of markDates(s.tokens)) t.date = true
    for (const t of s.tokens) if (t.kind !== 'stop') s.terms.add(t.canon)
  }
  return { text, sentences }
}

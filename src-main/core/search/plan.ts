/**
 * Turns parsed clauses into concrete index terms: stems in every corpus language, prefix and
 * fuzzy expansions over the segments' vocabularies, and the typo retry for rare words.
 */
import { queryTerms, tokenize } from './analyze'
import { boundedDistance } from './edit-distance'
import { fold } from './fold'
import { compilePhrase, type PhraseMatcher } from './phrase'
import type { Clause, Presence } from './query-parser'
import { FIELDS, type Field, type Segment } from './segment'
import { EXPANSION_PENALTY, FUZZY_LONG_WORD, FUZZY_RETRY_MAX_DF, MAX_EXPANSIONS } from './tunables'

export interface Alternative {
  term: string
  factor: number
}

/** One requirement of the query: the article must (or must not) hold one of the alternatives. */
export interface Group {
  alternatives: Alternative[]
  fields: number[]
}

export interface PlannedClause {
  source: Clause
  presence: Presence
  /** All must match (one group for a word, one per word for a phrase). */
  groups: Group[]
  phrase: PhraseMatcher | null
  field: Field | null
}

export interface Plan {
  clauses: PlannedClause[]
  notices: string[]
  corrections: Array<{ from: string; to: string }>
}

const ALL_FIELDS = FIELDS.map((_, i) => i)

/** Summed document frequency of `term` across segments (an upper bound: ignores deletions). */
export function docFrequency(segments: readonly Segment[], term: string): number {
  let n = 0
  for (const s of segments) {
    const i = s.find(term)
    if (i >= 0) n += s.df[i]!
  }
  return n
}

function distanceFor(word: string): number {
  return word.length >= FUZZY_LONG_WORD ? 2 : 1
}

/** Vocabulary words within `distance` of `term`, most frequent first. */
function fuzzyTerms(segments: readonly Segment[], term: string, distance: number): Map<string, number> {
  const found = new Map<string, number>()
  for (const s of segments) {
    const list = s.terms
    for (let i = 0; i < list.length; i++) {
      const t = list[i]!
      if (Math.abs(t.length - term.length) > distance || t === term) continue
      // Cheap filter before the dynamic programme: the first letter rarely carries a typo.
      if (t.charCodeAt(0) !== term.charCodeAt(0) && distance < 2) continue
      if (boundedDistance(t, term, distance) <= distance) found.set(t, (found.get(t) ?? 0) + s.df[i]!)
    }
  }
  return found
}

function prefixTerms(segments: readonly Segment[], prefix: string): Map<string, number> {
  const found = new Map<string, number>()
  for (const s of segments) {
    const [from, to] = s.prefixRange(prefix)
    for (let i = from; i < to; i++) found.set(s.terms[i]!, (found.get(s.terms[i]!) ?? 0) + s.df[i]!)
  }
  return found
}

function top(found: Map<string, number>, factor: number): Alternative[] {
  return [...found.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_EXPANSIONS)
    .map(([term]) => ({ term, factor }))
}

/** Plans `clauses` against the current segments. */
export function planQuery(clauses: readonly Clause[], segments: readonly Segment[], languages: Iterable<string>): Plan {
  const langs = [...languages]
  const notices: string[] = []
  const corrections: Array<{ from: string; to: string }> = []
  const planned: PlannedClause[] = []
  for (const clause of clauses) {
    const fields = clause.field ? [FIELDS.indexOf(clause.field)] : ALL_FIELDS
    const words = tokenize(clause.text)
    const isPhrase = clause.kind === 'phrase' || (words.length > 1 && !clause.prefix && clause.fuzzy === 0)
    if (isPhrase) {
      const groups: Group[] = []
      for (const t of words) {
        const alts = t.number ? [t.term!] : queryTerms(clause.text.slice(t.start, t.end), langs)
        if (alts.length) groups.push({ alternatives: alts.map((term) => ({ term, factor: 1 })), fields })
      }
      planned.push({ source: clause, presence: clause.presence, groups, phrase: compilePhrase(clause.text), field: clause.field })
      continue
    }
    let alternatives: Alternative[]
    if (clause.prefix) {
      const prefix = fold(clause.text)
      const exact = queryTerms(clause.text, langs)
      // The index holds stems, so "compensat*" must also reach "compens" (compensation's stem):
      // a stem up to three letters shorter than the typed prefix counts too.
      const found = prefixTerms(segments, prefix)
      for (let cut = 1; cut <= 3 && prefix.length - cut >= 3; cut++) {
        const stem = prefix.slice(0, -cut)
        const n = docFrequency(segments, stem)
        if (n > 0) found.set(stem, n)
      }
      alternatives = [...exact.map((term) => ({ term, factor: 1 })), ...top(found, EXPANSION_PENALTY)]
    } else {
      const base = queryTerms(clause.text, langs)
      if (base.length === 0) {
        notices.push(`"${clause.text}" is too common to search for and was left out.`)
        continue
      }
      alternatives = base.map((term) => ({ term, factor: 1 }))
      const isNumber = words.length === 1 && words[0]!.number
      const distance = clause.fuzzy > 0 ? clause.fuzzy : clause.fuzzy < 0 ? distanceFor(clause.text) : 0
      if (distance > 0) {
        for (const term of base) alternatives.push(...top(fuzzyTerms(segments, term, distance), EXPANSION_PENALTY))
      } else if (!isNumber && clause.presence !== 'not') {
        const df = base.reduce((n, t) => n + docFrequency(segments, t), 0)
        if (df < FUZZY_RETRY_MAX_DF) {
          // A rare word is probably a typo of a name the corpus spells otherwise: retry it.
          const variants = new Map<string, number>()
          for (const term of base) {
            for (const [t, n] of fuzzyTerms(segments, term, distanceFor(term))) if (n > df) variants.set(t, n)
          }
          const best = top(variants, EXPANSION_PENALTY)
          if (best.length) {
            alternatives.push(...best)
            corrections.push({ from: clause.text, to: best[0]!.term })
          }
        }
      }
    }
    planned.push({ source: clause, presence: clause.presence, groups: [{ alternatives, fields }], phrase: null, field: clause.field })
  }
  return { clauses: planned, notices, corrections }
}

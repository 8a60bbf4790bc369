/**
 * Turns parsed clauses into concrete index terms: stems in every corpus language, prefix and
 * fuzzy expansions over the merged vocabulary (once per query, not per segment), and the typo
 * retry for rare words.
 */
import { queryTerms, tokenize } from './analyze'
import { fold } from './fold'
import type { Clause, Presence } from './query-parser'
import { FIELDS, type Field } from './segment'
import type { Vocabulary } from './vocabulary'
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
  /** A phrase: each group's word position relative to the first (stop words keep their place). */
  phrase: number[] | null
  field: Field | null
}

export interface Plan {
  clauses: PlannedClause[]
  notices: string[]
  corrections: Array<{ from: string; to: string }>
}

const ALL_FIELDS = FIELDS.map((_, i) => i)

function distanceFor(word: string): number {
  return word.length >= FUZZY_LONG_WORD ? 2 : 1
}

function top(found: Map<string, number>, factor: number): Alternative[] {
  return [...found.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_EXPANSIONS)
    .map(([term]) => ({ term, factor }))
}

/** Plans `clauses` against the current segments. */
export function planQuery(clauses: readonly Clause[], vocabulary: () => Vocabulary, languages: Iterable<string>): Plan {
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
      const offsets: number[] = []
      words.forEach((t, position) => {
        const alts = t.number ? [t.term!] : queryTerms(clause.text.slice(t.start, t.end), langs)
        if (alts.length === 0) return
        groups.push({ alternatives: alts.map((term) => ({ term, factor: 1 })), fields })
        offsets.push(position)
      })
      const phrase = offsets.map((o) => o - (offsets[0] ?? 0))
      planned.push({ source: clause, presence: clause.presence, groups, phrase, field: clause.field })
      continue
    }
    let alternatives: Alternative[]
    if (clause.prefix) {
      const prefix = fold(clause.text)
      const exact = queryTerms(clause.text, langs)
      // The index holds stems, so "compensat*" must also reach "compens" (compensation's stem):
      // a stem up to three letters shorter than the typed prefix counts too.
      const found = vocabulary().withPrefix(prefix)
      for (let cut = 1; cut <= 3 && prefix.length - cut >= 3; cut++) {
        const stem = prefix.slice(0, -cut)
        const n = vocabulary().frequency(stem)
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
        for (const term of base) alternatives.push(...top(vocabulary().near(term, distance), EXPANSION_PENALTY))
      } else if (!isNumber && clause.presence !== 'not') {
        const df = base.reduce((n, t) => n + vocabulary().frequency(t), 0)
        if (df < FUZZY_RETRY_MAX_DF) {
          // A rare word is probably a typo of a name the corpus spells otherwise: retry it.
          const variants = new Map<string, number>()
          for (const term of base) {
            for (const [t, n] of vocabulary().near(term, distanceFor(term))) if (n > df) variants.set(t, n)
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

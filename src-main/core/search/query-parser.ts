/**
 * The search box's syntax: plain words (all must match, ranked), `+must`, `-mustnot`,
 * `"exact phrase"`, field scopes (`title:`, `outlet:`, `tag:`, `notes:`, `body:`), `prefix*`
 * and `fuzzy~1`. Numbers written with spaces ("6 700", "4.8 million") stay one word.
 */
import { NUMBER_SOURCE } from './numbers'
import type { Field } from './segment'

export type Presence = 'default' | 'must' | 'not'

export interface Clause {
  kind: 'word' | 'phrase'
  /** The word or phrase as typed (without operators). */
  text: string
  /** A field scope, or null for every field. */
  field: Field | null
  presence: Presence
  prefix: boolean
  /** Edit distance asked for with `~` (0: exact). */
  fuzzy: number
}

const FIELD_NAMES: Readonly<Record<string, Field>> = {
  title: 'title', outlet: 'outlet', source: 'outlet', tag: 'tags', tags: 'tags', note: 'notes', notes: 'notes',
  body: 'body', text: 'body',
}

const PIECE = new RegExp(
  String.raw`([+-]?)(?:([a-z]+):)?(?:"([^"]*)"?|(${NUMBER_SOURCE})(?=\s|$)|(\S+))`,
  'giu',
)

/** Parses a query. Never throws: anything unrecognised is searched as words. */
export function parseQuery(input: string): Clause[] {
  const clauses: Clause[] = []
  for (const m of input.matchAll(PIECE)) {
    const presence: Presence = m[1] === '+' ? 'must' : m[1] === '-' ? 'not' : 'default'
    const fieldName = m[2]?.toLowerCase()
    const field = fieldName ? FIELD_NAMES[fieldName] : undefined
    // An unknown "name:" is part of the word ("10:30", "re:port").
    const prefixText = fieldName && !field ? `${m[2]}:` : ''
    const phrase = m[3]
    if (phrase !== undefined) {
      const text = phrase.trim()
      // Like a word, a phrase of punctuation alone searches nothing: `harbour "-"` must still find harbour.
      if (/[\p{L}\p{N}]/u.test(text)) clauses.push({ kind: 'phrase', text, field: field ?? null, presence, prefix: false, fuzzy: 0 })
      continue
    }
    let word = prefixText + (m[4] ?? m[10] ?? '')
    let prefix = false
    let fuzzy = 0
    const tilde = /~([0-2])?$/u.exec(word)
    if (tilde) {
      fuzzy = tilde[1] === undefined ? -1 : Number(tilde[1])
      word = word.slice(0, tilde.index)
    } else if (word.endsWith('*')) {
      prefix = true
      word = word.replace(/\*+$/u, '')
    }
    if (!/[\p{L}\p{N}]/u.test(word)) continue
    clauses.push({ kind: 'word', text: word, field: field ?? null, presence, prefix, fuzzy })
  }
  return clauses
}

/** The clauses back as query text (for "showing results for ..."). */
export function formatClause(c: Clause): string {
  const op = c.presence === 'must' ? '+' : c.presence === 'not' ? '-' : ''
  const field = c.field ? `${c.field === 'tags' ? 'tag' : c.field}:` : ''
  const body = c.kind === 'phrase' ? `"${c.text}"` : c.text
  const suffix = c.prefix ? '*' : c.fuzzy > 0 ? `~${c.fuzzy}` : c.fuzzy < 0 ? '~' : ''
  return `${op}${field}${body}${suffix}`
}

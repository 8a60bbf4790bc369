import type { AnalysedSentence, AnalysedText, Token } from './tokens'
import { tokenize } from './tokens'
import type { Omission, SentencePair } from './types'

/** Words that make a statement an attribution ("…, the ministry said"), as thesaurus meanings. */
const ATTRIBUTION = new Set(
  ['said', 'according to', 'reported', 'confirmed', 'claimed', 'announced', 'cited', 'quoted'].flatMap((w) =>
    tokenize(w).map((t) => t.canon),
  ),
)
/** Hedges and qualifiers a copy may drop: they change how sure a statement is. */
const CAVEAT_WORDS = [
  'about', 'approximately', 'around', 'roughly', 'nearly', 'almost', 'at least', 'up to', 'more than', 'fewer than',
  'less than', 'may', 'might', 'could', 'possibly', 'probably', 'likely', 'reportedly', 'allegedly', 'apparently',
  'unconfirmed', 'preliminary', 'estimated', 'suspected', 'believed', 'expected', 'unclear',
]
const CAVEAT_CANONS = new Set(CAVEAT_WORDS.flatMap((w) => tokenize(w).map((t) => t.canon)))

function clauseAround(s: AnalysedSentence, at: number): { start: number; end: number } {
  // The clause is what lies between the commas (or quote marks) around the attribution word.
  const rel = at - s.start
  const before = s.text.slice(0, rel)
  const after = s.text.slice(rel)
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf('”'), before.lastIndexOf('"')) + 1
  const toRel = after.search(/[,.;”"]/u)
  const to = toRel === -1 ? s.text.length : rel + toRel
  return { start: s.start + from, end: s.start + to }
}

/**
 * Attributions of a sentence ("…, the regional government said") that the other sentence does
 * not carry: the clause around each attribution word, when the other side lacks its words.
 */
function missingAttributions(s: AnalysedSentence, other: AnalysedSentence): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = []
  for (const t of s.tokens) {
    if (!ATTRIBUTION.has(t.canon)) continue
    const clause = clauseAround(s, t.start)
    if (out.some((c) => c.start === clause.start)) continue
    const words = s.tokens.filter(
      (w) => w.start >= clause.start && w.end <= clause.end && (w.kind === 'word' || w.kind === 'name') && !ATTRIBUTION.has(w.canon),
    )
    if (words.length > 0 && words.some((w) => !other.terms.has(w.canon))) out.push(clause)
  }
  return out
}

function caveats(tokens: Token[]): Token[] {
  return tokens.filter((t) => CAVEAT_CANONS.has(t.canon))
}

function trimmed(text: string, start: number, end: number): { start: number; end: number; text: string } {
  let s = start
  let e = end
  while (s < e && /[\s,]/u.test(text[s] ?? '')) s++
  while (e > s && /[\s,]/u.test(text[e - 1] ?? '')) e--
  return { start: s, end: e, text: text.slice(s, e) }
}

/**
 * What one article carries and the other leaves out: figures, attributions and caveats missing
 * from the counterpart of a paired sentence, and figures in sentences only one side has.
 */
export function findOmissions(
  A: AnalysedText,
  B: AnalysedText,
  pairs: SentencePair[],
  onlyA: number[],
  onlyB: number[],
): Omission[] {
  const out: Omission[] = []
  const byStart = (t: AnalysedText): Map<number, AnalysedSentence> => new Map(t.sentences.map((s) => [s.start, s]))
  const sa = byStart(A)
  const sb = byStart(B)
  pairs.forEach((p, k) => {
    if (p.relation === 'identical') return
    const x = sa.get(p.a.start)
    const y = sb.get(p.b.start)
    if (!x || !y) return
    for (const [side, from, to, text] of [['a', x, y, A.text], ['b', y, x, B.text]] as const) {
      const other = new Set(to.tokens.map((t) => t.canon))
      if (p.relation !== 'conflict') {
        for (const t of from.tokens) {
          if (t.kind === 'number' && !other.has(t.canon)) out.push({ side, kind: 'figure', text: t.surface, start: t.start, end: t.end, pair: k })
        }
      }
      for (const attr of missingAttributions(from, to)) {
        out.push({ side, kind: 'attribution', ...trimmed(text, attr.start, attr.end), pair: k })
      }
      for (const t of caveats(from.tokens)) {
        if (!other.has(t.canon)) out.push({ side, kind: 'caveat', text: t.surface, start: t.start, end: t.end, pair: k })
      }
    }
  })
  for (const [side, t, ids] of [['a', A, onlyA], ['b', B, onlyB]] as const) {
    for (const i of ids) {
      const s = t.sentences[i]!
      if (s.tokens.some((tok) => tok.kind === 'number')) out.push({ side, kind: 'figure', text: s.text, start: s.start, end: s.end, pair: null })
    }
  }
  return out
}

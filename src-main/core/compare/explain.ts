import { diffArrays } from 'diff'
import { comparableFigures, differingNumbers, sharedUnitConflict, type RawPair } from './align'
import { isThesaurusMeaning } from './thesaurus'
import type { Token } from './tokens'
import { TUNABLES } from './tunables'
import type { Mark, PairRelation, SentencePair } from './types'

/** A sentence reduced to its words, lower-cased: two sentences with the same key have the same wording. */
function wordingKey(tokens: Token[]): string {
  let key = ''
  for (const t of tokens) key += `${t.surface.toLowerCase()} `
  return key
}

interface Hunk {
  a: Token[]
  b: Token[]
}

interface WordDiff {
  same: Array<[Token, Token]>
  hunks: Hunk[]
}

/** Word diff on meanings (the `diff` package's Myers diff over tokens): synonyms count as equal. */
function wordDiff(a: Token[], b: Token[]): WordDiff {
  const parts = diffArrays(a, b, { comparator: (x, y) => x.canon === y.canon })
  const same: Array<[Token, Token]> = []
  const hunks: Hunk[] = []
  let i = 0
  let j = 0
  let open: Hunk | null = null
  for (const p of parts) {
    const n = p.count ?? p.value.length
    if (p.removed) {
      open ??= { a: [], b: [] }
      open.a.push(...a.slice(i, i + n))
      i += n
    } else if (p.added) {
      open ??= { a: [], b: [] }
      open.b.push(...b.slice(j, j + n))
      j += n
    } else {
      if (open) hunks.push(open)
      open = null
      for (let k = 0; k < n; k++) same.push([a[i + k]!, b[j + k]!])
      i += n
      j += n
    }
  }
  if (open) hunks.push(open)
  return { same, hunks }
}

/** Share of shared content tokens that keep their relative order (longest increasing run of positions). */
function orderKept(aTokens: Token[], bTokens: Token[]): { shared: number; kept: number } {
  // The diff keeps order by construction, so order is measured on the tokens themselves.
  const bPos = new Map<string, number[]>()
  bTokens.forEach((t, k) => {
    if (t.kind === 'stop') return
    const list = bPos.get(t.canon) ?? []
    list.push(k)
    bPos.set(t.canon, list)
  })
  const seq: number[] = []
  for (const t of aTokens) {
    if (t.kind === 'stop') continue
    const pos = bPos.get(t.canon)
    if (pos?.length) seq.push(pos.shift()!)
  }
  return { shared: seq.length, kept: longestIncreasing(seq) }
}

function longestIncreasing(seq: number[]): number {
  const tails: number[] = []
  for (const x of seq) {
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (tails[mid]! < x) lo = mid + 1
      else hi = mid
    }
    tails[lo] = x
  }
  return tails.length
}

function list(words: string[], max = 4): string {
  const unique = [...new Set(words)]
  return unique.length > max ? `${unique.slice(0, max).join(', ')}, …` : unique.join(', ')
}

/** Adjacent marks of one kind become one (so "in opposition to" is one mark, not three). */
function mergeMarks(marks: Mark[], text: string, offset: number): Mark[] {
  marks.sort((x, y) => x.start - y.start)
  const out: Mark[] = []
  for (const m of marks) {
    const last = out[out.length - 1]
    const gap = last ? text.slice(last.end - offset, m.start - offset) : ''
    if (last && last.kind === m.kind && /^[\s,;:'"’“”-]*$/u.test(gap)) last.end = Math.max(last.end, m.end)
    else out.push({ ...m })
  }
  return out
}

/**
 * Classifies an aligned pair (identical, paraphrase or conflict), says why it was paired, and
 * marks the words that differ on each side.
 */
export function explainPair(p: RawPair): SentencePair {
  const { a, b } = p
  const { same, hunks } = wordDiff(a.tokens, b.tokens)
  const marksA: Mark[] = []
  const marksB: Mark[] = []
  const reasons: string[] = []
  const conflictFigures: Array<[Token[], Token[]]> = []
  const conflictNames: Array<[Token[], Token[]]> = []
  for (const h of hunks) {
    const numsA = h.a.filter((t) => t.kind === 'number')
    const numsB = h.b.filter((t) => t.kind === 'number')
    const namesA = h.a.filter((t) => t.kind === 'name')
    const namesB = h.b.filter((t) => t.kind === 'name')
    // A figure swapped for another of its kind in the same slot (a short hunk) is a disagreement.
    const slot = (ts: Token[]): boolean => ts.filter((t) => t.kind !== 'stop').length <= TUNABLES.slotMaxWords
    const swapped = numsA.filter((x) => numsB.some((y) => comparableFigures(x, y)))
    if (swapped.length && slot(h.a) && slot(h.b)) {
      conflictFigures.push([swapped, numsB.filter((y) => swapped.some((x) => comparableFigures(x, y)))])
    }
    if (namesA.length && namesB.length && p.score >= TUNABLES.nameConflictMin) conflictNames.push([namesA, namesB])
    for (const t of h.a) if (t.kind !== 'stop') marksA.push({ start: t.start, end: t.end, kind: 'removed' })
    for (const t of h.b) if (t.kind !== 'stop') marksB.push({ start: t.start, end: t.end, kind: 'added' })
  }
  // Figures that moved within the sentence are not substitutions; a shared unit makes them one.
  const unit = sharedUnitConflict(a, b)
  if (unit !== null && conflictFigures.length === 0) {
    const d = differingNumbers(a, b)
    conflictFigures.push([d.a, d.b])
  }
  const identical = wordingKey(a.tokens) === wordingKey(b.tokens)
  let relation: PairRelation = identical ? 'identical' : 'paraphrase'
  if (!identical && (conflictFigures.length > 0 || conflictNames.length > 0)) relation = 'conflict'
  if (relation !== 'conflict' && p.byQuantity) relation = 'conflict'

  const conflictTokens = new Set<Token>()
  for (const [xs, ys] of [...conflictFigures, ...conflictNames]) {
    for (const t of xs) conflictTokens.add(t)
    for (const t of ys) conflictTokens.add(t)
  }
  if (relation === 'conflict') {
    for (const m of [...marksA, ...marksB]) {
      const hit = [...conflictTokens].some((t) => t.start === m.start && t.end === m.end)
      if (hit) m.kind = 'conflict'
    }
    // Figures the diff saw as equal are never conflicts; figures only a shared unit paired need marks.
    for (const t of conflictTokens) {
      const marks = a.tokens.includes(t) ? marksA : marksB
      if (!marks.some((m) => m.start === t.start)) marks.push({ start: t.start, end: t.end, kind: 'conflict' })
    }
    for (const [xs, ys] of conflictFigures) {
      reasons.push(`different figures: ${list(xs.map((t) => t.surface))} ≠ ${list(ys.map((t) => t.surface))}`)
    }
    for (const [xs, ys] of conflictNames) {
      reasons.push(`different names: ${list(xs.map((t) => t.surface))} ≠ ${list(ys.map((t) => t.surface))}`)
    }
    if (unit !== null && p.byQuantity) reasons.push(`both count the same thing (“${unitLabel(a.tokens, unit)}”)`)
  }

  const synonyms: string[] = []
  for (const [x, y] of same) {
    if (x.surface.toLowerCase() === y.surface.toLowerCase() || x.kind === 'stop') continue
    marksA.push({ start: x.start, end: x.end, kind: 'synonym' })
    marksB.push({ start: y.start, end: y.end, kind: 'synonym' })
    if (isThesaurusMeaning(x.canon)) synonyms.push(`${x.surface.toLowerCase()} ≈ ${y.surface.toLowerCase()}`)
  }
  if (identical) reasons.unshift('same wording')
  else {
    const names = same.filter(([x]) => x.kind === 'name').map(([x]) => x.surface)
    const figures = same.filter(([x]) => x.kind === 'number').map(([x]) => x.surface)
    if (names.length) reasons.push(`shared names: ${list(names)}`)
    if (figures.length) reasons.push(`shared figures: ${list(figures)}`)
    if (synonyms.length) reasons.push(`synonyms: ${list(synonyms, 3)}`)
    const words = same.filter(([x]) => x.kind === 'word').length
    if (words) reasons.push(`${words} shared ${words === 1 ? 'word' : 'words'}`)
    const order = orderKept(a.tokens, b.tokens)
    if (order.shared >= TUNABLES.reorderMinShared && order.kept / order.shared < TUNABLES.reorderedBelow) {
      reasons.push('reordered clauses')
    }
  }
  return {
    a: { start: a.start, end: a.end, text: a.text },
    b: { start: b.start, end: b.end, text: b.text },
    relation,
    score: round(p.score),
    reasons,
    marksA: identical ? [] : mergeMarks(marksA, a.text, a.start),
    marksB: identical ? [] : mergeMarks(marksB, b.text, b.start),
  }
}

function unitLabel(tokens: Token[], canon: string): string {
  return tokens.find((t) => t.canon === canon)?.surface.toLowerCase() ?? canon.replace(/^~/u, '')
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000
}

import { compareAnalysed } from './document'
import type { AnalysedText } from './tokens'
import type { Comparison, ComparisonMatrix, DocumentRelation, Statement } from './types'
import { termWeights } from './weights'

/** The most articles one n-way comparison takes (the matrix must stay readable). */
export const MAX_COMPARED = 6

/**
 * Pairwise comparison of up to six articles: a similarity matrix, and the statements they carry,
 * each with the articles that carry it (sentences linked across any pair join one statement).
 */
export function compareMany(items: ReadonlyArray<{ id: number; text: AnalysedText }>): ComparisonMatrix {
  const w = termWeights(items.map((i) => i.text))
  const n = items.length
  const similarity = items.map((_, i) => items.map((__, j): number => (i === j ? 1 : 0)))
  const relation = items.map((_, i) => items.map((__, j): DocumentRelation => (i === j ? 'duplicate' : 'unrelated')))
  // Union-find over (article, sentence) nodes.
  const offset: number[] = []
  let total = 0
  for (const it of items) {
    offset.push(total)
    total += it.text.sentences.length
  }
  const parent = Array.from({ length: total }, (_, k) => k)
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!
      x = parent[x]!
    }
    return x
  }
  const conflictRoots = new Set<number>()
  const comparisons: Array<[number, number, Comparison]> = []
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const c = compareAnalysed(items[i]!.text, items[j]!.text, w)
      comparisons.push([i, j, c])
      similarity[i]![j] = similarity[j]![i] = c.similarity
      relation[i]![j] = relation[j]![i] = c.relation
    }
  }
  const sentenceAt = (k: number, start: number): number =>
    offset[k]! + items[k]!.text.sentences.findIndex((s) => s.start === start)
  const conflictNodes: number[] = []
  for (const [i, j, c] of comparisons) {
    for (const p of c.pairs) {
      const x = sentenceAt(i, p.a.start)
      const y = sentenceAt(j, p.b.start)
      parent[find(x)] = find(y)
      if (p.relation === 'conflict') conflictNodes.push(x)
    }
  }
  for (const x of conflictNodes) conflictRoots.add(find(x))
  const groups = new Map<number, Statement>()
  items.forEach((it, k) => {
    it.text.sentences.forEach((s, si) => {
      const root = find(offset[k]! + si)
      let g = groups.get(root)
      if (!g) {
        g = { text: s.text, sources: [], conflict: conflictRoots.has(root) }
        groups.set(root, g)
      }
      // One sentence per article and statement: the first one that article carries.
      if (!g.sources.some((src) => src.articleId === it.id)) {
        g.sources.push({ articleId: it.id, start: s.start, end: s.end, text: s.text })
      }
    })
  })
  const statements = [...groups.values()].sort((x, y) => y.sources.length - x.sources.length)
  return { ids: items.map((i) => i.id), similarity, relation, statements }
}

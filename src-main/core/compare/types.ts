/** Shapes of a comparison: plain data, shared by the core, the CLI and (type-only) the renderer. */

/** A stretch of an article's clean text. */
export interface Span {
  start: number
  end: number
  text: string
}

export type PairRelation = 'identical' | 'paraphrase' | 'conflict'

export type DocumentRelation = 'duplicate' | 'near_duplicate' | 'spun_copy' | 'related' | 'unrelated'

/** A word-level difference inside a paired sentence; offsets into that article's clean text. */
export interface Mark {
  start: number
  end: number
  /** removed/added: words only this side has; synonym: same meaning, other words; conflict: differing figure or name. */
  kind: 'removed' | 'added' | 'synonym' | 'conflict'
}

/** Two sentences, one from each article, that carry the same statement. */
export interface SentencePair {
  a: Span
  b: Span
  relation: PairRelation
  /** 0..1: weighted share of meaning the two sentences share. */
  score: number
  /** Why they were paired, for the analyst to judge and cite ("shared names: Kessling", ...). */
  reasons: string[]
  marksA: Mark[]
  marksB: Mark[]
}

/** Something one article carries and the other leaves out. */
export interface Omission {
  /** The article that carries it. */
  side: 'a' | 'b'
  kind: 'figure' | 'attribution' | 'caveat'
  text: string
  start: number
  end: number
  /** Index into `pairs` when it is missing from the counterpart of a paired sentence; null for a sentence only one side has. */
  pair: number | null
}

export interface ComparisonCounts {
  identical: number
  paraphrase: number
  conflict: number
  onlyA: number
  onlyB: number
}

/** Everything `compare A B` finds. Pairs are in the order of article A. */
export interface Comparison {
  similarity: number
  relation: DocumentRelation
  /** Share of each article's content (weighted by words) that the other also carries. */
  coverage: { a: number; b: number }
  counts: ComparisonCounts
  pairs: SentencePair[]
  onlyA: Span[]
  onlyB: Span[]
  omissions: Omission[]
}

/** One statement across several articles, as the n-way comparison groups them. */
export interface Statement {
  text: string
  /** Per article id: the sentence that carries it. */
  sources: Array<{ articleId: number; start: number; end: number; text: string }>
  conflict: boolean
}

/** Pairwise similarity of up to six articles and the statements they carry. */
export interface ComparisonMatrix {
  ids: number[]
  /** similarity[i][j] for ids[i] and ids[j]; 1 on the diagonal. */
  similarity: number[][]
  relation: DocumentRelation[][]
  statements: Statement[]
}

export type CopyKind = 'duplicate' | 'near_duplicate' | 'spun_copy'

/** A verified copy: `copyId` repeats `originalId`, the earlier-dated of the two. */
export interface CopyEdge {
  copyId: number
  originalId: number
  kind: CopyKind
  similarity: number
  /** Share of the copy's sentences found in the original. */
  share: number
}

/** A family of articles that copy one another, with its likely original (the earliest-dated member). */
export interface CopyFamily {
  originalId: number
  members: number[]
  edges: CopyEdge[]
}

/** An article as a comparison shows it: its facts and clean text (offsets in the comparison point into it). */
export interface ComparedArticle {
  id: number
  title: string
  outlet: string | null
  publishedAt: string | null
  text: string
}

/** Two articles side by side (`comparison`), or three to six as a matrix (`matrix`). */
export interface ComparisonResult {
  articles: ComparedArticle[]
  comparison: Comparison | null
  matrix: ComparisonMatrix | null
}

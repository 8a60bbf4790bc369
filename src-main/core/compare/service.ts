import type Database from 'better-sqlite3'
import { getArticleRow } from '../store/articles'
import { copyFamilies, detectCopies, listCopyEdges, redetectCopies } from './copies'
import { compareAnalysed } from './document'
import { compareMany, MAX_COMPARED } from './matrix'
import { analyseText, type AnalysedText } from './tokens'
import type { ComparedArticle, ComparisonResult, CopyEdge, CopyFamily } from './types'

export type { ComparedArticle, ComparisonResult }

export class CompareInputError extends Error {
  override name = 'CompareInputError'
}

/** Source comparison and copy detection for the workspace facade. */
export class CompareService {
  private readonly analysed = new Map<number, { text: string; analysed: AnalysedText }>()

  constructor(
    private readonly db: Database.Database,
    private readonly notFound: (message: string) => Error,
  ) {}

  /** New articles join the copy index (and are checked against it) as they arrive. */
  articlesAdded(ids: number[]): void {
    this.detect(ids)
  }

  /** Signs (and checks for copies) the articles that have no signature yet: an interrupted import. */
  backfill(): void {
    this.detect([])
  }

  /** Every article up to this id has its signature (so far as this service has seen). */
  private signedThrough = 0

  private detect(ids: readonly number[]): void {
    const newest = ids.length === 0 ? ((this.db.prepare('SELECT max(id) FROM articles').pluck().get() as number | null) ?? 0) : ids.reduce((a, b) => Math.max(a, b))
    detectCopies(this.db, ids, this.signedThrough)
    this.signedThrough = Math.max(this.signedThrough, newest)
  }

  /** Articles whose clean text changed are looked at again. */
  articlesChanged(ids: number[]): void {
    for (const id of ids) this.analysed.delete(id)
    redetectCopies(this.db, ids)
  }

  private load(id: number): { article: ComparedArticle; analysed: AnalysedText } {
    const row = getArticleRow(this.db, id)
    if (!row) throw this.notFound(`No article with id ${id}.`)
    const article = { id, title: row.title, outlet: row.outlet, publishedAt: row.publishedAt, text: row.cleanText }
    let cached = this.analysed.get(id)
    if (!cached || cached.text !== row.cleanText) {
      cached = { text: row.cleanText, analysed: analyseText(row.cleanText) }
      // A handful of recent articles is all a comparison session revisits.
      if (this.analysed.size >= 24) this.analysed.clear()
      this.analysed.set(id, cached)
    }
    return { article, analysed: cached.analysed }
  }

  /** Two articles side by side, or two to six as a similarity matrix with shared statements. */
  compare(ids: readonly number[]): ComparisonResult {
    const unique = [...new Set(ids)]
    if (unique.length < 2) throw new CompareInputError('Pick two different articles to compare.')
    if (unique.length > MAX_COMPARED) throw new CompareInputError(`Compare at most ${MAX_COMPARED} articles at once.`)
    const loaded = unique.map((id) => this.load(id))
    const articles = loaded.map((l) => l.article)
    if (loaded.length === 2) {
      return { articles, comparison: compareAnalysed(loaded[0]!.analysed, loaded[1]!.analysed), matrix: null }
    }
    return { articles, comparison: null, matrix: compareMany(loaded.map((l) => ({ id: l.article.id, text: l.analysed }))) }
  }

  /** Every verified copy edge. */
  copies(): CopyEdge[] {
    return listCopyEdges(this.db)
  }

  /** Families of copies with their likely originals. */
  graph(): CopyFamily[] {
    return copyFamilies(this.db)
  }
}

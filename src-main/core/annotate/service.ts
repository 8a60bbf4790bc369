/**
 * The analyst's annotations: create, edit, delete (and undo), list with filters, colour meanings,
 * and re-anchoring when an article's clean text changes. SQLite is the truth; the search index
 * reads notes through its own hook and is told when they change.
 */
import type Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import { cleanPageStarts, pageAt } from '../ingest/article-extras'
import { anchor } from './anchor'
import { describe, findQuote } from './selectors'
import * as store from './store'
import type { Annotation, AnnotationChange, AnnotationFilter, AnnotationInput, ColourMeaning, Colour } from './types'

/** A request the annotations cannot honour; `notFound` when it names something that does not exist. */
export class AnnotationInputError extends Error {
  override name = 'AnnotationInputError'
  constructor(
    message: string,
    readonly notFound = false,
  ) {
    super(message)
  }
}

export interface AnnotationsServiceOptions {
  /** Called with the articles whose notes changed (the search index re-reads them). */
  notesChanged?: (articleIds: number[]) => void
  now?: () => string
}

/** Counts of one re-anchoring pass. */
export interface ReanchorReport {
  anchored: number
  moved: number
  orphaned: number
}

export class AnnotationsService {
  constructor(
    private readonly db: Database.Database,
    private readonly options: AnnotationsServiceOptions = {},
  ) {}

  private now(): string {
    return this.options.now?.() ?? new Date().toISOString()
  }

  /** Annotations matching every given filter, in article and text order. */
  list(filter: AnnotationFilter = {}): Annotation[] {
    const all = this.decorate(store.listRows(this.db, filter.articleId))
    return all.filter(matcher(filter, () => this.clusterSpans(filter.clusterId)))
  }

  get(id: number): Annotation {
    const row = store.getRow(this.db, id)
    if (!row) throw new AnnotationInputError(`No annotation with id ${id}.`, true)
    return this.decorate([row])[0]!
  }

  /** Highlights a span (or the first occurrence of a quote) of an article's clean text. */
  create(input: AnnotationInput): Annotation {
    const text = store.cleanText(this.db, input.articleId)
    if (text === null) throw new AnnotationInputError(`No article with id ${input.articleId}.`, true)
    let span: { start: number; end: number } | null
    if (input.start !== undefined && input.end !== undefined) {
      if (input.start < 0 || input.end <= input.start || input.end > text.length) {
        throw new AnnotationInputError(`The span ${input.start}-${input.end} is not inside the article's text (${text.length} characters).`)
      }
      span = { start: input.start, end: input.end }
    } else if (input.quote !== undefined) {
      span = findQuote(text, input.quote)
      if (!span) throw new AnnotationInputError(`Article ${input.articleId} does not contain “${input.quote.slice(0, 80)}”.`)
    } else throw new AnnotationInputError('Give a span (start and end) or a quote to annotate.')
    const { quote } = describe(text, span.start, span.end)
    const at = this.now()
    const id = this.db.transaction(() => {
      const id = store.insertRow(this.db, {
        uuid: randomUUID(),
        articleId: input.articleId,
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        start: span.start,
        end: span.end,
        state: 'anchored',
        score: 1,
        colour: input.colour ?? 'yellow',
        note: input.note ?? '',
        createdAt: at,
        updatedAt: at,
      })
      store.setTags(this.db, id, cleanTags(input.tags ?? []))
      store.setClaims(this.db, id, input.claimIds ?? [])
      return id
    })()
    if (input.note) this.options.notesChanged?.([input.articleId])
    return this.get(id)
  }

  update(id: number, change: AnnotationChange): Annotation {
    const row = store.getRow(this.db, id)
    if (!row) throw new AnnotationInputError(`No annotation with id ${id}.`, true)
    let quote = { exact: row.exact, prefix: row.prefix, suffix: row.suffix }
    let state = row.state
    let score = row.score
    if (change.acceptMove && row.state === 'moved') {
      const text = store.cleanText(this.db, row.articleId) ?? ''
      quote = describe(text, row.start, row.end).quote
      state = 'anchored'
      score = 1
    }
    this.db.transaction(() => {
      store.updateFields(this.db, id, {
        colour: change.colour ?? row.colour,
        note: change.note ?? row.note,
        ...quote,
        state,
        score,
        updatedAt: this.now(),
      })
      if (change.tags) store.setTags(this.db, id, cleanTags(change.tags))
      if (change.claimIds) store.setClaims(this.db, id, change.claimIds)
    })()
    if (change.note !== undefined && change.note !== row.note) this.options.notesChanged?.([row.articleId])
    return this.get(id)
  }

  /** Deletes one annotation and returns it as it was, so the analyst can undo. */
  delete(id: number): Annotation {
    const before = this.get(id)
    store.deleteRow(this.db, id)
    if (before.note) this.options.notesChanged?.([before.articleId])
    return before
  }

  /** Undo of a delete: puts an annotation back exactly as `delete` returned it (same id and uuid). */
  restore(a: Annotation): Annotation {
    if (store.getRow(this.db, a.id)) throw new AnnotationInputError(`Annotation ${a.id} already exists.`)
    const text = store.cleanText(this.db, a.articleId)
    if (text === null) throw new AnnotationInputError(`No article with id ${a.articleId}.`, true)
    this.db.transaction(() => {
      store.insertRow(this.db, {
        id: a.id,
        uuid: a.uuid,
        articleId: a.articleId,
        exact: a.quote,
        prefix: a.prefix,
        suffix: a.suffix,
        start: Math.min(a.start, text.length),
        end: Math.min(a.end, text.length),
        state: a.state,
        score: a.score,
        colour: a.colour,
        note: a.note,
        createdAt: a.createdAt,
        updatedAt: this.now(),
      })
      store.setTags(this.db, a.id, cleanTags(a.tags.filter((t) => !this.meaningOf(a.colour, t))))
      store.setClaims(this.db, a.id, a.claimIds)
    })()
    this.reanchor([a.articleId], a.id)
    if (a.note) this.options.notesChanged?.([a.articleId])
    return this.get(a.id)
  }

  colourMeanings(): ColourMeaning[] {
    return store.getColourMeanings(this.db)
  }

  /** Sets what each colour stands for (one tag per colour; colours left out mean nothing). */
  setColourMeanings(meanings: readonly ColourMeaning[]): ColourMeaning[] {
    const seen = new Set<Colour>()
    const clean = meanings.filter((m) => m.tag.trim() !== '' && !seen.has(m.colour) && (seen.add(m.colour), true))
    this.db.transaction(() => store.replaceColourMeanings(this.db, clean.map((m) => ({ colour: m.colour, tag: m.tag.trim() }))))()
    return this.colourMeanings()
  }

  /**
   * Articles' clean text changed (a removal restored, a rule changed, a re-import): every
   * annotation is found again, moved (for review) or orphaned, never dropped.
   */
  articlesChanged(ids: readonly number[]): ReanchorReport {
    return this.reanchor(ids)
  }

  private reanchor(ids: readonly number[], only?: number): ReanchorReport {
    const report: ReanchorReport = { anchored: 0, moved: 0, orphaned: 0 }
    this.db.transaction(() => {
      for (const articleId of ids) {
        const text = store.cleanText(this.db, articleId)
        if (text === null) continue
        for (const r of store.listRows(this.db, articleId)) {
          if (only !== undefined && r.id !== only) continue
          const result = anchor(text, r)
          report[result.state]++
          if (result.start !== r.start || result.end !== r.end || result.state !== r.state || result.score !== r.score) {
            // A moved annotation the analyst has not reviewed stays "moved" even if it now matches well.
            const state = r.state === 'moved' && result.state === 'anchored' && text.slice(result.start, result.end) !== r.exact ? 'moved' : result.state
            store.moveRow(this.db, r.id, { ...result, state })
          }
        }
      }
    })()
    return report
  }

  private meaningOf(colour: Colour, tag: string): boolean {
    return this.colourMeanings().some((m) => m.colour === colour && m.tag.toLowerCase() === tag.toLowerCase())
  }

  private decorate(rows: store.AnnotationRow[]): Annotation[] {
    if (rows.length === 0) return []
    const tags = store.tagsByAnnotation(this.db)
    const claims = store.claimsByAnnotation(this.db)
    const meanings = new Map(store.getColourMeanings(this.db).map((m) => [m.colour, m.tag]))
    const texts = new Map<number, string>()
    const pages = pagedArticles(this.db, rows)
    return rows.map((r) => {
      const own = tags.get(r.id) ?? []
      const meaning = meanings.get(r.colour)
      const allTags = meaning && !own.some((t) => t.toLowerCase() === meaning.toLowerCase()) ? [...own, meaning] : own
      let currentText = r.exact
      if (r.state === 'moved') {
        if (!texts.has(r.articleId)) texts.set(r.articleId, store.cleanText(this.db, r.articleId) ?? '')
        currentText = texts.get(r.articleId)!.slice(r.start, r.end)
      }
      return {
        id: r.id,
        uuid: r.uuid,
        articleId: r.articleId,
        quote: r.exact,
        prefix: r.prefix,
        suffix: r.suffix,
        start: r.start,
        end: r.end,
        state: r.state,
        score: r.score,
        currentText,
        colour: r.colour,
        note: r.note,
        tags: allTags,
        claimIds: claims.get(r.id) ?? [],
        page: pageAt(pages.get(r.articleId) ?? [], r.start),
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
        article: { title: r.title, outlet: r.outlet, publishedAt: r.publishedAt, url: r.url },
      }
    })
  }

  /** Claims of a cluster (ids and spans), when the claims tables exist. */
  private clusterSpans(clusterId: number | undefined): Array<{ id: number; articleId: number; start: number; end: number }> {
    if (clusterId === undefined) return []
    const has = this.db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'claims'`).get()
    if (!has) return []
    return this.db
      .prepare(`SELECT id, article_id AS articleId, start, "end" AS "end" FROM claims WHERE cluster_id = ? OR id = ?`)
      .all(clusterId, clusterId) as Array<{ id: number; articleId: number; start: number; end: number }>
  }
}

function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter((t) => t !== ''))]
}

function matcher(f: AnnotationFilter, cluster: () => Array<{ id: number; articleId: number; start: number; end: number }>): (a: Annotation) => boolean {
  const words = (f.text ?? '').toLowerCase().split(/\s+/u).filter(Boolean)
  const spans = f.clusterId === undefined ? null : cluster()
  return (a) => {
    if (f.tag !== undefined && !a.tags.some((t) => t.toLowerCase() === f.tag!.toLowerCase())) return false
    if (f.outlet !== undefined && (a.article.outlet ?? '') !== f.outlet) return false
    if (f.colour !== undefined && a.colour !== f.colour) return false
    if (f.state !== undefined && a.state !== f.state) return false
    const day = a.createdAt.slice(0, 10)
    if (f.from !== undefined && day < f.from) return false
    if (f.to !== undefined && day > f.to) return false
    if (words.length) {
      const hay = `${a.note}\n${a.quote}\n${a.tags.join(' ')}`.toLowerCase()
      if (!words.every((w) => hay.includes(w))) return false
    }
    if (spans) {
      const linked = a.claimIds.some((id) => spans.some((s) => s.id === id))
      const overlaps = spans.some((s) => s.articleId === a.articleId && s.start < a.end && a.start < s.end)
      if (!linked && !overlaps) return false
    }
    return true
  }
}

/** Clean-text page starts of the PDF articles among `rows` (one query when there are none). */
function pagedArticles(db: Database.Database, rows: readonly store.AnnotationRow[]): Map<number, Array<{ page: number; start: number }>> {
  const ids = new Set(rows.map((r) => r.articleId))
  const paged = db.prepare('SELECT DISTINCT article_id AS id FROM article_pages').all() as Array<{ id: number }>
  return new Map(paged.filter((p) => ids.has(p.id)).map((p) => [p.id, cleanPageStarts(db, p.id)]))
}

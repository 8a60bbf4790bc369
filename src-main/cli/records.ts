import type { Workspace } from '../core/workspace'
import type { ArticleDetail, ArticleSummary } from '../core/model'
import { copyOfArticle } from '../core/compare/copies'

/** An article as `crosscheck articles --json` prints it (shape fixed by the CLI contract). */
export interface ArticleRecord {
  id: number
  title: string
  outlet: string | null
  publishedAt: string | null
  url: string | null
  language: string | null
  sourceFile: string
  wordCount: number
  copyOf: Array<{ id: number; similarity: number; kind: 'duplicate' | 'near_duplicate' | 'spun_copy' }>
  spam: Array<{ text: string; start: number; end: number }>
  removed: Array<{ kind: string; text: string; start: number; end: number }>
}

export function articleRecord(ws: Workspace, summary: ArticleSummary): ArticleRecord {
  return recordOf(ws, ws.getArticle(summary.id))
}

function recordOf(ws: Workspace, detail: ArticleDetail): ArticleRecord {
  const removed = detail.removed.map(({ kind, text, start, end }) => ({ kind, text, start, end }))
  return {
    id: detail.id,
    title: detail.title,
    outlet: detail.outlet,
    publishedAt: detail.publishedAt,
    url: detail.url,
    language: detail.language,
    sourceFile: detail.sourceFile,
    wordCount: detail.wordCount,
    copyOf: copyOfArticle(ws.db, detail.id),
    spam: removed.filter((r) => r.kind === 'spam').map(({ text, start, end }) => ({ text, start, end })),
    removed,
  }
}

/** `show --json`: the record plus the clean and raw text and the sentences. */
export function articleShowRecord(ws: Workspace, id: number): ArticleRecord & {
  text: string
  rawText: string
  sentences: Array<{ start: number; end: number; text: string }>
} {
  const detail = ws.getArticle(id)
  return { ...recordOf(ws, detail), text: detail.text, rawText: detail.rawText, sentences: detail.sentences }
}

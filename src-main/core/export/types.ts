/** What an export covers and holds: plain data handed to the pure renderers. */
import type { Annotation } from '../annotate/types'

export const EXPORT_FORMATS = ['md', 'html', 'json', 'csv', 'claims-csv', 'docx'] as const
/** md, html, json (W3C Web Annotation), csv (annotations), claims-csv, docx. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** Everything, or one article, one tag, one cluster. */
export type ExportScope =
  | { kind: 'all' }
  | { kind: 'article'; articleId: number }
  | { kind: 'tag'; tag: string }
  | { kind: 'cluster'; clusterId: number }

/** Notes grouped by article or by tag (Markdown, HTML, DOCX). */
export type ExportGrouping = 'article' | 'tag'

export interface ExportRequest {
  format: ExportFormat
  scope: ExportScope
  grouping?: ExportGrouping
}

/** The article facts a citation needs. */
export interface CitedArticle {
  id: number
  title: string
  outlet: string | null
  publishedAt: string | null
  url: string | null
  /** PDFs: where each page starts in the clean text. */
  pages: Array<{ page: number; start: number }>
}

/** A claim as the claims CSV writes it. */
export interface ClaimRecord {
  id: number
  articleId: number
  text: string
  kind: string
  review: string
  status: string
  tags: string[]
  clusterId: number | null
  quantities: string[]
  start: number
  end: number
}

/** One export's content, before a format writes it. */
export interface ExportData {
  title: string
  /** What the export covers, in words ("all notes", "tag: disputed"). */
  scopeLabel: string
  generatedAt: string
  annotations: Annotation[]
  articles: ReadonlyMap<number, CitedArticle>
  claims: ClaimRecord[]
  grouping: ExportGrouping
}

/** A written export: what to save and under which name. */
export interface ExportFile {
  fileName: string
  mimeType: string
  bytes: Uint8Array
}

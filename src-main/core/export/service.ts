/** Builds an export from the workspace's annotations (and claims) and writes it in one format. */
import type { Annotation, AnnotationFilter } from '../annotate/types'
import { annotationsCsv, claimsCsv } from './csv'
import { toDocx } from './docx'
import { toHtml } from './html'
import { toMarkdown } from './markdown'
import type { CitedArticle, ClaimRecord, ExportData, ExportFile, ExportFormat, ExportRequest, ExportScope } from './types'
import { toWebAnnotationJson } from './web-annotation'

/** Where an export reads from; claims are optional (the export degrades to no claims without them). */
export interface ExportSource {
  annotations: (filter: AnnotationFilter) => Annotation[]
  article: (id: number) => CitedArticle | null
  claims?: (articleIds: readonly number[] | null, clusterId: number | null) => ClaimRecord[]
  now?: () => string
}

const MIME: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/ld+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  'claims-csv': 'text/csv; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

const EXTENSION: Record<ExportFormat, string> = { md: 'md', html: 'html', json: 'jsonld', csv: 'csv', 'claims-csv': 'csv', docx: 'docx' }

/** The most characters a preview shows. */
export const PREVIEW_CHARS = 20_000

function filterOf(scope: ExportScope): AnnotationFilter {
  switch (scope.kind) {
    case 'all':
      return {}
    case 'article':
      return { articleId: scope.articleId }
    case 'tag':
      return { tag: scope.tag }
    case 'cluster':
      return { clusterId: scope.clusterId }
  }
}

function scopeLabel(scope: ExportScope, articleTitle: string | null): string {
  switch (scope.kind) {
    case 'all':
      return 'All notes'
    case 'article':
      return `Article: ${articleTitle ?? `#${scope.articleId}`}`
    case 'tag':
      return `Tag: ${scope.tag}`
    case 'cluster':
      return `Claim cluster ${scope.clusterId}`
  }
}

/** Gathers what an export covers. */
export function collect(source: ExportSource, req: ExportRequest): ExportData {
  const annotations = source.annotations(filterOf(req.scope))
  const articles = new Map<number, CitedArticle>()
  const ids = new Set(annotations.map((a) => a.articleId))
  let claims: ClaimRecord[] = []
  if (req.format === 'claims-csv' && source.claims) {
    const only = req.scope.kind === 'article' ? [req.scope.articleId] : req.scope.kind === 'all' || req.scope.kind === 'cluster' ? null : [...ids]
    claims = source.claims(only, req.scope.kind === 'cluster' ? req.scope.clusterId : null)
    if (req.scope.kind === 'tag') claims = claims.filter((c) => c.tags.some((t) => t.toLowerCase() === (req.scope as { tag: string }).tag.toLowerCase()) || ids.has(c.articleId))
    for (const c of claims) ids.add(c.articleId)
  }
  if (req.scope.kind === 'article') ids.add(req.scope.articleId)
  for (const id of ids) {
    const a = source.article(id)
    if (a) articles.set(id, a)
  }
  const title = req.scope.kind === 'article' ? (articles.get(req.scope.articleId)?.title ?? null) : null
  return {
    title: 'Crosscheck notes',
    scopeLabel: scopeLabel(req.scope, title),
    generatedAt: source.now?.() ?? new Date().toISOString(),
    annotations,
    articles,
    claims,
    grouping: req.grouping ?? 'article',
  }
}

/** Writes `data` in `format`. */
export function render(data: ExportData, format: ExportFormat): Uint8Array {
  const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)
  switch (format) {
    case 'md':
      return utf8(toMarkdown(data))
    case 'html':
      return utf8(toHtml(data))
    case 'json':
      return utf8(toWebAnnotationJson(data))
    case 'csv':
      // A byte-order mark so spreadsheet programs read the file as UTF-8.
      return utf8(`\uFEFF${annotationsCsv(data)}`)
    case 'claims-csv':
      return utf8(`\uFEFF${claimsCsv(data)}`)
    case 'docx':
      return toDocx(data)
  }
}

function fileName(req: ExportRequest, data: ExportData): string {
  const day = data.generatedAt.slice(0, 10)
  const scope =
    req.scope.kind === 'all' ? 'all' : req.scope.kind === 'article' ? `article-${req.scope.articleId}` : req.scope.kind === 'cluster' ? `cluster-${req.scope.clusterId}` : `tag-${req.scope.tag}`
  const base = `crosscheck-${req.format === 'claims-csv' ? 'claims' : 'notes'}-${scope}-${day}`
  return `${base.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 120)}.${EXTENSION[req.format]}`
}

/** The export as a file. */
export function exportFile(source: ExportSource, req: ExportRequest): ExportFile & { count: number } {
  const data = collect(source, req)
  return { fileName: fileName(req, data), mimeType: MIME[req.format], bytes: render(data, req.format), count: req.format === 'claims-csv' ? data.claims.length : data.annotations.length }
}

/** What an export will write, as text (DOCX: its text as Markdown), cut at PREVIEW_CHARS. */
export function exportPreview(source: ExportSource, req: ExportRequest): { fileName: string; mimeType: string; text: string; truncated: boolean; count: number; bytes: number } {
  const data = collect(source, req)
  const file = render(data, req.format)
  const text = req.format === 'docx' ? toMarkdown(data) : new TextDecoder().decode(file).replace(/^\uFEFF/u, '')
  return {
    fileName: fileName(req, data),
    mimeType: MIME[req.format],
    text: text.slice(0, PREVIEW_CHARS),
    truncated: text.length > PREVIEW_CHARS,
    count: req.format === 'claims-csv' ? data.claims.length : data.annotations.length,
    bytes: file.length,
  }
}

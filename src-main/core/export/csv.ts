/** CSV (RFC 4180: CRLF rows, fields quoted when needed, quotes doubled) of annotations and of claims. */
import { pageOf } from './citation'
import type { ExportData } from './types'

/**
 * One field. A text a spreadsheet would run as a formula ("CSV injection": imported articles are
 * untrusted) is prefixed with an apostrophe: one starting with =, +, @, a tab or CR, or with -
 * unless it is a negative figure followed by plain words ("-5 boats" stays, "-2+3" does not).
 */
export function csvField(value: string | number | null): string {
  if (value === null) return ''
  let s = String(value)
  if (typeof value === 'string' && /^[=+@\t\r]/u.test(s)) s = `'${s}`
  else if (typeof value === 'string' && s.startsWith('-') && !/^-\d[\d.,]*(?:\s[^=+\-*/^&|@()!]*)?$/u.test(s)) s = `'${s}`
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s
}

export function csvRows(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n'
}

export const ANNOTATION_COLUMNS = [
  'id', 'uuid', 'article_id', 'title', 'outlet', 'published_at', 'url', 'page', 'quote', 'note', 'tags', 'colour',
  'state', 'claim_ids', 'start', 'end', 'created_at', 'updated_at',
] as const

export function annotationsCsv(data: ExportData): string {
  return csvRows([
    ANNOTATION_COLUMNS,
    ...data.annotations.map((a) => [
      a.id, a.uuid, a.articleId, a.article.title, a.article.outlet, a.article.publishedAt, a.article.url,
      pageOf(data.articles.get(a.articleId), a.start), a.quote, a.note, a.tags.join('; '), a.colour, a.state,
      a.claimIds.join('; '), a.start, a.end, a.createdAt, a.updatedAt,
    ]),
  ])
}

export const CLAIM_COLUMNS = [
  'id', 'article_id', 'title', 'outlet', 'published_at', 'text', 'kind', 'review', 'status', 'tags', 'cluster_id',
  'quantities', 'start', 'end',
] as const

export function claimsCsv(data: ExportData): string {
  return csvRows([
    CLAIM_COLUMNS,
    ...data.claims.map((c) => {
      const art = data.articles.get(c.articleId)
      return [
        c.id, c.articleId, art?.title ?? '', art?.outlet ?? null, art?.publishedAt ?? null, c.text, c.kind, c.review, c.status,
        c.tags.join('; '), c.clusterId, c.quantities.join('; '), c.start, c.end,
      ]
    }),
  ])
}

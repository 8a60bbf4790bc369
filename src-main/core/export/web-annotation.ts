/**
 * JSON in the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/): an
 * AnnotationCollection whose one page holds every annotation, each with its target's source
 * and both selectors (TextQuote, TextPosition) against the article's clean text.
 */
import type { Annotation } from '../annotate/types'
import { pageOf } from './citation'
import type { ExportData } from './types'

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

export interface WebAnnotationBody {
  type: 'TextualBody' | 'SpecificResource'
  value?: string
  source?: string
  format?: string
  purpose: 'commenting' | 'tagging' | 'linking'
}

export interface WebAnnotation {
  '@context': string
  id: string
  type: 'Annotation'
  motivation: 'commenting' | 'highlighting'
  created: string
  modified: string
  body?: WebAnnotationBody[]
  target: {
    source: string
    scope?: string
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ]
  }
  /** Crosscheck's own facts (ignored by other clients). */
  'crosscheck:article': { id: number; title: string; outlet: string | null; publishedAt: string | null; page: number | null }
  'crosscheck:colour': string
  'crosscheck:state': string
}

/** One annotation in the W3C model. */
export function toWebAnnotation(a: Annotation, data: ExportData): WebAnnotation {
  const body: WebAnnotationBody[] = []
  if (a.note.trim()) body.push({ type: 'TextualBody', value: a.note, format: 'text/markdown', purpose: 'commenting' })
  for (const t of a.tags) body.push({ type: 'TextualBody', value: t, purpose: 'tagging' })
  for (const c of a.claimIds) body.push({ type: 'SpecificResource', source: `urn:crosscheck:claim:${c}`, purpose: 'linking' })
  const article = data.articles.get(a.articleId)
  return {
    '@context': CONTEXT,
    id: `urn:uuid:${a.uuid}`,
    type: 'Annotation',
    motivation: a.note.trim() ? 'commenting' : 'highlighting',
    created: a.createdAt,
    modified: a.updatedAt,
    ...(body.length ? { body } : {}),
    target: {
      source: `urn:crosscheck:article:${a.articleId}`,
      ...(a.article.url ? { scope: a.article.url } : {}),
      selector: [
        { type: 'TextQuoteSelector', exact: a.quote, prefix: a.prefix, suffix: a.suffix },
        { type: 'TextPositionSelector', start: a.start, end: a.end },
      ],
    },
    'crosscheck:article': {
      id: a.articleId,
      title: a.article.title,
      outlet: a.article.outlet,
      publishedAt: a.article.publishedAt,
      page: pageOf(article, a.start),
    },
    'crosscheck:colour': a.colour,
    'crosscheck:state': a.state,
  }
}

/** The whole export as an AnnotationCollection (pretty-printed JSON text). */
export function toWebAnnotationJson(data: ExportData): string {
  const items = data.annotations.map((a) => toWebAnnotation(a, data))
  return `${JSON.stringify(
    {
      '@context': CONTEXT,
      id: `urn:crosscheck:export:${data.generatedAt}`,
      type: 'AnnotationCollection',
      label: `${data.title} (${data.scopeLabel})`,
      total: items.length,
      first: { type: 'AnnotationPage', startIndex: 0, items },
    },
    null,
    2,
  )}\n`
}

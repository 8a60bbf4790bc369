import type { Annotation } from '../annotate/types'
import { pageAt } from '../ingest/article-extras'
import type { CitedArticle, ExportData } from './types'

/** The PDF page an offset of the clean text falls on, or null for articles without pages. */
export function pageOf(article: CitedArticle | undefined, offset: number): number | null {
  return article ? pageAt(article.pages, offset) : null
}

/** The parts of a citation: outlet, title, date, page, URL (absent ones left out). */
export function citationParts(a: Annotation, article: CitedArticle | undefined): string[] {
  const page = pageOf(article, a.start)
  return [
    article?.outlet ?? a.article.outlet ?? '',
    `“${article?.title ?? a.article.title}”`,
    article?.publishedAt ?? a.article.publishedAt ?? 'undated',
    page === null ? '' : `p. ${page}`,
    article?.url ?? a.article.url ?? '',
  ].filter((p) => p !== '')
}

/** "Outlet, “Title”, 2024-03-01, p. 3, https://…" */
export function citation(a: Annotation, article: CitedArticle | undefined): string {
  return citationParts(a, article).join(', ')
}

/** Annotations in groups: one per article (in first-seen order) or one per tag ("Untagged" last). */
export function groups(data: ExportData): Array<{ heading: string; article: CitedArticle | undefined; items: Annotation[] }> {
  const out = new Map<string, { heading: string; article: CitedArticle | undefined; items: Annotation[] }>()
  for (const a of data.annotations) {
    if (data.grouping === 'tag') {
      for (const tag of a.tags.length ? a.tags : ['']) {
        const key = tag.toLowerCase()
        if (!out.has(key)) out.set(key, { heading: tag === '' ? 'Untagged' : `Tag: ${tag}`, article: undefined, items: [] })
        out.get(key)!.items.push(a)
      }
    } else {
      const key = String(a.articleId)
      if (!out.has(key)) out.set(key, { heading: data.articles.get(a.articleId)?.title ?? a.article.title, article: data.articles.get(a.articleId), items: [] })
      out.get(key)!.items.push(a)
    }
  }
  const list = [...out.entries()]
  if (data.grouping === 'tag') list.sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
  return list.map(([, g]) => g)
}

/** The state shown beside a note that is not simply anchored. */
export function stateLabel(a: Annotation): string | null {
  if (a.state === 'moved') return 'moved: the text changed; check the quote'
  if (a.state === 'orphaned') return 'orphaned: the quote is no longer in the text'
  return null
}

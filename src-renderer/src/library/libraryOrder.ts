import type { SortingState } from '@tanstack/react-table'
import type { ArticleSummary } from '../../../src-main/api/contract'

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/** Locale-aware text order; one shared collator keeps 50,000-article sorts fast. */
const byText = (a: string | number, b: string | number): number => collator.compare(String(a), String(b))
/** Numbers and ISO timestamps in their natural order. */
const byValue = (a: string | number, b: string | number): number => (a === b ? 0 : a > b ? 1 : -1)

export const outletOf = (a: ArticleSummary): string | undefined => a.outlet ?? undefined
export const publishedOf = (a: ArticleSummary): string | undefined => a.publishedAt ?? undefined

/** A value the library sorts by; `undefined` when the article has none (no outlet, no date). */
export type SortValue = string | number | undefined

/** How one column orders the library. */
export interface ColumnOrder {
  value: (article: ArticleSummary) => SortValue
  compare: (a: string | number, b: string | number) => number
}

/**
 * The library in the order `sorting` asks for (its first entry; the library sorts by one column).
 * Articles without a value stay at the bottom in both directions, and equal values keep the list's
 * order. Plain arrays rather than the table's row model: at 50,000 articles a row object per
 * article cost a quarter of a second at start and the garbage collector's time while scrolling.
 */
export function sortArticles(
  articles: readonly ArticleSummary[],
  sorting: SortingState,
  orders: Readonly<Record<string, ColumnOrder | undefined>>,
): readonly ArticleSummary[] {
  const sort = sorting[0]
  const order = sort ? orders[sort.id] : undefined
  if (!sort || !order) return articles
  const values = articles.map(order.value)
  const sign = sort.desc ? -1 : 1
  const index = Array.from(articles, (_, i) => i)
  index.sort((i, j) => {
    const a = values[i]
    const b = values[j]
    if (a === undefined || b === undefined) {
      if (a !== b) return a === undefined ? 1 : -1
      return i - j
    }
    return sign * order.compare(a, b) || i - j
  })
  return index.map((i) => articles[i] as ArticleSummary)
}

/** Articles whose lower-cased `text` contains `needle` (already trimmed and lower-cased). */
export function filterArticles(
  articles: readonly ArticleSummary[],
  needle: string,
  text: (article: ArticleSummary) => string,
): readonly ArticleSummary[] {
  return needle === '' ? articles : articles.filter((a) => text(a).includes(needle))
}

/** How each sortable column orders the library (missing outlets and dates go last either way). */
export const libraryOrders: Record<string, ColumnOrder> = {
  title: { value: (a) => a.title, compare: byText },
  outlet: { value: outletOf, compare: byText },
  publishedAt: { value: publishedOf, compare: byValue },
  wordCount: { value: (a) => a.wordCount, compare: byValue },
  importedAt: { value: (a) => a.importedAt, compare: byValue },
}

/** Lower-cased text the filter box searches: title, outlet and source file. */
export function filterText(article: ArticleSummary): string {
  return `${article.title}\n${article.outlet ?? ''}\n${article.sourceFile}`.toLowerCase()
}

import type { ArticleDetail } from '../../../src-main/api/contract'
import { useApiQuery, type ApiQuery } from '../hooks/useApi'

/** The full article for the reader; only answers for `id` itself count as loaded. */
export function useArticle(id: number | null): ApiQuery<ArticleDetail> {
  const query = useApiQuery('article-get', id === null ? null : { id })
  const data = query.data?.id === id ? query.data : undefined
  return { ...query, data }
}

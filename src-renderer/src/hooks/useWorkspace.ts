import { useCallback, useMemo } from 'react'
import type { ArticleSummary, WorkspaceInfo } from '../../../src-main/api/contract'
import { useApiQuery, type ApiQuery } from './useApi'

const NO_ARGS = {}

/** The workspace facts and the library list, loaded together and refreshed together. */
export interface Workspace {
  info: ApiQuery<WorkspaceInfo>
  articles: ApiQuery<ArticleSummary[]>
  /** Title of an article by id, for "duplicate of <title>". */
  titleOf: (id: number) => string | undefined
  /** Reload both; settles once both answers are in. */
  refresh: () => Promise<void>
}

export function useWorkspace(): Workspace {
  const info = useApiQuery('workspace-info', NO_ARGS)
  const articles = useApiQuery('articles-list', NO_ARGS)
  const byId = useMemo(() => new Map((articles.data ?? []).map((a) => [a.id, a.title])), [articles.data])
  const titleOf = useCallback((id: number) => byId.get(id), [byId])
  const { reload: reloadInfo } = info
  const { reload: reloadArticles } = articles
  const refresh = useCallback(async () => {
    await Promise.all([reloadInfo(), reloadArticles()])
  }, [reloadInfo, reloadArticles])
  return { info, articles, titleOf, refresh }
}

import { useMemo } from 'react'
import type { RowData } from '@tanstack/react-table'
import type { CopyEdge, CopyKind } from '../../../src-main/api/contract'
import { useApiQuery } from '../hooks/useApi'

/** What the library knows about copies: per copy its closest original, per original its copies. */
export interface CopyIndex {
  edges: CopyEdge[]
  /** Copy id -> its best edge (highest similarity). */
  copyOf: Map<number, CopyEdge>
  /** Original id -> number of articles that copy it. */
  copies: Map<number, number>
}

declare module '@tanstack/react-table' {
  // The library table carries the copy index to its "Copies" cells (see columns.ts).
  interface TableMeta<TData extends RowData> {
    copies?: CopyIndex
    /** Only for the type parameter's sake: TableMeta must mention TData. */
    _row?: TData
  }
}

export const KIND_LABEL: Record<CopyKind, string> = {
  duplicate: 'duplicate',
  near_duplicate: 'near duplicate',
  spun_copy: 'spun copy',
}

/** The copy edges, asked again whenever the number of articles changes (an import). */
export function useCopyIndex(articleCount: number): { index: CopyIndex; error: Error | null; reload: () => Promise<void> } {
  const query = useApiQuery('copies-list', { version: articleCount })
  const index = useMemo(() => {
    const edges = query.data ?? []
    const copyOf = new Map<number, CopyEdge>()
    const copies = new Map<number, number>()
    for (const e of edges) {
      const best = copyOf.get(e.copyId)
      if (!best || e.similarity > best.similarity) copyOf.set(e.copyId, e)
      copies.set(e.originalId, (copies.get(e.originalId) ?? 0) + 1)
    }
    return { edges, copyOf, copies }
  }, [query.data])
  return { index, error: query.error, reload: query.reload }
}

/** The text of the "Copies" cell of one article. */
export function copyCellText(index: CopyIndex | undefined, id: number): string {
  const edge = index?.copyOf.get(id)
  if (edge) return `${KIND_LABEL[edge.kind]} of #${edge.originalId} · ${Math.round(edge.similarity * 100)}%`
  const n = index?.copies.get(id) ?? 0
  return n ? `original · ${n} ${n === 1 ? 'copy' : 'copies'}` : '—'
}

/** The comparison and copy methods of the contract (merged into Api in src-main/api/contract.ts). */
import type { ComparisonResult, CopyEdge, CopyFamily } from './types'

export type * from './types'

export interface CompareApi {
  /** Two articles side by side (sentence pairs, only-one-side, omissions), or three to six as a matrix. */
  'compare-articles': (args: { ids: number[] }) => ComparisonResult
  /**
   * Every verified copy edge. `version` is any value that changes when the library does (the UI
   * passes the article count) so the answer is asked for again after an import.
   */
  'copies-list': (args: { version?: number }) => CopyEdge[]
  /** Families of copies, each with its likely original (earliest-dated member). */
  'copy-graph': (args: { version?: number }) => CopyFamily[]
}

/** The claims methods of the contract (merged into Api in src-main/api/contract.ts). */
import type { Claim, ClaimChange, ClaimsPage, ClaimsQuery, Cluster, LedgerRow, Tag } from './types'

export interface ClaimsApi {
  /**
   * One window of the claims list (offset/limit, at most 1,000 rows), searched, filtered, sorted
   * and grouped by the host, with the total, match count and group sizes; `idsOnly` returns every
   * matching id instead of rows (bulk actions on the filtered set).
   */
  'claims-page': (args: ClaimsQuery & { offset?: number; limit?: number; idsOnly?: boolean }) => ClaimsPage
  /** Claims (suggested, accepted and rejected), optionally of one article. */
  'claims-list': (args: { articleId?: number }) => Claim[]
  /** Review, verdict, wording, span or tags of one claim. */
  'claim-update': (args: { id: number } & ClaimChange) => Claim
  /** One change to many claims (bulk accept/reject, verdict, tags). */
  'claims-bulk-update': (args: { ids: number[] } & Omit<ClaimChange, 'text' | 'span'>) => { updated: number }
  /** Make a claim of the analyst's selection (clean-text offsets); accepted at once. */
  'claim-create': (args: { articleId: number; start: number; end: number }) => Claim
  'tags-list': (args: Record<string, never>) => Tag[]
  'tag-create': (args: { name: string; color?: string }) => Tag
  'tag-update': (args: { id: number; name?: string; color?: string }) => Tag
  /** Merge tag `from` into tag `into`. */
  'tags-merge': (args: { from: number; into: number }) => Tag
  'tag-delete': (args: { id: number }) => { deleted: true }
  /** Claims grouped across sources, with independent-source counts and conflicts. */
  'clusters-list': (args: Record<string, never>) => Cluster[]
  /** How many clusters hold a conflict not yet resolved (without reading the clusters). */
  'clusters-conflicts': (args: Record<string, never>) => { clusters: number }
  /** Mark a cluster's conflict on one quantity resolved with a note (null re-opens it). */
  'conflict-resolve': (args: { clusterId: number; quantity: string; note: string | null }) => Cluster
  /** Per outlet: originated, carried, paraphrased, contradicted, exclusive claims. */
  'ledger-get': (args: Record<string, never>) => LedgerRow[]
}

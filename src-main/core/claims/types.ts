/** The shapes claims hand out: plain data shared by the core, the hosts and (type-only) the renderer. */
import type { Entity, Quantity } from '../text/quantity-types'

export type { Entity, EntityKind, Quantity, QuantityQualifier } from '../text/quantity-types'

/** Why a sentence was suggested as a claim (or 'manual' when the analyst made it). */
export type ClaimKind = 'quantity' | 'quote' | 'attribution' | 'event' | 'manual'
/** Suggestions stay suggestions until the analyst accepts them. */
export type ClaimReview = 'suggested' | 'accepted' | 'rejected'
/** The analyst's verdict on a claim. */
export type ClaimStatus = 'unverified' | 'corroborated' | 'disputed' | 'false'

export const CLAIM_KINDS: readonly ClaimKind[] = ['quantity', 'quote', 'attribution', 'event', 'manual']
export const CLAIM_REVIEWS: readonly ClaimReview[] = ['suggested', 'accepted', 'rejected']
export const CLAIM_STATUSES: readonly ClaimStatus[] = ['unverified', 'corroborated', 'disputed', 'false']

/** Who a claim is attributed to ("Shin said", "according to Reuters"); offsets into the claim text. */
export interface Attribution {
  source: string
  verb: string
  text: string
  start: number
  end: number
}

/** A claim found in (or made from) an article, before it is stored. */
export interface ClaimDraft {
  articleId: number
  /** Offsets into the article's clean text. */
  start: number
  end: number
  text: string
  kind: ClaimKind
  quantities: Quantity[]
  entities: Entity[]
  attribution: Attribution | null
}

/** A stored claim as every host sees it. */
export interface Claim extends ClaimDraft {
  id: number
  review: ClaimReview
  status: ClaimStatus
  /** True once the analyst changed the wording or span. */
  edited: boolean
  origin: 'auto' | 'manual'
  tags: string[]
  tagIds: number[]
  /** The cross-source cluster, or null when no other source makes this claim. */
  clusterId: number | null
  /** Independent sources (copies of one original count once) in the claim's cluster; 1 when alone. */
  clusterSources: number
  article: { title: string; outlet: string | null; publishedAt: string | null }
}

/** An analyst's tag. */
export interface Tag {
  id: number
  name: string
  /** CSS colour (#rrggbb). */
  color: string
  /** Claims carrying it. */
  count: number
}

/** One source's figure in a conflict. */
export interface ConflictValue {
  articleId: number
  claimId: number
  value: number
  min?: number
  max?: number
  unit: string
  /** The values the figure allows once its hedge is read ("about 1,200" is 1,080 to 1,320). */
  low: number
  high: number
  /** The figure as written ("about 6,700 containers"). */
  text: string
  /** The whole claim, so the wording can be read side by side. */
  claimText: string
  outlet: string | null
}

/** Figures of one kind that disagree within a cluster. */
export interface Conflict {
  /** The unit compared ("container", "t", "time"). */
  quantity: string
  values: ConflictValue[]
  resolved: { note: string; resolvedAt: string } | null
}

/** The same claim across sources. */
export interface Cluster {
  id: number
  label: string
  claimIds: number[]
  articleIds: number[]
  /** Distinct sources once copies of one original are counted once. */
  independentSources: number
  /** The conflict with the most sources (the CLI contract's field), or null. */
  conflict: Conflict | null
  conflicts: Conflict[]
  /** The earliest article making the claim. */
  firstArticleId: number
}

/** Per outlet: what it adds and what it recycles. */
export interface LedgerRow {
  outlet: string
  articles: number
  claims: number
  /** Earliest source of a claim other sources also make. */
  originated: number
  /** Repeats another source's claim in nearly the same words. */
  carried: number
  /** Repeats another source's claim in other words. */
  paraphrased: number
  /** Gives a figure that disagrees with the claim's earliest source. */
  contradicted: number
  /** Claims no other source makes. */
  exclusive: number
}

/** What one claim edit may change. */
export interface ClaimChange {
  review?: ClaimReview
  status?: ClaimStatus
  /** New wording (the span stays). */
  text?: string
  /** New span in the article's clean text (the wording follows it). */
  span?: { start: number; end: number }
  addTagIds?: number[]
  removeTagIds?: number[]
}

/** Columns the claims list sorts by on the host. */
export type ClaimSortColumn = 'claim' | 'source' | 'kind' | 'review' | 'status' | 'tags' | 'quantities' | 'cluster' | 'clusterSources'
export const CLAIM_SORT_COLUMNS: readonly ClaimSortColumn[] = ['claim', 'source', 'kind', 'review', 'status', 'tags', 'quantities', 'cluster', 'clusterSources']
/** What the claims list groups by on the host. */
export type ClaimGroupBy = 'tag' | 'cluster' | 'source'
export const CLAIM_GROUP_BYS: readonly ClaimGroupBy[] = ['tag', 'cluster', 'source']

/** Which claims, in what order: the claims table asks for a window of these at a time. */
export interface ClaimsQuery {
  /** Words that must all appear in the claim's text, outlet, title or tags (case-insensitive). */
  search?: string
  review?: ClaimReview
  articleId?: number
  clusterId?: number
  ids?: number[]
  sort?: { column: ClaimSortColumn; desc: boolean }
  /** Rows come ordered by group first; `groups` gives every group's key and size. */
  groupBy?: ClaimGroupBy
  /** Groups folded away in the table: their rows are left out of `rows` (not of `groups`). */
  collapsed?: string[]
}

/** One window of the claims list, with counts from the store. */
export interface ClaimsPage {
  /** Every claim of the workspace. */
  total: number
  /** Claims the query matches (folded groups included). */
  matching: number
  /** The window: rows `offset` to `offset + limit` of the query's order (folded groups left out). */
  rows: Array<Claim & { group?: string }>
  /** With `groupBy`: the groups in order, with their sizes. */
  groups?: Array<{ key: string; count: number }>
  /** With `idsOnly`: every matching claim's id, in order (for bulk actions on the filtered set). */
  ids?: number[]
}

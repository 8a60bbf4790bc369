import { z } from 'zod'
import { CLAIM_GROUP_BYS, CLAIM_REVIEWS, CLAIM_SORT_COLUMNS, CLAIM_STATUSES } from './types'

const id = z.number().int().positive()
const ids = z.array(id).max(100_000)
const review = z.enum(CLAIM_REVIEWS as [string, ...string[]])
const status = z.enum(CLAIM_STATUSES as [string, ...string[]])
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/u, 'a colour like #2f6fde')
const tagName = z.string().trim().min(1).max(80)
const span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).strict()

/** Argument schemas of the claims methods, spread into the contract's ARG_SCHEMAS. */
export const CLAIMS_SCHEMAS = {
  'claims-list': z.object({ articleId: id.optional() }).strict(),
  'claims-page': z
    .object({
      search: z.string().max(500).optional(),
      review: review.optional(),
      articleId: id.optional(),
      clusterId: id.optional(),
      ids: ids.optional(),
      sort: z.object({ column: z.enum(CLAIM_SORT_COLUMNS as [string, ...string[]]), desc: z.boolean() }).strict().optional(),
      groupBy: z.enum(CLAIM_GROUP_BYS as [string, ...string[]]).optional(),
      collapsed: z.array(z.string().max(500)).max(10_000).optional(),
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
      idsOnly: z.boolean().optional(),
    })
    .strict(),
  'claim-update': z
    .object({
      id,
      review: review.optional(),
      status: status.optional(),
      text: z.string().min(1).max(20_000).optional(),
      span: span.optional(),
      addTagIds: ids.optional(),
      removeTagIds: ids.optional(),
    })
    .strict(),
  'claims-bulk-update': z
    .object({
      ids,
      review: review.optional(),
      status: status.optional(),
      addTagIds: ids.optional(),
      removeTagIds: ids.optional(),
    })
    .strict(),
  'claim-create': z.object({ articleId: id, start: z.number().int().min(0), end: z.number().int().min(0) }).strict(),
  'tags-list': z.object({}).strict(),
  'tag-create': z.object({ name: tagName, color: color.optional() }).strict(),
  'tag-update': z.object({ id, name: tagName.optional(), color: color.optional() }).strict(),
  'tags-merge': z.object({ from: id, into: id }).strict(),
  'tag-delete': z.object({ id }).strict(),
  'clusters-list': z.object({}).strict(),
  'clusters-conflicts': z.object({}).strict(),
  'conflict-resolve': z
    .object({ clusterId: id, quantity: z.string().max(200), note: z.string().max(5_000).nullable() })
    .strict(),
  'ledger-get': z.object({}).strict(),
}

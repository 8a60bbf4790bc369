import { z } from 'zod'
import { searchExportSchema, searchQuerySchema } from '../core/search/request-schema'
import { CLAIMS_SCHEMAS } from '../core/claims/request-schema'
import { COMPARE_SCHEMAS } from '../core/compare/request-schema'
import { ANNOTATION_SCHEMAS } from '../core/annotate/request-schema'
import { EXPORT_SCHEMAS } from '../core/export/request-schema'
import { WORKSPACES_SCHEMAS } from '../core/workspaces/request-schema'
import type { ApiMethod } from './contract'

const empty = z.object({}).strict()
const id = z.number().int().positive()

/** Runtime check of every method's argument object; anything else is refused before the core sees it. */
export const ARG_SCHEMAS = {
  'workspace-info': empty,
  'articles-list': empty,
  'article-get': z.object({ id }).strict(),
  'import-file': z
    .object({
      name: z.string().min(1).max(4096),
      data: z.instanceof(Uint8Array),
    })
    .strict(),
  'search-query': searchQuerySchema,
  'search-export': searchExportSchema,
  'removed-span-restore': z.object({ articleId: id, spanId: id }).strict(),
  'removed-span-remove': z.object({ articleId: id, spanId: id }).strict(),
  'spam-mark': z
    .object({ articleId: id, start: z.number().int().min(0), end: z.number().int().min(1) })
    .strict()
    .refine((a) => a.end > a.start, { message: 'end must be after start' }),
  'article-update-metadata': z
    .object({
      id,
      patch: z
        .object({
          title: z.string().trim().min(1).max(1000),
          outlet: z.string().max(500).nullable(),
          publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').nullable(),
          url: z.string().max(4096).nullable(),
          author: z.string().max(500).nullable(),
          language: z.string().regex(/^[a-z]{2,3}$/, 'a language code such as "en"').nullable(),
        })
        .partial()
        .strict(),
    })
    .strict(),
  ...CLAIMS_SCHEMAS,
  ...COMPARE_SCHEMAS,
  ...ANNOTATION_SCHEMAS,
  ...EXPORT_SCHEMAS,
  'open-external': z.object({ url: z.string().min(1).max(4096) }).strict(),
  ...WORKSPACES_SCHEMAS,
  'imports-list': empty,
  'import-run-files': z
    .object({ id, status: z.enum(['imported', 'duplicate', 'failed']).optional(), limit: z.number().int().min(1).max(100_000).optional() })
    .strict(),
  'import-run-start': empty,
  'import-status': empty,
  'import-cancel': empty,
} satisfies Record<ApiMethod, z.ZodType>

export function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(ARG_SCHEMAS, name)
}

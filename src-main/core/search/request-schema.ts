import { z } from 'zod'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'a date as YYYY-MM-DD')

/** Runtime check of a search request crossing into the main process. */
export const searchFiltersSchema = z
  .object({
    outlets: z.array(z.string().max(500)).max(500).optional(),
    from: isoDate.nullable().optional(),
    to: isoDate.nullable().optional(),
    tags: z.array(z.string().max(200)).max(100).optional(),
    originalsOnly: z.boolean().optional(),
  })
  .strict()

export const searchQuerySchema = z
  .object({
    query: z.string().max(2000),
    filters: searchFiltersSchema.optional(),
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(0).max(1000).optional(),
  })
  .strict()

export const searchExportSchema = z.object({ query: z.string().max(2000), filters: searchFiltersSchema.optional() }).strict()

import { z } from 'zod'
import { MAX_COMPARED } from './matrix'

const version = z.object({ version: z.number().int().nonnegative().optional() }).strict()

/** Argument schemas of the compare methods (merged into ARG_SCHEMAS in src-main/api/schemas.ts). */
export const COMPARE_SCHEMAS = {
  'compare-articles': z.object({ ids: z.array(z.number().int().positive()).min(2).max(MAX_COMPARED) }).strict(),
  'copies-list': version,
  'copy-graph': version,
}

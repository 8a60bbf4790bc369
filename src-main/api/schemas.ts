import { z } from 'zod'
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
} satisfies Record<ApiMethod, z.ZodType>

export function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(ARG_SCHEMAS, name)
}

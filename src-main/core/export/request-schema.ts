import { z } from 'zod'
import { EXPORT_FORMATS } from './types'

const id = z.number().int().positive()

const exportRequest = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    scope: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('all') }).strict(),
      z.object({ kind: z.literal('article'), articleId: id }).strict(),
      z.object({ kind: z.literal('tag'), tag: z.string().trim().min(1).max(80) }).strict(),
      z.object({ kind: z.literal('cluster'), clusterId: id }).strict(),
    ]),
    grouping: z.enum(['article', 'tag']).optional(),
  })
  .strict()

/** Argument schemas of the export and backup methods, spread into the contract's ARG_SCHEMAS. */
export const EXPORT_SCHEMAS = {
  'export-preview': exportRequest,
  'export-file': exportRequest,
  'workspace-backup': z.object({}).strict(),
  'workspace-restore': z.object({ data: z.instanceof(Uint8Array) }).strict(),
}

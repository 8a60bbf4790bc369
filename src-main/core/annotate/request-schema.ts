import { z } from 'zod'
import { COLOURS } from './types'

const id = z.number().int().positive()
const colour = z.enum(COLOURS)
const tags = z.array(z.string().trim().min(1).max(80)).max(50)
const claimIds = z.array(id).max(1000)
const note = z.string().max(100_000)
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'a date as YYYY-MM-DD')

/** Which annotations a list or export covers. */
export const annotationFilterSchema = z
  .object({
    articleId: id.optional(),
    tag: z.string().max(80).optional(),
    outlet: z.string().max(500).optional(),
    colour: colour.optional(),
    state: z.enum(['anchored', 'moved', 'orphaned']).optional(),
    from: date.optional(),
    to: date.optional(),
    text: z.string().max(1000).optional(),
    clusterId: id.optional(),
  })
  .strict()

const annotationSchema = z
  .object({
    id,
    uuid: z.string().min(1).max(100),
    articleId: id,
    quote: z.string().min(1).max(1_000_000),
    prefix: z.string().max(1000),
    suffix: z.string().max(1000),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    state: z.enum(['anchored', 'moved', 'orphaned']),
    score: z.number().min(0).max(1),
    currentText: z.string().max(1_000_000),
    colour,
    note,
    tags,
    claimIds,
    page: z.number().int().min(1).nullable().default(null),
    createdAt: z.string().max(40),
    updatedAt: z.string().max(40),
    article: z.object({
      title: z.string(),
      outlet: z.string().nullable(),
      publishedAt: z.string().nullable(),
      url: z.string().nullable(),
    }),
  })
  .strict()

/** Argument schemas of the annotation methods, spread into the contract's ARG_SCHEMAS. */
export const ANNOTATION_SCHEMAS = {
  'annotations-list': annotationFilterSchema,
  'annotation-create': z
    .object({
      articleId: id,
      start: z.number().int().min(0).optional(),
      end: z.number().int().min(0).optional(),
      quote: z.string().min(1).max(100_000).optional(),
      colour: colour.optional(),
      note: note.optional(),
      tags: tags.optional(),
      claimIds: claimIds.optional(),
    })
    .strict(),
  'annotation-update': z
    .object({ id, colour: colour.optional(), note: note.optional(), tags: tags.optional(), claimIds: claimIds.optional(), acceptMove: z.boolean().optional() })
    .strict(),
  'annotation-delete': z.object({ id }).strict(),
  'annotation-restore': z.object({ annotation: annotationSchema }).strict(),
  'colour-meanings-get': z.object({}).strict(),
  'colour-meanings-set': z
    .object({ meanings: z.array(z.object({ colour, tag: z.string().trim().max(80) }).strict()).max(COLOURS.length) })
    .strict(),
}

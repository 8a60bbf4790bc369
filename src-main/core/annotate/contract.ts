/** The annotation methods of the contract (merged into Api in src-main/api/contract.ts). */
import type { Annotation, AnnotationChange, AnnotationFilter, AnnotationInput, ColourMeaning } from './types'

export interface AnnotationsApi {
  /** Annotations matching every filter given (all when none), in article and text order. */
  'annotations-list': (args: AnnotationFilter) => Annotation[]
  /** Highlight a span (clean-text offsets) or a quote of an article, with an optional note, colour, tags, claims. */
  'annotation-create': (args: AnnotationInput) => Annotation
  /** Edit the note, colour, tags or claim links; `acceptMove` accepts a moved anchor. */
  'annotation-update': (args: { id: number } & AnnotationChange) => Annotation
  /** Delete one annotation; returns it as it was (pass it to annotation-restore to undo). */
  'annotation-delete': (args: { id: number }) => Annotation
  /** Undo a delete: the annotation comes back with its id, quote, note and tags. */
  'annotation-restore': (args: { annotation: Annotation }) => Annotation
  'colour-meanings-get': (args: Record<string, never>) => ColourMeaning[]
  /** Replace what each colour stands for ("red = disputed"). */
  'colour-meanings-set': (args: { meanings: ColourMeaning[] }) => ColourMeaning[]
}

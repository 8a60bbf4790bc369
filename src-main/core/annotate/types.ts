/** The annotation shapes every host and (type-only) the renderer see: plain data. */

/** Highlight colours; each may stand for a tag (see colour meanings). */
export const COLOURS = ['yellow', 'green', 'blue', 'red', 'purple'] as const
export type Colour = (typeof COLOURS)[number]

/**
 * Where an annotation sits after the article's clean text changed: `anchored` (its quote, in its
 * context), `moved` (found again, but changed or out of context: shown for the analyst to review),
 * `orphaned` (not found with enough confidence: shown with its quote, never dropped).
 */
export type AnchorState = 'anchored' | 'moved' | 'orphaned'

/** W3C Web Annotation TextQuoteSelector. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix: string
  suffix: string
}

/** W3C Web Annotation TextPositionSelector: UTF-16 offsets into the clean text, half-open. */
export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

/** One annotation as every host sees it. */
export interface Annotation {
  id: number
  /** Stable identity across backup and export (a UUID). */
  uuid: string
  articleId: number
  /** The text the analyst highlighted (TextQuoteSelector.exact). */
  quote: string
  prefix: string
  suffix: string
  /** The current anchor in the clean text (for orphans: where it last was). */
  start: number
  end: number
  state: AnchorState
  /** 0..1: how well the anchor matches the quote and its context. */
  score: number
  /** What the clean text says at the anchor now (differs from `quote` when moved). */
  currentText: string
  colour: Colour
  /** Markdown. */
  note: string
  tags: string[]
  /** Claims this annotation is linked to (links to claims that no longer exist are dropped). */
  claimIds: number[]
  /** The PDF page the highlight starts on, so a note can cite "p. 3"; null for other articles. */
  page: number | null
  createdAt: string
  updatedAt: string
  article: { title: string; outlet: string | null; publishedAt: string | null; url: string | null }
}

/** What creating an annotation takes: a span of the clean text, or a quote to find in it. */
export interface AnnotationInput {
  articleId: number
  start?: number
  end?: number
  /** Found in the clean text when start/end are not given. */
  quote?: string
  colour?: Colour
  note?: string
  tags?: string[]
  claimIds?: number[]
}

/** What one edit may change; omitted fields stay. */
export interface AnnotationChange {
  colour?: Colour
  note?: string
  tags?: string[]
  claimIds?: number[]
  /** Accept a moved anchor: its current text becomes the quote, and it is anchored again. */
  acceptMove?: boolean
}

/** Which annotations a list or export covers; every field narrows. */
export interface AnnotationFilter {
  articleId?: number
  tag?: string
  outlet?: string
  colour?: Colour
  state?: AnchorState
  /** ISO dates, inclusive, on when the annotation was made. */
  from?: string
  to?: string
  /** Words that must all appear in the note, quote or tags (case-insensitive). */
  text?: string
  /** Annotations linked to a claim of this cluster, or overlapping one of its claims. */
  clusterId?: number
}

/** "red = disputed": a colour standing for a tag, set once per workspace. */
export interface ColourMeaning {
  colour: Colour
  tag: string
}

import type { RemovedText } from '../../../src-main/api/contract'
import type { RemovedKind } from '../../../src-main/core/ingest/types'

/** A stretch of the raw text: kept, or removed by cleaning (with why). */
export type RawSegment = { kind: 'kept'; text: string } | { kind: 'removed'; removedKind: RemovedKind; text: string }

/**
 * Cut `rawText` into kept and removed stretches. The host promises sorted, non-overlapping spans;
 * we still sort, clamp and skip overlaps so a bad span can never duplicate or lose text.
 */
export function rawSegments(rawText: string, removed: readonly RemovedText[]): RawSegment[] {
  const spans = [...removed].sort((a, b) => a.start - b.start || a.end - b.end)
  const segments: RawSegment[] = []
  let at = 0
  for (const span of spans) {
    const start = Math.max(at, Math.min(span.start, rawText.length))
    const end = Math.min(Math.max(span.end, start), rawText.length)
    if (end <= start) continue
    if (start > at) segments.push({ kind: 'kept', text: rawText.slice(at, start) })
    segments.push({ kind: 'removed', removedKind: span.kind, text: rawText.slice(start, end) })
    at = end
  }
  if (at < rawText.length) segments.push({ kind: 'kept', text: rawText.slice(at) })
  return segments
}

/** What each kind of removal means, for the span's tooltip. */
export const REMOVED_KIND_HELP: Record<RemovedKind, string> = {
  navigation: 'Navigation: breadcrumbs, menus or site banners',
  comments: 'Comments: comment forms or "no comments" notices',
  related: 'Related: "you may also like" lists and teasers',
  share: 'Share: share, subscribe or advertising notices',
  link: 'Link: source links, tracking or aggregator URLs',
  footer: 'Footer: blog or site footer',
  metadata: 'Metadata: date line, byline or id shown as metadata instead',
  title: 'Title: the title line, shown as the heading instead',
  duplicate: 'Duplicate: a line repeated verbatim',
  boilerplate: 'Boilerplate: other text the extractor left out',
  spam: 'Spam: a phrase spliced into the article’s own sentences',
}

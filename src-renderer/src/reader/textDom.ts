/**
 * Maps clean-text offsets onto the rendered text, whatever the reader view put around it
 * (paragraph elements, restored-text marks, spam shown struck out, buttons, badges): text nodes
 * are matched to the clean text in order, and nodes that are not clean text are skipped.
 */
export interface TextPiece {
  node: Text
  /** Offset of the node's first character in the clean text. */
  start: number
}

const NOT_TEXT = 'button, del, .lang-badge, .page-badge, .selection-toolbar, [aria-hidden="true"]'

export function textPieces(root: HTMLElement, clean: string): TextPiece[] {
  const out: TextPiece[] = []
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  let cursor = 0
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text
    const value = node.data
    if (value === '' || node.parentElement?.closest(NOT_TEXT)) continue
    const at = clean.indexOf(value, cursor)
    // Between two pieces of clean text only whitespace (paragraph breaks, trimmed ends) may be skipped.
    if (at < 0 || clean.slice(cursor, at).trim() !== '') continue
    out.push({ node, start: at })
    cursor = at + value.length
  }
  return out
}

/** A DOM range for [start, end) of the clean text, or null when none of it is rendered. */
export function rangeFor(pieces: readonly TextPiece[], start: number, end: number): Range | null {
  let first: { node: Text; offset: number } | null = null
  let last: { node: Text; offset: number } | null = null
  for (const p of pieces) {
    const pEnd = p.start + p.node.data.length
    if (pEnd <= start || p.start >= end) continue
    if (!first) first = { node: p.node, offset: Math.max(0, start - p.start) }
    last = { node: p.node, offset: Math.min(p.node.data.length, end - p.start) }
  }
  if (!first || !last) return null
  const r = document.createRange()
  r.setStart(first.node, first.offset)
  r.setEnd(last.node, last.offset)
  return r
}

/** The clean-text offset of a point in the rendered text (a click), or null outside it. */
export function offsetAt(pieces: readonly TextPiece[], node: Node, offset: number): number | null {
  const p = pieces.find((x) => x.node === node)
  return p ? p.start + offset : null
}

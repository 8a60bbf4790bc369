/** A tiny in-window signal: annotations of an article changed (so the reader's panel reloads). */
type Listener = (change: { articleId: number; focusId?: number }) => void

const listeners = new Set<Listener>()

export function onAnnotationsChanged(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function annotationsChanged(change: { articleId: number; focusId?: number }): void {
  for (const l of listeners) l(change)
}

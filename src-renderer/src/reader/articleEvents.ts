/** A tiny in-window signal: an article's clean text changed (a phrase marked as spam, ...), so open views reload. */
type Listener = (articleId: number) => void

const listeners = new Set<Listener>()

export function onArticleTextChanged(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function articleTextChanged(articleId: number): void {
  for (const l of listeners) l(articleId)
}

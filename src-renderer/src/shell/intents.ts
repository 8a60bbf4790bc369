/**
 * Requests one part of the shell makes of a view that may not be mounted yet (the palette's
 * "Export notes…" switches to Notes, whose export dialog then opens). A request waits until the
 * view that handles it takes it, on mount or at once when already shown.
 */
export type Intent = 'export-notes'

const pending = new Set<Intent>()
const EVENT = 'crosscheck:intent'

export function requestIntent(intent: Intent): void {
  pending.add(intent)
  window.dispatchEvent(new CustomEvent(EVENT))
}

/** Runs `handle` for each request of `intent`; returns the unsubscribe function (for an effect). */
export function takeIntent(intent: Intent, handle: () => void): () => void {
  const check = (): void => {
    if (pending.delete(intent)) handle()
  }
  check()
  window.addEventListener(EVENT, check)
  return () => window.removeEventListener(EVENT, check)
}

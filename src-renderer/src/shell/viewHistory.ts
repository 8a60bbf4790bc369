import { isViewId, type ViewId } from './views'

/**
 * Views live in the address's hash (`#/claims`), one history entry per change, so Back and Forward
 * (the browser's buttons, Alt+← / Alt+→) move between views. The access token never enters the
 * URL here: it was moved to sessionStorage before the first render (see api/token.ts).
 */
export function viewFromHash(hash: string): ViewId | null {
  const id = hash.replace(/^#\/?/, '')
  return isViewId(id) ? id : null
}

export function hashOf(view: ViewId): string {
  return `#/${view}`
}

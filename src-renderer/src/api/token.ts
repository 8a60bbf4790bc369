/**
 * The browser host hands out a per-launch secret once, in the page URL (`?token=...`). We keep it
 * in sessionStorage so a reload still works, and take it out of the address bar so it is not
 * left in history or copied along with a screenshot of the URL.
 */
const STORAGE_KEY = 'crosscheck.token'

/** Read the token from the URL (if there), remember it, and strip it from the address bar. */
export function captureToken(): void {
  const url = new URL(window.location.href)
  const token = url.searchParams.get('token')
  if (token === null) return
  try {
    window.sessionStorage.setItem(STORAGE_KEY, token)
  } catch {
    memoryToken = token
  }
  url.searchParams.delete('token')
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash)
}

let memoryToken: string | null = null

/** The remembered token, or null when the page was opened without one. */
export function currentToken(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY) ?? memoryToken
  } catch {
    return memoryToken
  }
}

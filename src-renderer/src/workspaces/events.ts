/** Lets other parts of the window (a command palette, a menu) open the workspace switcher. */
const OPEN_SWITCHER = 'crosscheck:open-workspace-switcher'

export function openWorkspaceSwitcher(): void {
  window.dispatchEvent(new Event(OPEN_SWITCHER))
}

export function onOpenWorkspaceSwitcher(listener: () => void): () => void {
  window.addEventListener(OPEN_SWITCHER, listener)
  return () => window.removeEventListener(OPEN_SWITCHER, listener)
}

import { useEffect } from 'react'
import { useLatest } from './useLatest'

export interface Shortcuts {
  /** `/`: jump to the library filter. */
  focusFilter: () => void
  /** Ctrl+O / Cmd+O: pick files to import. */
  openFiles: () => void
  /** Alt+1…9: show the nth view. */
  showView: (n: number) => void
  /** Ctrl+K / Cmd+K: the command palette (also while typing). */
  openPalette: () => void
  /** `?`: the keyboard help sheet. */
  openHelp: () => void
  /** Alt+← / Alt+→: the previous or next view in history. */
  back: () => void
  forward: () => void
}

/** Window-wide keyboard shortcuts. `/` is left alone while typing in a field. */
export function useShortcuts(shortcuts: Shortcuts): void {
  const ref = useLatest(shortcuts)
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented) return
      if (event.altKey && !event.ctrlKey && !event.metaKey && /^[1-9]$/.test(event.key)) {
        event.preventDefault()
        ref.current.showView(Number(event.key))
        return
      }
      if (event.altKey && !event.ctrlKey && !event.metaKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
        // On a Mac, Option+arrows move by word in a text field: leave them to it there.
        if (IS_MAC && isTyping(event.target)) return
        event.preventDefault()
        if (event.key === 'ArrowLeft') ref.current.back()
        else ref.current.forward()
        return
      }
      if (event.altKey) return
      const mod = event.ctrlKey || event.metaKey
      if (mod && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        ref.current.openPalette()
      } else if (mod && !event.shiftKey && event.key.toLowerCase() === 'o') {
        event.preventDefault()
        ref.current.openFiles()
      } else if (!mod && event.key === '/' && !isTyping(event.target)) {
        event.preventDefault()
        ref.current.focusFilter()
      } else if (!mod && event.key === '?' && !isTyping(event.target)) {
        event.preventDefault()
        ref.current.openHelp()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [ref])
}

const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform)

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (!(target instanceof HTMLInputElement)) return false
  return !['checkbox', 'radio', 'button', 'submit', 'file'].includes(target.type)
}

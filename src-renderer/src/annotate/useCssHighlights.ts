import { useEffect, type RefObject } from 'react'
import type { Annotation } from '../../../src-main/api/contract'
import { COLOUR_CHOICES } from './colours'
import { rangeFor, textPieces } from '../reader/textDom'

/**
 * Paints annotations over the rendered clean text with the CSS Custom Highlight API: the reader's
 * markup stays as it is (no wrapper elements), and repainting follows every re-render.
 */
export function useCssHighlights(root: RefObject<HTMLElement | null>, clean: string, list: readonly Annotation[], selectedId: number | null): void {
  useEffect(() => {
    const el = root.current
    const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null
    if (!el || !registry) return
    const paint = (): void => {
      const pieces = textPieces(el, clean)
      for (const c of COLOUR_CHOICES) {
        const ranges = list.filter((a) => a.colour === c.id && a.state !== 'orphaned').flatMap((a) => rangeFor(pieces, a.start, a.end) ?? [])
        registry.set(`cc-${c.id}`, new Highlight(...ranges))
      }
      const sel = list.find((a) => a.id === selectedId && a.state !== 'orphaned')
      const r = sel ? rangeFor(pieces, sel.start, sel.end) : null
      registry.set('cc-selected', r ? new Highlight(r) : new Highlight())
    }
    paint()
    const observer = new MutationObserver(paint)
    observer.observe(el, { childList: true, subtree: true, characterData: true })
    return () => {
      observer.disconnect()
      for (const c of COLOUR_CHOICES) registry.delete(`cc-${c.id}`)
      registry.delete('cc-selected')
    }
  }, [root, clean, list, selectedId])
}

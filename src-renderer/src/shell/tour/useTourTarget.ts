import { useEffect } from 'react'

/**
 * Outlines the control a tour step is about. The view it lives in may still be loading, so the
 * element is looked for again as the page changes (a MutationObserver, no timers).
 */
export function useTourTarget(selector: string | undefined): void {
  useEffect(() => {
    if (!selector) return
    let marked: Element | null = null
    const mark = (): void => {
      const el = document.querySelector(selector)
      if (el === marked) return
      marked?.classList.remove('tour-target')
      marked = el
      el?.classList.add('tour-target')
    }
    mark()
    const observer = new MutationObserver(mark)
    observer.observe(document.body, { childList: true, subtree: true })
    return () => {
      observer.disconnect()
      marked?.classList.remove('tour-target')
    }
  }, [selector])
}

import { useCallback, useRef, type RefObject, type UIEvent } from 'react'

/**
 * Keeps two columns level: when one scrolls, the other scrolls so that the counterpart of the
 * first paired sentence in view sits at the same height. Scrolls it causes itself are ignored,
 * so the columns never chase each other.
 */
export function useSyncedScroll(
  refs: { a: RefObject<HTMLDivElement | null>; b: RefObject<HTMLDivElement | null> },
  enabled: boolean,
): (e: UIEvent<HTMLDivElement>) => void {
  const ignore = useRef<{ a: number; b: number }>({ a: 0, b: 0 })
  const frame = useRef<number | null>(null)
  return useCallback(
    (e: UIEvent<HTMLDivElement>) => {
      const from = e.currentTarget.dataset['side'] === 'b' ? 'b' : 'a'
      if (ignore.current[from] > 0) {
        ignore.current[from]--
        return
      }
      if (!enabled || frame.current !== null) return
      frame.current = requestAnimationFrame(() => {
        frame.current = null
        const src = refs[from].current
        const to = from === 'a' ? 'b' : 'a'
        const dst = refs[to].current
        if (!src || !dst) return
        const top = src.getBoundingClientRect().top
        const first = [...src.querySelectorAll<HTMLElement>('[id^="cmp-"]')].find((el) => el.getBoundingClientRect().bottom > top)
        const pair = first?.id.replace(/^cmp-[ab]-pair-/u, '')
        const twin = pair === undefined ? null : dst.querySelector<HTMLElement>(`#cmp-${to}-pair-${pair}`)
        if (!first || !twin) return
        const offset = first.getBoundingClientRect().top - top
        const target = dst.scrollTop + (twin.getBoundingClientRect().top - dst.getBoundingClientRect().top) - offset
        if (Math.abs(target - dst.scrollTop) < 2) return
        ignore.current[to]++
        dst.scrollTop = target
      })
    },
    [enabled, refs],
  )
}

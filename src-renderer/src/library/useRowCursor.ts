import { useCallback, useState, type KeyboardEvent } from 'react'

export interface RowCursor {
  /** The row the keyboard is on (not necessarily the open one). */
  active: number | null
  setActive: (index: number | null) => void
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void
}

/**
 * Keyboard movement over `count` rows: ↑/↓, Page Up/Down, Home/End move the cursor; Enter or
 * Space opens the row under it. `reveal` scrolls a row into view.
 */
export function useRowCursor(
  count: number,
  pageSize: number,
  reveal: (index: number) => void,
  open: (index: number) => void,
): RowCursor {
  const [active, setActive] = useState<number | null>(null)
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      // Keys pressed on the header's sort buttons belong to those buttons.
      if (event.target !== event.currentTarget || count === 0) return
      const from = active === null ? -1 : Math.min(active, count - 1)
      let next: number | null = null
      switch (event.key) {
        case 'ArrowDown':
          next = from + 1
          break
        case 'ArrowUp':
          next = from === -1 ? 0 : from - 1
          break
        case 'PageDown':
          next = from + pageSize
          break
        case 'PageUp':
          next = from - pageSize
          break
        case 'Home':
          next = 0
          break
        case 'End':
          next = count - 1
          break
        case 'Enter':
        case ' ':
          if (from >= 0) open(from)
          event.preventDefault()
          return
        default:
          return
      }
      event.preventDefault()
      const clamped = Math.max(0, Math.min(count - 1, next))
      setActive(clamped)
      reveal(clamped)
    },
    [active, count, pageSize, reveal, open],
  )
  return { active: active === null || count === 0 ? null : Math.min(active, count - 1), setActive, onKeyDown }
}

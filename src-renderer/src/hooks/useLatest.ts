import { useLayoutEffect, useRef, type RefObject } from 'react'

/**
 * A ref that always holds the latest value, for long-lived listeners that must call the newest
 * callback without being re-registered on every render.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value)
  useLayoutEffect(() => {
    ref.current = value
  })
  return ref
}

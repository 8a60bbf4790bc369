import { useEffect, useRef, type RefObject } from 'react'

/**
 * A native <dialog> opened modally on mount: focus moves in and is trapped, Escape closes it
 * (the dialog's `close` event), and focus returns to where it was when it closes.
 */
export function useModalDialog(): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (dialog && !dialog.open) dialog.showModal()
    return () => before?.focus()
  }, [])
  return ref
}

import { useCallback, useRef, type RefCallback, type RefObject } from 'react'

export interface Pickers {
  filesRef: RefObject<HTMLInputElement | null>
  /** A callback ref: it also turns the input into a folder picker (React has no prop for that). */
  folderRef: RefCallback<HTMLInputElement>
  openFiles: () => void
  openFolder: () => void
}

/** Refs for the hidden file and folder inputs, and functions that open them. */
export function usePickers(): Pickers {
  const filesRef = useRef<HTMLInputElement>(null)
  const folder = useRef<HTMLInputElement | null>(null)
  const folderRef = useCallback((input: HTMLInputElement | null) => {
    if (input) input.webkitdirectory = true
    folder.current = input
  }, [])
  const openFiles = useCallback(() => filesRef.current?.click(), [])
  const openFolder = useCallback(() => folder.current?.click(), [])
  return { filesRef, folderRef, openFiles, openFolder }
}

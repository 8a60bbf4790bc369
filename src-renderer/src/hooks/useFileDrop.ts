import { useEffect, useRef, useState } from 'react'
import { useLatest } from './useLatest'
import { collectDropped, type PickedFile } from '../import/collectDropped'

/**
 * Files and folders dropped anywhere on the window. Returns whether a drag of files is over the
 * window (for the overlay). Every drop is intercepted, even while disabled, so a dropped file
 * can never make the window navigate to it.
 */
export function useFileDrop(
  enabled: boolean,
  onFiles: (files: PickedFile[]) => void,
  onError: (message: string) => void,
): boolean {
  const [over, setOver] = useState(false)
  const depth = useRef(0)
  const latest = useLatest({ enabled, onFiles, onError })

  useEffect(() => {
    const hasFiles = (e: DragEvent): boolean => e.dataTransfer?.types.includes('Files') ?? false
    function onEnter(e: DragEvent): void {
      if (!hasFiles(e)) return
      e.preventDefault()
      depth.current += 1
      if (latest.current.enabled) setOver(true)
    }
    function onOver(e: DragEvent): void {
      if (!hasFiles(e)) return
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = latest.current.enabled ? 'copy' : 'none'
    }
    function onLeave(e: DragEvent): void {
      if (!hasFiles(e)) return
      depth.current = Math.max(0, depth.current - 1)
      if (depth.current === 0) setOver(false)
    }
    function onDrop(e: DragEvent): void {
      e.preventDefault()
      depth.current = 0
      setOver(false)
      if (!e.dataTransfer || !latest.current.enabled) return
      collectDropped(e.dataTransfer).then(
        (files) => latest.current.onFiles(files),
        (error: unknown) => latest.current.onError(`Could not read what was dropped: ${String(error)}`),
      )
    }
    window.addEventListener('dragenter', onEnter)
    window.addEventListener('dragover', onOver)
    window.addEventListener('dragleave', onLeave)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragenter', onEnter)
      window.removeEventListener('dragover', onOver)
      window.removeEventListener('dragleave', onLeave)
      window.removeEventListener('drop', onDrop)
    }
  }, [latest])
  return over
}

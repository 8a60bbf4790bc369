import { useEffect, useState } from 'react'
import type { Annotation } from '../../../src-main/api/contract'
import { errorText, invoke } from '../api/client'
import { onAnnotationsChanged } from './events'

/**
 * The annotations of one article, reloaded when `version` (the clean text) changes or any view
 * changes them; `onCreated` hears of a highlight just made (to open its note).
 */
export function useAnnotations(articleId: number, version: string, onCreated?: (id: number) => void): { list: Annotation[]; error: string | null } {
  const [list, setList] = useState<Annotation[]>([])
  const [error, setError] = useState<string | null>(null)
  const [tick, setTick] = useState(0)
  useEffect(() => {
    let live = true
    invoke('annotations-list', { articleId }).then(
      (l) => {
        if (!live) return
        setList(l)
        setError(null)
      },
      (e: unknown) => live && setError(errorText(e)),
    )
    return () => {
      live = false
    }
  }, [articleId, version, tick])
  useEffect(
    () =>
      onAnnotationsChanged((c) => {
        if (c.articleId !== articleId) return
        if (c.focusId !== undefined) onCreated?.(c.focusId)
        setTick((t) => t + 1)
      }),
    [articleId, onCreated],
  )
  return { list, error }
}

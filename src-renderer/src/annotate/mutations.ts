import type { Annotation, AnnotationChange } from '../../../src-main/api/contract'
import { invoke } from '../api/client'
import { annotationsChanged } from './events'
import { pushUndo } from './undo'

/** Edits an annotation, remembering how it was so Ctrl+Z can put it back. */
export async function updateAnnotation(before: Annotation, change: AnnotationChange): Promise<Annotation> {
  const after = await invoke('annotation-update', { id: before.id, ...change })
  const ownTags = before.tags
  pushUndo({
    label: 'Undo edit',
    articleId: before.articleId,
    run: async () => {
      await invoke('annotation-update', { id: before.id, note: before.note, colour: before.colour, tags: ownTags, claimIds: before.claimIds })
      annotationsChanged({ articleId: before.articleId })
    },
  })
  annotationsChanged({ articleId: before.articleId })
  return after
}

/** Deletes an annotation; Ctrl+Z restores it (same id, note and tags). */
export async function deleteAnnotation(a: Annotation): Promise<void> {
  const removed = await invoke('annotation-delete', { id: a.id })
  pushUndo({
    label: 'Undo delete',
    articleId: a.articleId,
    run: async () => {
      await invoke('annotation-restore', { annotation: removed })
      annotationsChanged({ articleId: a.articleId })
    },
  })
  annotationsChanged({ articleId: a.articleId })
}

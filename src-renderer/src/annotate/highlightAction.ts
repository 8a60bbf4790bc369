import { invoke } from '../api/client'
import { SELECTION_ACTIONS } from '../reader/selectionActions'
import { annotationsChanged } from './events'

// "Highlight" for text selected in the reader or a comparison column: a yellow highlight, whose
// note the annotations panel then opens for writing.
if (!SELECTION_ACTIONS.some((a) => a.label === 'Highlight')) {
  SELECTION_ACTIONS.push({
    label: 'Highlight',
    run: async (articleId, selection) => {
      const created = await invoke('annotation-create', { articleId, start: selection.start, end: selection.end })
      document.getSelection()?.removeAllRanges()
      annotationsChanged({ articleId, focusId: created.id })
    },
  })
}

import { invoke } from '../api/client'
import { SELECTION_ACTIONS } from '../reader/selectionActions'

// "Make claim" for text selected in the reader: the selection becomes an accepted claim.
if (!SELECTION_ACTIONS.some((a) => a.label === 'Make claim')) {
  SELECTION_ACTIONS.push({
    label: 'Make claim',
    run: async (articleId, selection) => {
      await invoke('claim-create', { articleId, start: selection.start, end: selection.end })
    },
  })
}

import { invoke } from '../api/client'
import { articleTextChanged } from './articleEvents'
import { SELECTION_ACTIONS } from './selectionActions'

// "Mark as spam" for a spliced-in ad the detector missed: removed here and wherever the same
// phrase is spliced into other articles; the reader's Restore button undoes it.
if (!SELECTION_ACTIONS.some((a) => a.label === 'Mark as spam')) {
  SELECTION_ACTIONS.push({
    label: 'Mark as spam',
    run: async (articleId, selection) => {
      await invoke('spam-mark', { articleId, start: selection.start, end: selection.end })
      document.getSelection()?.removeAllRanges()
      articleTextChanged(articleId)
    },
  })
}

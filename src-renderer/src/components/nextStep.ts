import { ApiCallError } from '../api/client'

/**
 * What the analyst can do about a failed call, when the host's message (which says what
 * happened) does not already say it. Null when there is nothing useful to add.
 */
export function nextStep(error: Error, canRetry: boolean): string | null {
  if (!(error instanceof ApiCallError)) return null
  switch (error.code) {
    case 'not_found':
      return 'It may have been deleted or replaced by a restore; open the view again to see what is there now.'
    case 'internal':
      return `${canRetry ? 'Try again. ' : ''}If it keeps failing, restart Crosscheck: the workspace is saved as you go, so nothing is lost.`
    case 'forbidden':
    case 'unreachable':
    case 'invalid_input':
    case 'unknown_method':
    case 'no_workspace':
    case 'workspace_problem':
      // Their messages already say what to do (open the printed address, restart the host, fix the value, open or create a workspace).
      return null
  }
}

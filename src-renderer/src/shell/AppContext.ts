import { createContext, useContext } from 'react'
import type { ViewId } from './views'

/** Where the reader should take the analyst when an article opens. */
export interface ReaderFocus {
  /** Words or phrases to highlight in the clean text (search matches, a claim's wording). */
  highlight?: string[]
  /** A clean-text offset to scroll to. */
  offset?: number
}

/** What any view may ask of the app shell. */
export interface AppActions {
  /** Open an article in the reader (switching to the library view). */
  openArticle: (id: number, focus?: ReaderFocus) => void
  showView: (view: ViewId) => void
  /** Re-read the workspace after a change (an import, an edit). */
  refreshWorkspace: () => Promise<void>
}

export const AppContext = createContext<AppActions | null>(null)

export function useAppActions(): AppActions {
  const actions = useContext(AppContext)
  if (!actions) throw new Error('useAppActions outside the app shell')
  return actions
}

import type { JSX, ReactNode } from 'react'
import type { ViewId } from './views'
import { ClaimsView } from '../claims/ClaimsView'
import { SearchView } from '../search/SearchView'
import { CompareView } from '../compare/CompareView'
import { NotesView } from '../notes/NotesView'

interface Props {
  view: ViewId
  /** The library view, owned by the App (it shares the import state). */
  library: ReactNode
  /** The import history, owned by the App too (it refreshes after each import). */
  imports: ReactNode
}

/** Shows the current view. Feature views register here, one line each. */
export function ViewHost({ view, library, imports }: Readonly<Props>): JSX.Element {
  switch (view) {
    case 'library':
      return <>{library}</>
    case 'claims':
      return <ClaimsView />
    case 'search':
      return <SearchView />
    case 'compare':
      return <CompareView />
    case 'notes':
      return <NotesView />
    case 'imports':
      return <>{imports}</>
    default:
      return (
        <section className="view-placeholder" aria-label={view}>
          <p className="placeholder">This view is on its way.</p>
        </section>
      )
  }
}

import type { JSX, ReactNode } from 'react'
import type { ViewId } from './views'

interface Props {
  view: ViewId
  /** The library view, owned by the App (it shares the import state). */
  library: ReactNode
}

/** Shows the current view. Feature views register here, one line each. */
export function ViewHost({ view, library }: Readonly<Props>): JSX.Element {
  switch (view) {
    case 'library':
      return <>{library}</>
    default:
      return (
        <section className="view-placeholder" aria-label={view}>
          <p className="placeholder">This view is on its way.</p>
        </section>
      )
  }
}

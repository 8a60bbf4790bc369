import type { JSX } from 'react'
import type { SearchHit } from '../../../src-main/api/contract'
import { formatDate } from '../format'
import { HighlightedText } from './highlightText'

interface Props {
  hit: SearchHit
  active: boolean
  id: string
  onOpen: () => void
  onHover: () => void
}

/** One result: title, outlet and date, and the snippet with the matched words marked. */
export function SearchResultItem({ hit, active, id, onOpen, onHover }: Readonly<Props>): JSX.Element {
  return (
    <li id={id} role="option" aria-selected={active} className={active ? 'search-hit active' : 'search-hit'} onClick={onOpen} onMouseMove={onHover}>
      <div className="search-hit-title">
        <HighlightedText text={hit.title || 'Untitled article'} ranges={hit.titleHighlights} />
      </div>
      <div className="search-hit-meta muted">
        {hit.outlet ?? 'Unknown outlet'} · {formatDate(hit.publishedAt)}
        {hit.copy && <span className="search-copy"> · copy</span>}
      </div>
      <p className="search-hit-snippet">
        <HighlightedText text={hit.snippet} ranges={hit.snippetHighlights} />
      </p>
    </li>
  )
}

import type { JSX } from 'react'
import { VIEWS, type ViewId } from './views'

interface Props {
  current: ViewId
  onSelect: (view: ViewId) => void
}

/** The sidebar's views: one button each, the current one marked; Alt+1…6 reach them from anywhere. */
export function ViewNav({ current, onSelect }: Readonly<Props>): JSX.Element {
  return (
    <nav className="view-nav" aria-label="Views">
      <ul>
        {VIEWS.map((v) => (
          <li key={v.id}>
            <button
              type="button"
              aria-current={current === v.id ? 'page' : undefined}
              aria-keyshortcuts={`Alt+${v.shortcut}`}
              onClick={() => onSelect(v.id)}
            >
              <span>{v.label}</span>
              <kbd aria-hidden="true">Alt {v.shortcut}</kbd>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}

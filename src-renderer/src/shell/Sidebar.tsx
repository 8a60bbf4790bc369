import type { JSX, ReactNode } from 'react'
import type { ThemeChoice } from './theme'
import { ThemePicker } from './ThemePicker'
import { ViewNav } from './ViewNav'
import type { ViewId } from './views'

interface Props {
  view: ViewId
  onSelect: (view: ViewId) => void
  theme: ThemeChoice
  onTheme: (theme: ThemeChoice) => void
  onPalette: () => void
  onHelp: () => void
  /** Under the app's name: the workspace switcher's place. */
  header?: ReactNode
}

/** The left column: name and workspace, the views, then theme and keyboard help. */
export function Sidebar({ view, onSelect, theme, onTheme, onPalette, onHelp, header }: Readonly<Props>): JSX.Element {
  return (
    <aside className="sidebar" aria-label="Sidebar">
      <div className="sidebar-header">
        <h1>Crosscheck</h1>
        {header}
      </div>
      <ViewNav current={view} onSelect={onSelect} />
      <div className="sidebar-footer">
        <button type="button" className="quiet" onClick={onPalette} aria-keyshortcuts="Control+K Meta+K">
          <span>Commands</span>
          <kbd aria-hidden="true">Ctrl K</kbd>
        </button>
        <button type="button" className="quiet" onClick={onHelp} aria-keyshortcuts="?">
          <span>Shortcuts</span>
          <kbd aria-hidden="true">?</kbd>
        </button>
        <ThemePicker theme={theme} onChange={onTheme} />
      </div>
    </aside>
  )
}

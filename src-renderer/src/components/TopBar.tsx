import type { JSX, ReactNode } from 'react'
import { plural } from '../format'

interface Props {
  /** Articles in the workspace, or undefined while unknown. */
  articleCount: number | undefined
  importing: boolean
  onImportFiles: () => void
  onImportFolder: () => void
  /** Beside the app's name: the workspace switcher. */
  children?: ReactNode
}

/** App name, workspace size and the import buttons. */
export function TopBar({ articleCount, importing, onImportFiles, onImportFolder, children }: Readonly<Props>): JSX.Element {
  return (
    <header className="top-bar">
      <h1>Crosscheck</h1>
      {children}
      <p className="workspace-count">
        {articleCount === undefined ? '' : `${plural(articleCount, 'article', 'articles')} in workspace`}
      </p>
      <div className="top-actions">
        <button type="button" onClick={onImportFiles} disabled={importing} aria-keyshortcuts="Control+O Meta+O">
          Import files
        </button>
        <button type="button" onClick={onImportFolder} disabled={importing}>
          Import folder
        </button>
      </div>
    </header>
  )
}

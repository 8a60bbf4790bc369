import type { JSX } from 'react'
import { plural } from '../format'

interface Props {
  /** Articles in the workspace, or undefined while unknown. */
  articleCount: number | undefined
  importing: boolean
  onImportFiles: () => void
  onImportFolder: () => void
}

/** Workspace size and the import buttons, above the current view. */
export function TopBar({ articleCount, importing, onImportFiles, onImportFolder }: Readonly<Props>): JSX.Element {
  return (
    <header className="top-bar">
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

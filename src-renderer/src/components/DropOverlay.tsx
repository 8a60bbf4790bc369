import type { JSX } from 'react'

/** Shown while files are dragged over the window. */
export function DropOverlay(): JSX.Element {
  return (
    <div className="drop-overlay" role="status">
      <p>Drop files or folders to import</p>
    </div>
  )
}

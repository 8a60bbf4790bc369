import { useCallback, useRef, useState, type JSX } from 'react'
import { DropOverlay } from './components/DropOverlay'
import { ErrorAlert } from './components/ErrorAlert'
import { TopBar } from './components/TopBar'
import { useFileDrop } from './hooks/useFileDrop'
import { useShortcuts } from './hooks/useShortcuts'
import { useWorkspace } from './hooks/useWorkspace'
import { ImportPickers } from './import/ImportPickers'
import { ImportProgress } from './import/ImportProgress'
import { ImportReport } from './import/ImportReport'
import { useImport } from './import/useImport'
import { usePickers } from './import/usePickers'
import { LibraryPanel } from './library/LibraryPanel'
import { Reader } from './reader/Reader'

/** The whole window: top bar, import progress, library beside reader, and the import report. */
export function App(): JSX.Element {
  const workspace = useWorkspace()
  const [selectedId, setSelectedId] = useState<number | null>(null)
  const [dropError, setDropError] = useState<Error | null>(null)
  const filterRef = useRef<HTMLInputElement>(null)
  const pickers = usePickers()
  const importer = useImport(workspace.info.data?.maxFileBytes, workspace.refresh)
  const idle = importer.run === null
  const onDropError = useCallback((message: string) => setDropError(new Error(message)), [])
  const dragging = useFileDrop(idle, importer.start, onDropError)

  useShortcuts({
    focusFilter: () => filterRef.current?.focus(),
    openFiles: () => idle && pickers.openFiles(),
  })

  const run = importer.run
  return (
    <div className="app">
      <TopBar
        articleCount={workspace.info.data?.articleCount ?? workspace.articles.data?.length}
        importing={!idle}
        onImportFiles={pickers.openFiles}
        onImportFolder={pickers.openFolder}
      />
      <div className="notices">
        {/* When the list failed too, the library's own alert says it once. */}
        {workspace.info.error && !workspace.articles.error && (
          <ErrorAlert title="Could not open the workspace" error={workspace.info.error} onRetry={workspace.refresh} />
        )}
        {dropError && (
          <ErrorAlert title="Nothing was imported" error={dropError} onDismiss={() => setDropError(null)} />
        )}
        {run && run.rows === null && <ImportProgress run={run} onCancel={importer.cancel} />}
      </div>
      <main className="workspace">
        <LibraryPanel
          articles={workspace.articles}
          selectedId={selectedId}
          onOpen={setSelectedId}
          filterRef={filterRef}
          onRetry={workspace.refresh}
        />
        <Reader articleId={selectedId} />
      </main>
      {run?.rows && <ImportReport rows={run.rows} titleOf={workspace.titleOf} onClose={importer.dismiss} />}
      {dragging && <DropOverlay />}
      <ImportPickers filesRef={pickers.filesRef} folderRef={pickers.folderRef} onFiles={importer.start} />
    </div>
  )
}

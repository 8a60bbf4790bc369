import { useCallback, useMemo, useRef, useState, type JSX } from 'react'
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
import { AppContext, type AppActions, type ReaderFocus } from './shell/AppContext'
import { ViewHost } from './shell/ViewHost'
import { ViewNav } from './shell/ViewNav'
import { VIEWS, type ViewId } from './shell/views'
import { WorkspaceSwitcher } from './workspaces/WorkspaceSwitcher'

/** The whole window: top bar, import progress, library beside reader, and the import report. */
export function App(): JSX.Element {
  const workspace = useWorkspace()
  const [selectedId, setSelectedId] = useState<number | null>(null)
  const [focus, setFocus] = useState<ReaderFocus | undefined>(undefined)
  const [view, setView] = useState<ViewId>('library')
  const [dropError, setDropError] = useState<Error | null>(null)
  const filterRef = useRef<HTMLInputElement>(null)
  const pickers = usePickers()
  const importer = useImport(workspace.info.data?.maxFileBytes, workspace.refresh)
  const idle = importer.run === null
  const onDropError = useCallback((message: string) => setDropError(new Error(message)), [])
  const dragging = useFileDrop(idle, importer.start, onDropError)

  const refreshWorkspace = workspace.refresh
  const actions = useMemo<AppActions>(
    () => ({
      openArticle: (id, readerFocus) => {
        setSelectedId(id)
        setFocus(readerFocus)
        setView('library')
      },
      showView: setView,
      refreshWorkspace,
    }),
    [refreshWorkspace],
  )
  const openFromLibrary = useCallback((id: number) => {
    setSelectedId(id)
    setFocus(undefined)
  }, [])

  useShortcuts({
    focusFilter: () => filterRef.current?.focus(),
    openFiles: () => idle && pickers.openFiles(),
    showView: (n) => {
      const v = VIEWS[n - 1]
      if (v) setView(v.id)
    },
  })

  const run = importer.run
  return (
    <AppContext.Provider value={actions}>
    <div className="app">
      <TopBar
        articleCount={workspace.info.data?.articleCount ?? workspace.articles.data?.length}
        importing={!idle}
        onImportFiles={pickers.openFiles}
        onImportFolder={pickers.openFolder}
      >
        <WorkspaceSwitcher importing={!idle} />
      </TopBar>
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
      <div className="body">
        <ViewNav current={view} onSelect={setView} />
        <ViewHost
          view={view}
          library={
            <main className="workspace">
              <LibraryPanel
                articles={workspace.articles}
                selectedId={selectedId}
                onOpen={openFromLibrary}
                filterRef={filterRef}
                onRetry={workspace.refresh}
              />
              <Reader articleId={selectedId} focus={focus} />
            </main>
          }
        />
      </div>
      {run?.rows && <ImportReport rows={run.rows} titleOf={workspace.titleOf} onClose={importer.dismiss} />}
      {dragging && <DropOverlay />}
      <ImportPickers filesRef={pickers.filesRef} folderRef={pickers.folderRef} onFiles={importer.start} />
    </div>
    </AppContext.Provider>
  )
}

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
import { VIEWS } from './shell/views'
import { ImportsView } from './imports/ImportsView'
import { buildCommands } from './shell/commands'
import { CommandPalette } from './shell/CommandPalette'
import { HelpSheet } from './shell/HelpSheet'
import { requestIntent } from './shell/intents'
import { Sidebar } from './shell/Sidebar'
import { Tour } from './shell/tour/Tour'
import { useTourGate } from './shell/tour/useTourGate'
import { useTheme } from './shell/useTheme'
import { useViewHistory } from './shell/useViewHistory'
import { openWorkspaceSwitcher } from './workspaces/events'
import { WorkspaceSwitcher } from './workspaces/WorkspaceSwitcher'

/** The whole window: sidebar of views, top bar, import progress, the current view, and the dialogs over them. */
export function App(): JSX.Element {
  const workspace = useWorkspace()
  const [selectedId, setSelectedId] = useState<number | null>(null)
  const [focus, setFocus] = useState<ReaderFocus | undefined>(undefined)
  const { view, go: setView, back, forward } = useViewHistory('library')
  const [theme, setTheme] = useTheme()
  const [overlay, setOverlay] = useState<'palette' | 'help' | null>(null)
  const tour = useTourGate(workspace.info.data?.demo)
  const [dropError, setDropError] = useState<Error | null>(null)
  const filterRef = useRef<HTMLInputElement>(null)
  const pickers = usePickers()
  const [importsVersion, setImportsVersion] = useState(0)
  const refreshAfterImport = workspace.refresh
  const afterImport = useCallback(async () => {
    await refreshAfterImport()
    setImportsVersion((v) => v + 1)
  }, [refreshAfterImport])
  const importer = useImport(workspace.info.data?.maxFileBytes, afterImport)
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
    [refreshWorkspace, setView],
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
    openPalette: () => setOverlay('palette'),
    openHelp: () => setOverlay('help'),
    back,
    forward,
  })
  const commands = buildCommands({
    go: setView,
    back,
    forward,
    importFiles: pickers.openFiles,
    importFolder: pickers.openFolder,
    exportNotes: () => {
      setView('notes')
      requestIntent('export-notes')
    },
    setTheme,
    showHelp: () => setOverlay('help'),
    startTour: tour.start,
    switchWorkspace: openWorkspaceSwitcher,
    canImport: idle,
  })
  const closeOverlay = useCallback(() => setOverlay(null), [])
  const firstArticle = workspace.articles.data?.[0]?.id
  const ensureArticle = useCallback(() => {
    if (selectedId === null && firstArticle !== undefined) openFromLibrary(firstArticle)
  }, [selectedId, firstArticle, openFromLibrary])

  const run = importer.run
  return (
    <AppContext.Provider value={actions}>
    <div className="app">
      <Sidebar
        header={<WorkspaceSwitcher importing={!idle} />}
        view={view}
        onSelect={setView}
        theme={theme}
        onTheme={setTheme}
        onPalette={() => setOverlay('palette')}
        onHelp={() => setOverlay('help')}
      />
      <div className="main-column">
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
      <div className="body">
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
          imports={<ImportsView version={importsVersion} onImport={pickers.openFiles} />}
        />
      </div>
      </div>
      {overlay === 'palette' && <CommandPalette commands={commands} onClose={closeOverlay} />}
      {overlay === 'help' && (
        <HelpSheet
          onClose={closeOverlay}
          onStartTour={() => {
            setOverlay(null)
            tour.start()
          }}
        />
      )}
      {tour.open && <Tour show={setView} ensureArticle={ensureArticle} onClose={tour.finish} />}
      {run?.rows && <ImportReport rows={run.rows} cancelled={run.cancelled} titleOf={workspace.titleOf} onClose={importer.dismiss} />}
      {dragging && <DropOverlay />}
      <ImportPickers filesRef={pickers.filesRef} folderRef={pickers.folderRef} onFiles={importer.start} />
    </div>
    </AppContext.Provider>
  )
}

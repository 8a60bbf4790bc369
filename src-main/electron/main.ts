/** The desktop app: one window, one workspace, the contract over validated IPC. */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron'
import { dispatch } from '../api/dispatch'
import type { Workspace } from '../core/workspace'
import { defaultWorkspacePath } from '../host/paths'
import { openHostWorkspace } from '../host/open-workspace'
import { devToolsAllowed, type AppLocation } from './policy'
import { handleApi, hardenApp, hardenSession, openExternalChecked, SECURE_WEB_PREFERENCES } from './security'

let workspace: Workspace | null = null

const where: AppLocation = {
  rendererDir: join(__dirname, '../renderer'),
  // A packaged app never loads from a dev server, whatever the environment says.
  devServerUrl: app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'],
}

// Before anything else: the sandbox must be on before the app is ready.
hardenApp(app, where)

/** better-sqlite3 rebuilt for Electron's ABI by `npm run setup`, beside the Node build. */
function electronNativeBinding(): string | undefined {
  const file = join(__dirname, '../../native/electron/better_sqlite3.node')
  return existsSync(file) ? file : undefined
}

async function createWindow(): Promise<void> {
  const nativeBinding = electronNativeBinding()
  workspace = await openHostWorkspace({
    path: defaultWorkspacePath(),
    entryDir: __dirname,
    demo: true,
    ...(nativeBinding ? { nativeBinding } : {}),
    log: (l) => console.log(l),
  })
  const ws = workspace
  handleApi(ipcMain, where, (method, args) =>
    dispatch(ws, method, args, { host: 'electron', openExternal: (url) => openExternalChecked(shell, url) }),
  )
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Crosscheck',
    show: false,
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      preload: join(__dirname, '../preload/preload.js'),
      devTools: devToolsAllowed(app.isPackaged),
    },
  })
  win.once('ready-to-show', () => win.show())
  if (where.devServerUrl) await win.loadURL(where.devServerUrl)
  else await win.loadFile(join(__dirname, '../renderer/index.html'))
}

void app.whenReady().then(async () => {
  // session-created covers sessions made later; the default one exists already.
  hardenSession(session.defaultSession, where, devToolsAllowed(app.isPackaged))
  try {
    await createWindow()
  } catch (error) {
    dialog.showErrorBox('Crosscheck could not open the workspace', error instanceof Error ? error.message : String(error))
    app.quit()
  }
})

app.on('window-all-closed', () => {
  void workspace?.close().finally(() => app.quit())
})

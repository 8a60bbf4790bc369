/** The desktop app: one window, its workspace switcher, the contract over validated IPC. */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron'
import { dispatch } from '../api/dispatch'
import type { WorkspaceManager } from '../core/workspaces/manager'
import { startHostWorkspaces } from '../host/open-workspace'
import { devToolsAllowed, type AppLocation } from './policy'
import { handleApi, hardenApp, hardenSession, openExternalChecked, SECURE_WEB_PREFERENCES } from './security'

let workspaces: WorkspaceManager | null = null

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
  // Resolves even when the workspace cannot be opened: the window then explains why, with ways out.
  const manager = await startHostWorkspaces({
    entryDir: __dirname,
    demo: true,
    ...(nativeBinding ? { nativeBinding } : {}),
    log: (l) => console.log(l),
  })
  workspaces = manager
  handleApi(ipcMain, where, (method, args) => {
    // Background work (the claims index warm-up) waits while the window is asking for things.
    manager.current?.noteActivity()
    return dispatch(manager.current, method, args, {
      host: 'electron',
      workspaces: manager,
      openExternal: (url) => openExternalChecked(shell, url),
    })
  })
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
  void (workspaces?.close() ?? Promise.resolve()).finally(() => app.quit())
})

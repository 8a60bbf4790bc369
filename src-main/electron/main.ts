/** The desktop app: one window, its workspace switcher, the contract over validated IPC. */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron'
import { dispatch } from '../api/dispatch'
import type { WorkspaceManager } from '../core/workspaces/manager'
import { startHostWorkspaces } from '../host/open-workspace'
import { INVOKE_CHANNEL } from './channels'
import { hardenSession, hardenWindow, isOwnUrl } from './security'

let workspaces: WorkspaceManager | null = null

/** better-sqlite3 rebuilt for Electron's ABI by `npm run setup`, beside the Node build. */
function electronNativeBinding(): string | undefined {
  const file = join(__dirname, '../../native/electron/better_sqlite3.node')
  return existsSync(file) ? file : undefined
}

/** Only our own top-level frame may call the API. */
function senderAllowed(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame
  return frame !== null && frame.parent === null && isOwnUrl(frame.url)
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
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, args: unknown) => {
    if (!senderAllowed(event)) return { ok: false, error: { code: 'forbidden', message: 'Unexpected sender.' } }
    if (typeof method !== 'string') return { ok: false, error: { code: 'invalid_input', message: 'Bad call.' } }
    return dispatch(manager.current, method, args, { host: 'electron', workspaces: manager })
  })
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Crosscheck',
    show: false,
    webPreferences: {
      preload: join(__dirname, '../preload/preload.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  })
  hardenWindow(win)
  win.once('ready-to-show', () => win.show())
  const dev = process.env['ELECTRON_RENDERER_URL']
  if (dev) await win.loadURL(dev)
  else await win.loadFile(join(__dirname, '../renderer/index.html'))
}

void app.whenReady().then(async () => {
  hardenSession()
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

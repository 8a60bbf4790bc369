/** The desktop app: one window, one workspace, the contract over validated IPC. */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron'
import { dispatch } from '../api/dispatch'
import type { Workspace } from '../core/workspace'
import { defaultWorkspacePath } from '../host/paths'
import { openHostWorkspace } from '../host/open-workspace'
import { INVOKE_CHANNEL } from './channels'
import { hardenSession, hardenWindow, isOwnUrl } from './security'

let workspace: Workspace | null = null

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
  workspace = await openHostWorkspace({
    path: defaultWorkspacePath(),
    entryDir: __dirname,
    demo: true,
    ...(nativeBinding ? { nativeBinding } : {}),
    log: (l) => console.log(l),
  })
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, args: unknown) => {
    if (!senderAllowed(event)) return { ok: false, error: { code: 'forbidden', message: 'Unexpected sender.' } }
    if (typeof method !== 'string' || !workspace)
      return { ok: false, error: { code: 'invalid_input', message: 'Bad call.' } }
    return dispatch(workspace, method, args, { host: 'electron' })
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
  void workspace?.close().finally(() => app.quit())
})

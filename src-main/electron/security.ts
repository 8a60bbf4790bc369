/**
 * Wires policy.ts into Electron. Electron's objects are passed in (main.ts hands over the real
 * ones, the unit tests small stand-ins), so this file imports Electron's types only and every
 * hook can be shown installed and refusing without an Electron binary.
 */
import type { WebPreferences } from 'electron'
import { z } from 'zod'
import type { ApiResponse } from '../api/contract'
import { internalError } from '../api/safe-error'
import { APP_CSP_HEADER } from '../host/csp'
import { INVOKE_CHANNEL } from './channels'
import {
  allowNavigation,
  allowNewWindow,
  allowPermission,
  allowRequest,
  allowWebview,
  devToolsAllowed,
  externalHttpUrl,
  ipcChannelAllowed,
  ipcSenderAllowed,
  type AppLocation,
  type SenderFrame,
} from './policy'

/** Every window gets these: isolated, sandboxed, no Node, same-origin rules on. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
} as const satisfies WebPreferences

// The few members of Electron's objects this file touches, so stand-ins can play them in tests.
type Listener<A extends unknown[]> = (...args: A) => void
interface PreventableEvent {
  preventDefault(): void
}

export interface SessionLike {
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void): void
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
      ) => void,
    ): void
  }
  setPermissionRequestHandler(handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void): void
  setPermissionCheckHandler(handler: (wc: unknown, permission: string) => boolean): void
}

export interface WebContentsLike {
  session: SessionLike
  on(event: 'will-navigate' | 'will-redirect', listener: Listener<[PreventableEvent, string]>): unknown
  on(event: 'will-attach-webview', listener: Listener<[PreventableEvent]>): unknown
  on(event: 'devtools-opened', listener: Listener<[]>): unknown
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
  closeDevTools(): void
}

export interface AppLike {
  isPackaged: boolean
  enableSandbox(): void
  on(event: 'web-contents-created', listener: Listener<[unknown, WebContentsLike]>): unknown
  on(event: 'session-created', listener: Listener<[SessionLike]>): unknown
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: SenderFrame | null }, ...args: unknown[]) => Promise<unknown>): void
}

export interface ShellLike {
  openExternal(url: string): Promise<void>
}

/**
 * App-wide rules, before the first window: the sandbox for every renderer, and every session
 * and every web contents (windows, and anything a bug might create) hardened as it appears.
 */
export function hardenApp(app: AppLike, where: AppLocation): void {
  app.enableSandbox()
  const devTools = devToolsAllowed(app.isPackaged)
  app.on('session-created', (s) => hardenSession(s, where, devTools))
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, where, devTools))
}

/**
 * Nothing leaves the machine: every request that is not our own bundle is cancelled; no
 * permission is granted; the CSP also travels as a header where a response has headers.
 */
export function hardenSession(s: SessionLike, where: AppLocation, devTools: boolean): void {
  s.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowRequest(details.url, where, devTools) }))
  s.setPermissionRequestHandler((_wc, permission, callback) => callback(allowPermission(permission)))
  s.setPermissionCheckHandler((_wc, permission) => allowPermission(permission))
  s.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [APP_CSP_HEADER] } }),
  )
}

/** Per page: no navigation away, no redirects, no new windows, no webviews, no DevTools when packaged. */
export function hardenContents(wc: WebContentsLike, where: AppLocation, devTools: boolean): void {
  const refuseUnlessOwn = (event: PreventableEvent, url: string): void => {
    if (!allowNavigation(url, where)) event.preventDefault()
  }
  wc.on('will-navigate', refuseUnlessOwn)
  wc.on('will-redirect', refuseUnlessOwn)
  wc.on('will-attach-webview', (event) => {
    if (!allowWebview()) event.preventDefault()
  })
  wc.setWindowOpenHandler(({ url }) => {
    allowNewWindow(url)
    return { action: 'deny' }
  })
  if (!devTools) wc.on('devtools-opened', () => wc.closeDevTools())
}

const FORBIDDEN: ApiResponse<never> = { ok: false, error: { code: 'forbidden', message: 'Unexpected sender.' } }

/** What arrives on the one channel: a method name and one argument object (the dispatcher validates that per method). */
const ipcPayload = z.tuple([z.string().min(1).max(100), z.unknown()])

/**
 * The API over IPC: one channel under the app's prefix, our own top-level frame only, the
 * payload's shape checked before `call` (the dispatcher) validates the arguments themselves.
 */
export function handleApi(
  ipcMain: IpcMainLike,
  where: AppLocation,
  call: (method: string, args: unknown) => Promise<ApiResponse<unknown>>,
  channel: string = INVOKE_CHANNEL,
): void {
  if (!ipcChannelAllowed(channel)) throw new Error(`IPC channel outside the app's prefix: ${channel}`)
  ipcMain.handle(channel, async (event, ...payload) => {
    if (!ipcSenderAllowed(event.senderFrame, where)) return FORBIDDEN
    const parsed = ipcPayload.safeParse(payload)
    if (!parsed.success) return { ok: false, error: { code: 'invalid_input', message: 'Bad call.' } }
    const [method, args] = parsed.data
    try {
      return await call(method, args)
    } catch (error) {
      // Electron would otherwise send the renderer the error's text with its stack.
      return { ok: false, error: internalError(error) }
    }
  })
}

/** The last gate before the system browser: http(s) only, checked again here in the main process. */
export async function openExternalChecked(shell: ShellLike, url: string): Promise<boolean> {
  const safe = externalHttpUrl(url)
  if (safe === null) return false
  await shell.openExternal(safe)
  return true
}

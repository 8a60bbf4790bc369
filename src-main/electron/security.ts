import { app, session, shell, type BrowserWindow, type WebContents } from 'electron'

/** Our pages load from the app bundle (file://) or, during development, the local dev server. */
export function isOwnUrl(url: string): boolean {
  if (url.startsWith('file://')) return true
  const dev = process.env['ELECTRON_RENDERER_URL']
  return dev !== undefined && url.startsWith(dev)
}

/**
 * Session-wide rules: nothing leaves the machine (every non-app request is cancelled), no
 * permission is ever granted, and the CSP is sent as a header as well as in the page.
 */
export function hardenSession(): void {
  const s = session.defaultSession
  s.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !(isOwnUrl(details.url) || details.url.startsWith('devtools://')) })
  })
  s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  s.setPermissionCheckHandler(() => false)
  s.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [
          "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'",
        ],
      },
    })
  })
}

/** Per-window rules: no navigation away, no new windows (an http(s) link may open outside, after asking). */
export function hardenWindow(win: BrowserWindow): void {
  const wc: WebContents = win.webContents
  wc.on('will-navigate', (event, url) => {
    if (!isOwnUrl(url)) event.preventDefault()
  })
  wc.setWindowOpenHandler(() => ({ action: 'deny' }))
  wc.on('will-attach-webview', (event) => event.preventDefault())
}

app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
})

/** Kept for explicit, confirmed user actions only (a later issue wires the confirmation). */
export function openExternalHttp(url: string): void {
  if (/^https?:\/\//i.test(url)) void shell.openExternal(url)
}

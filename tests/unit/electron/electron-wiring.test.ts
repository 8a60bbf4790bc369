// security.ts driven with small stand-ins for Electron's app, session, web contents, ipcMain and
// shell: each hook must be installed, and each must refuse. (No Electron binary runs here.)
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { APP_CSP_HEADER } from '../../../src-main/host/csp'
import { INVOKE_CHANNEL } from '../../../src-main/electron/channels'
import {
  handleApi,
  hardenApp,
  hardenContents,
  hardenSession,
  openExternalChecked,
  SECURE_WEB_PREFERENCES,
  type AppLike,
  type IpcMainLike,
  type SessionLike,
  type WebContentsLike,
} from '../../../src-main/electron/security'
import type { AppLocation } from '../../../src-main/electron/policy'

const where: AppLocation = { rendererDir: join('/opt', 'crosscheck', 'out', 'renderer') }
const page = pathToFileURL(join(where.rendererDir, 'index.html')).href

type Handler = (...args: never[]) => unknown

class FakeSession implements SessionLike {
  beforeRequest?: Parameters<SessionLike['webRequest']['onBeforeRequest']>[0]
  headersReceived?: Parameters<SessionLike['webRequest']['onHeadersReceived']>[0]
  permissionRequest?: Parameters<SessionLike['setPermissionRequestHandler']>[0]
  permissionCheck?: Parameters<SessionLike['setPermissionCheckHandler']>[0]
  webRequest = {
    onBeforeRequest: (l: NonNullable<FakeSession['beforeRequest']>) => void (this.beforeRequest = l),
    onHeadersReceived: (l: NonNullable<FakeSession['headersReceived']>) => void (this.headersReceived = l),
  }
  setPermissionRequestHandler(h: NonNullable<FakeSession['permissionRequest']>): void {
    this.permissionRequest = h
  }
  setPermissionCheckHandler(h: NonNullable<FakeSession['permissionCheck']>): void {
    this.permissionCheck = h
  }
  /** Would this session let the request through? */
  request(url: string): boolean {
    let cancel: boolean | undefined
    this.beforeRequest!({ url }, (r) => (cancel = r.cancel))
    return cancel === false
  }
}

class FakeContents implements WebContentsLike {
  session = new FakeSession()
  listeners = new Map<string, Handler[]>()
  openHandler?: (d: { url: string }) => { action: 'deny' }
  devToolsClosed = 0
  on(event: string, listener: Handler): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  setWindowOpenHandler(h: (d: { url: string }) => { action: 'deny' }): void {
    this.openHandler = h
  }
  closeDevTools(): void {
    this.devToolsClosed++
  }
  /** Emits a preventable event; true when some listener prevented it. */
  prevented(event: string, ...args: unknown[]): boolean {
    const handlers = this.listeners.get(event) ?? []
    expect(handlers.length, `a listener for ${event}`).toBeGreaterThan(0)
    let prevented = false
    const e = { preventDefault: () => void (prevented = true) }
    for (const h of handlers) (h as (...a: unknown[]) => void)(e, ...args)
    return prevented
  }
}

class FakeApp implements AppLike {
  sandboxed = false
  listeners = new Map<string, Handler>()
  constructor(readonly isPackaged: boolean) {}
  enableSandbox(): void {
    this.sandboxed = true
  }
  on(event: string, listener: Handler): this {
    this.listeners.set(event, listener)
    return this
  }
}

describe('window preferences', () => {
  it('isolate, sandbox and keep Node out of every page', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
  })
})

describe('hardenApp', () => {
  it('turns the sandbox on and hardens every session and web contents as they are created', () => {
    const app = new FakeApp(true)
    hardenApp(app, where)
    expect(app.sandboxed).toBe(true)
    const s = new FakeSession()
    ;(app.listeners.get('session-created') as (s: SessionLike) => void)(s)
    expect(s.request('https://example.com/')).toBe(false)
    const wc = new FakeContents()
    ;(app.listeners.get('web-contents-created') as (e: unknown, wc: WebContentsLike) => void)({}, wc)
    expect(wc.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    expect(wc.prevented('will-navigate', 'https://example.com/')).toBe(true)
  })

  it('closes DevTools in a packaged app, and only there', () => {
    for (const packaged of [true, false]) {
      const app = new FakeApp(packaged)
      hardenApp(app, where)
      const wc = new FakeContents()
      ;(app.listeners.get('web-contents-created') as (e: unknown, wc: WebContentsLike) => void)({}, wc)
      const opened = wc.listeners.get('devtools-opened') ?? []
      for (const h of opened) (h)()
      expect(wc.devToolsClosed, `packaged=${packaged}`).toBe(packaged ? 1 : 0)
    }
  })
})

describe('hardenSession', () => {
  const s = new FakeSession()
  hardenSession(s, where, false)

  it('cancels every request that is not our bundle', () => {
    expect(s.request(page)).toBe(true)
    expect(s.request('data:image/png;base64,AA')).toBe(true)
    for (const url of ['https://cdn.example/font.woff2', 'http://127.0.0.1:9/', 'wss://x.example/', 'file:///etc/hosts', 'devtools://devtools/x'])
      expect(s.request(url), url).toBe(false)
  })

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const granted = vi.fn()
      s.permissionRequest!({}, permission, granted)
      expect(granted).toHaveBeenCalledWith(false)
      expect(s.permissionCheck!({}, permission)).toBe(false)
    }
  })

  it('sends the CSP header on every response, replacing none of the others', () => {
    let headers: Record<string, string[]> | undefined
    s.headersReceived!({ responseHeaders: { 'X-Other': ['1'] } }, (r) => (headers = r.responseHeaders))
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [APP_CSP_HEADER] })
  })
})

describe('hardenContents', () => {
  const wc = new FakeContents()
  hardenContents(wc, where, false)

  it('refuses navigation and redirects away from our page, allows reloading it', () => {
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(wc.prevented(event, 'https://evil.example/')).toBe(true)
      expect(wc.prevented(event, 'javascript:alert(1)')).toBe(true)
      expect(wc.prevented(event, 'file:///tmp/x.html')).toBe(true)
      expect(wc.prevented(event, page)).toBe(false)
    }
  })

  it('denies every new window and every webview', () => {
    expect(wc.openHandler?.({ url: page })).toEqual({ action: 'deny' })
    expect(wc.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    expect(wc.prevented('will-attach-webview')).toBe(true)
  })
})

describe('handleApi', () => {
  function install(): { invoke: (frame: { url: string; parent: unknown } | null, ...payload: unknown[]) => Promise<unknown>; call: ReturnType<typeof vi.fn>; channel: string } {
    let channel = ''
    let listener: Parameters<IpcMainLike['handle']>[1] | undefined
    const ipc: IpcMainLike = {
      handle: (c, l) => {
        channel = c
        listener = l
      },
    }
    const call = vi.fn((method: string) => Promise.resolve({ ok: true as const, value: method }))
    handleApi(ipc, where, call)
    return { invoke: (frame, ...payload) => listener!({ senderFrame: frame }, ...payload), call, channel }
  }

  it('listens on the one prefixed channel', () => {
    expect(install().channel).toBe(INVOKE_CHANNEL)
    expect(() => handleApi({ handle: vi.fn() }, where, vi.fn(), 'other-channel')).toThrow(/prefix/)
  })

  it('answers our top-level page', async () => {
    const { invoke, call } = install()
    await expect(invoke({ url: page, parent: null }, 'articles-list', {})).resolves.toEqual({ ok: true, value: 'articles-list' })
    expect(call).toHaveBeenCalledWith('articles-list', {})
  })

  it('refuses a subframe, a foreign page or a missing frame before calling anything', async () => {
    const { invoke, call } = install()
    for (const frame of [{ url: page, parent: {} }, { url: 'https://evil.example/', parent: null }, null]) {
      await expect(invoke(frame, 'articles-list', {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    expect(call).not.toHaveBeenCalled()
  })

  it('refuses a payload of the wrong shape', async () => {
    const { invoke, call } = install()
    for (const payload of [[], [42, {}], ['x'.repeat(101), {}], ['articles-list', {}, 'extra'], [{ method: 'x' }]]) {
      await expect(invoke({ url: page, parent: null }, ...payload)).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    }
    expect(call).not.toHaveBeenCalled()
  })

  it('turns a thrown error into { code, message } without its stack', async () => {
    let listener: Parameters<IpcMainLike['handle']>[1] | undefined
    handleApi({ handle: (_c, l) => void (listener = l) }, where, () => Promise.reject(new Error('boom at /home/analyst/x.js')))
    const answer = await listener!({ senderFrame: { url: page, parent: null } }, 'articles-list', {})
    expect(answer).toEqual({ ok: false, error: { code: 'internal', message: 'boom at …/x.js' } })
  })
})

describe('openExternalChecked', () => {
  it('hands only http(s) addresses to the system browser', async () => {
    const shell = { openExternal: vi.fn(() => Promise.resolve()) }
    expect(await openExternalChecked(shell, 'https://news.example/a')).toBe(true)
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share', 'data:text/html,x'])
      expect(await openExternalChecked(shell, url), url).toBe(false)
    expect(shell.openExternal.mock.calls).toEqual([['https://news.example/a']])
  })
})

import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  allowNavigation,
  allowNewWindow,
  allowPermission,
  allowRequest,
  devToolsAllowed,
  externalHttpUrl,
  ipcChannelAllowed,
  ipcSenderAllowed,
  isAppUrl,
  type AppLocation,
} from '../../../src-main/electron/policy'

const rendererDir = join('/opt', 'Crosscheck', 'resources', 'app.asar', 'out', 'renderer')
const bundled: AppLocation = { rendererDir }
const dev: AppLocation = { rendererDir, devServerUrl: 'http://localhost:5173' }
const page = pathToFileURL(join(rendererDir, 'index.html')).href

describe('our own pages', () => {
  it('are the bundled renderer files only, not any file on disk', () => {
    expect(isAppUrl(page, bundled)).toBe(true)
    expect(isAppUrl(pathToFileURL(join(rendererDir, 'assets', 'index-abc.js')).href, bundled)).toBe(true)
    expect(isAppUrl('file:///etc/passwd', bundled)).toBe(false)
    expect(isAppUrl(pathToFileURL(join(rendererDir, '..', 'main', 'index.js')).href, bundled)).toBe(false)
    expect(isAppUrl(`${pathToFileURL(rendererDir).href}/../../secret.txt`, bundled)).toBe(false)
    expect(isAppUrl(`${pathToFileURL(rendererDir).href}-evil/index.html`, bundled)).toBe(false)
  })

  it('include the dev server only by exact host, never a look-alike', () => {
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true)
    expect(isAppUrl('http://localhost:51730/', dev)).toBe(false)
    expect(isAppUrl('http://localhost:5173.evil.example/', dev)).toBe(false)
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false)
    expect(isAppUrl('http://localhost:5173/', bundled)).toBe(false)
  })

  it('never include garbage', () => {
    expect(isAppUrl('', bundled)).toBe(false)
    expect(isAppUrl('not a url', dev)).toBe(false)
  })
})

describe('requests', () => {
  it('leave the machine never: every remote scheme is cancelled', () => {
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'http://localhost:5173/',
      'ws://example.com/',
      'wss://example.com/',
      'ftp://example.com/a',
      'file:///home/analyst/secret.txt',
      'chrome-extension://abc/x.js',
      'devtools://devtools/bundled/inspector.html',
    ]) {
      expect(allowRequest(url, bundled, false), url).toBe(false)
    }
  })

  it('reach our bundle and in-memory data', () => {
    expect(allowRequest(page, bundled, false)).toBe(true)
    expect(allowRequest('data:image/png;base64,AAAA', bundled, false)).toBe(true)
    expect(allowRequest('blob:file:///3f1c', bundled, false)).toBe(true)
  })

  it("let DevTools' own pages through only where DevTools are allowed", () => {
    expect(allowRequest('devtools://devtools/bundled/inspector.html', bundled, true)).toBe(true)
    expect(devToolsAllowed(true)).toBe(false)
    expect(devToolsAllowed(false)).toBe(true)
  })
})

describe('navigation, windows, permissions', () => {
  it('stays on our page', () => {
    expect(allowNavigation(page, bundled)).toBe(true)
    expect(allowNavigation('https://evil.example/', bundled)).toBe(false)
    expect(allowNavigation('javascript:alert(1)', bundled)).toBe(false)
    expect(allowNavigation('file:///tmp/dropped.html', bundled)).toBe(false)
    expect(allowNavigation('data:text/html,<script>1</script>', bundled)).toBe(false)
  })

  it('never opens a window or grants a permission', () => {
    expect(allowNewWindow(page)).toBe(false)
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])
      expect(allowPermission(p), p).toBe(false)
  })
})

describe('addresses opened in the system browser', () => {
  it('are http(s) with a host, normalized', () => {
    expect(externalHttpUrl('https://news.example/story?id=1')).toBe('https://news.example/story?id=1')
    expect(externalHttpUrl('  HTTP://News.Example/a b')).toBeNull()
    expect(externalHttpUrl('HTTP://News.Example/')).toBe('http://news.example/')
  })

  it('are never another scheme, credentials, or control characters', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'smb://server/share',
      'vbscript:msgbox',
      'ms-msdt:/id',
      'http://user:pw@news.example/',
      'https://news.example/\u0000x',
      'https://',
      'http:',
      '',
      `https://x.example/${'a'.repeat(5000)}`,
    ]) {
      expect(externalHttpUrl(url), url).toBeNull()
    }
  })
})

describe('IPC', () => {
  it('accepts only our own top-level frame', () => {
    expect(ipcSenderAllowed({ url: page, parent: null }, bundled)).toBe(true)
    expect(ipcSenderAllowed({ url: page, parent: {} }, bundled)).toBe(false)
    expect(ipcSenderAllowed({ url: 'https://evil.example/', parent: null }, bundled)).toBe(false)
    expect(ipcSenderAllowed(null, bundled)).toBe(false)
    expect(ipcSenderAllowed(undefined, bundled)).toBe(false)
  })

  it('uses one prefix for every channel', () => {
    expect(ipcChannelAllowed('crosscheck:invoke')).toBe(true)
    expect(ipcChannelAllowed('invoke')).toBe(false)
    expect(ipcChannelAllowed('ELECTRON_BROWSER_REQUIRE')).toBe(false)
  })
})

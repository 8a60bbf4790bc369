/**
 * The desktop window's security decisions as plain functions: no Electron here, so every rule
 * is unit-tested in Node. security.ts only wires these answers into Electron's hooks.
 */
import { pathToFileURL } from 'node:url'
import { IPC_PREFIX } from './channels'

/** Where our own pages come from: the bundled renderer folder, or the dev server while developing. */
export interface AppLocation {
  /** The folder holding the built renderer (index.html and assets). */
  rendererDir: string
  /** electron-vite's dev server (ELECTRON_RENDERER_URL), never set in a packaged app. */
  devServerUrl?: string | undefined
}

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** True for the bundle's own files (not any file on disk) and, in development, the dev server's origin. */
export function isAppUrl(url: string, where: AppLocation): boolean {
  const u = parse(url)
  if (!u) return false
  if (u.protocol === 'file:') {
    const root = pathToFileURL(where.rendererDir).href.replace(/\/?$/, '/')
    // new URL() has resolved any "..", so a prefix test cannot be walked out of.
    return u.href.startsWith(root)
  }
  if (!where.devServerUrl) return false
  const dev = parse(where.devServerUrl)
  return dev !== null && (u.protocol === 'http:' || u.protocol === 'ws:') && u.host === dev.host && u.hostname === dev.hostname
}

/** Schemes that never leave the machine and that our page itself creates (exports, inline images). */
const LOCAL_SCHEMES = new Set(['data:', 'blob:'])

/**
 * Every request from every session passes here: our own pages and in-memory data only.
 * DevTools' own pages are let through only where DevTools are allowed at all.
 */
export function allowRequest(url: string, where: AppLocation, devTools: boolean): boolean {
  if (isAppUrl(url, where)) return true
  const u = parse(url)
  if (!u) return false
  if (LOCAL_SCHEMES.has(u.protocol)) return true
  return devTools && u.protocol === 'devtools:'
}

/** The window may only reload its own page; any other navigation (links in content, meta refresh, redirects) is refused. */
export function allowNavigation(url: string, where: AppLocation): boolean {
  return isAppUrl(url, where)
}

/** No window.open, target=_blank or middle-click ever opens a window. */
export function allowNewWindow(_url: string): false {
  return false
}

/** Camera, microphone, geolocation, notifications, clipboard reads...: the app needs none. */
export function allowPermission(_permission: string): false {
  return false
}

/** No <webview> may be attached. */
export function allowWebview(): false {
  return false
}

/** DevTools in development only: a packaged app has no console to run code in. */
export function devToolsAllowed(packaged: boolean): boolean {
  return !packaged
}

/**
 * The one address form the app hands to the system browser: http(s), with a host, without
 * credentials. Returns the normalized address, or null when it must not be opened.
 */
export function externalHttpUrl(url: string): string | null {
  if (url.length > 4096 || /[\s\u0000-\u001f]/.test(url.trim())) return null
  const u = parse(url.trim())
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname) return null
  if (u.username || u.password) return null
  return u.href
}

/** The frame that sent an IPC message: only our own top-level page may call the API. */
export interface SenderFrame {
  url: string
  parent: unknown
}

export function ipcSenderAllowed(frame: SenderFrame | null | undefined, where: AppLocation): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url, where)
}

export function ipcChannelAllowed(channel: string): boolean {
  return channel.startsWith(IPC_PREFIX)
}

import { readdirSync, readFileSync } from 'node:fs'
import { extname, join, relative } from 'node:path'

/**
 * Finds every reference in a built renderer that would load from another origin: script, link,
 * image and media attributes in HTML, url() and @import in CSS, and any http(s) address in
 * JavaScript other than the few that are names, not places (XML namespaces, React's error pages).
 */
export interface RemoteRef {
  file: string
  ref: string
}

const REMOTE = /^\s*(?:https?:)?\/\//i
/** Strings in the bundle that are identifiers, never fetched: namespace URIs and error-page links printed to the console. */
const NOT_LOADED = [/^http:\/\/www\.w3\.org\//, /^https:\/\/react\.dev\/errors\//]

function html(text: string): string[] {
  const refs: string[] = []
  for (const m of text.matchAll(/\s(?:src|href|srcset|poster|data|action|content)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const value = m[1] ?? m[2] ?? m[3] ?? ''
    for (const part of value.split(/,\s*|;\s*url=/i)) if (REMOTE.test(part)) refs.push(part.trim())
  }
  return refs
}

function css(text: string): string[] {
  const refs: string[] = []
  for (const m of text.matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)|@import\s+(["'])([^"']*)\3/gi)) {
    const value = m[2] ?? m[4] ?? ''
    if (REMOTE.test(value)) refs.push(value)
  }
  return refs
}

function js(text: string): string[] {
  return [...text.matchAll(/(?:https?:)?\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s"'`)]*/gi)]
    .map((m) => m[0])
    .filter((u) => /^https?:/i.test(u) || /\.(?:js|mjs|css|woff2?|ttf|otf)(?:[?#]|$)/i.test(u))
    .filter((u) => !NOT_LOADED.some((ok) => ok.test(u)))
}

const SCANNERS: Record<string, (text: string) => string[]> = { '.html': html, '.css': css, '.js': js, '.mjs': js }

export function findRemoteRefs(dir: string): RemoteRef[] {
  const found: RemoteRef[] = []
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const scan = SCANNERS[extname(entry.name).toLowerCase()]
    if (!scan) continue
    const path = join(entry.parentPath, entry.name)
    for (const ref of scan(readFileSync(path, 'utf8'))) found.push({ file: relative(dir, path), ref })
  }
  return found
}

/** Font files shipped with the renderer (none are fetched: any font is bundled or the system's). */
export function countFiles(dir: string, extensions: readonly string[]): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && extensions.includes(extname(e.name).toLowerCase())).length
}

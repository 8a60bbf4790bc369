import { wordCount } from './blocks'
import { dateLine } from './dates'
import { bylineAuthor } from './plain-cleaner'

/** What a masthead line ("Outlet | date | By Name") says about the article. */
export interface Masthead {
  outlet: string | null
  /** YYYY-MM-DD */
  date: string | null
  author: string | null
}

const SEPARATOR = /\s+[|·•]\s+|\s+[–—-]\s+/u
/** A name as mastheads print it: a few capitalised words or a brand like "WorldNewsHub24". */
const NAME = /^[\p{Lu}\d][\p{L}\d&.'’-]*(?:\s+(?:[\p{Lu}\d][\p{L}\d&.'’-]*|of|the|and|de|du|des|der|die|am|im))*$/u

function looksLikeName(text: string): boolean {
  return text.length <= 60 && wordCount(text) <= 5 && NAME.test(text) && !dateLine(text)
}

function unemphasise(text: string): string {
  return text.replace(/^[*_]+|[*_]+$/g, '').trim()
}

/**
 * Reads a masthead line: segments split by "|", "·", "•" or a spaced dash, at least one of them
 * a date or a byline. The outlet is a byline's ", Outlet" suffix or a leading name segment.
 * Other segments (an admin user, section names, "0 Comments") are tolerated and ignored.
 * Returns null for anything else, so a headline with " - Outlet" stays a headline.
 */
export function parseMasthead(line: string): Masthead | null {
  if (line.length > 200) return null
  const parts = line.split(SEPARATOR).map(unemphasise).filter((p) => p !== '')
  if (parts.length < 2 || parts.some((p) => wordCount(p) > 8)) return null
  const found: Masthead = { outlet: null, date: null, author: null }
  parts.forEach((part, i) => {
    const date = dateLine(part)
    if (date) {
      found.date ??= date
      return
    }
    const author = bylineAuthor(part)
    if (author) {
      found.author ??= author
      const suffix = /,\s*(.+)$/u.exec(part.slice(part.indexOf(author) + author.length))
      if (suffix?.[1] && looksLikeName(suffix[1].trim())) found.outlet ??= suffix[1].trim()
      return
    }
    if (i === 0 && looksLikeName(part)) found.outlet = part
  })
  return found.date || found.author ? found : null
}

/** Whether a line is a bare outlet name, as printed on its own above a date line or byline. */
export function isBareOutletName(line: string): boolean {
  return looksLikeName(unemphasise(line))
}

const SHARE_TARGETS = new Set([
  'facebook', 'x', 'twitter', 'whatsapp', 'telegram', 'email', 'e-mail', 'mail', 'print', 'linkedin', 'reddit',
  'pinterest', 'messenger', 'copy link', 'copy', 'share', 'tumblr', 'vk', 'line', 'viber', 'threads', 'bluesky',
])

/** A share bar: "Facebook | X | WhatsApp | Email | Print", most of it share targets. */
export function isShareBar(line: string): boolean {
  if (line.length > 200) return false
  const parts = line.split(/\s*[|·•/]\s*/u).map((p) => p.trim().toLowerCase()).filter((p) => p !== '')
  if (parts.length < 3) return false
  return parts.filter((p) => SHARE_TARGETS.has(p)).length * 2 > parts.length
}

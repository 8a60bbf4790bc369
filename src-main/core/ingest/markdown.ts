/**
 * Markdown syntax that is not article text: YAML front matter (which becomes metadata), image
 * lines, link targets and heading markers. The words of links and headings stay.
 */
import type { LineBlock } from './blocks'
import { isoDateOf } from './dates'
import { emptyHints, type MetadataHints } from './metadata'
import type { RemovedKind, RemovedSpan } from './types'

export interface MarkdownRemovals {
  /** Whole lines to remove, by line index. */
  lineKinds: Map<number, RemovedKind>
  /** Removals inside lines that stay (link targets, heading markers), by line index. */
  inline: Map<number, RemovedSpan[]>
  hints: MetadataHints
}

const IMAGE_LINE = /^!\[[^\]\n]{0,500}\]\([^)\s]{1,2000}(?:\s+"[^"\n]{0,300}")?\)$/
const LINK = /(!?)\[([^\]\n]{0,500})\]\(([^)\s]{1,2000})(?:\s+"[^"\n]{0,300}")?\)/g
const HEADING_MARK = /^(#{1,6})[ \t]+/

/** Finds the Markdown syntax to hide in `rawText`, split into `lines`. */
export function markdownRemovals(rawText: string, lines: readonly LineBlock[]): MarkdownRemovals {
  const lineKinds = new Map<number, RemovedKind>()
  const inline = new Map<number, RemovedSpan[]>()
  const hints = emptyHints()

  let first = 0
  if (lines[0]?.text === '---') {
    const close = lines.findIndex((l, i) => i > 0 && i < 80 && (l.text === '---' || l.text === '...'))
    if (close > 0) {
      for (let i = 0; i <= close; i++) {
        const line = lines[i] as LineBlock
        lineKinds.set(line.index, 'metadata')
        readFrontMatterLine(line.text, hints)
      }
      first = close + 1
    }
  }

  for (let i = first; i < lines.length; i++) {
    const line = lines[i] as LineBlock
    if (line.text === '' || line.text.length > 20_000) continue
    if (IMAGE_LINE.test(line.text)) {
      lineKinds.set(line.index, 'link')
      continue
    }
    const raw = rawText.slice(line.start, line.end)
    const spans: RemovedSpan[] = []
    const lead = raw.length - raw.trimStart().length
    const heading = HEADING_MARK.exec(raw.slice(lead))
    if (heading) {
      const start = line.start + lead
      spans.push({ kind: 'boilerplate', start, end: start + heading[0].length })
    }
    LINK.lastIndex = 0
    for (let m = LINK.exec(raw); m; m = LINK.exec(raw)) {
      const at = line.start + m.index
      const textStart = at + (m[1] as string).length + 1
      const textEnd = textStart + (m[2] as string).length
      spans.push({ kind: 'link', start: at, end: textStart })
      spans.push({ kind: 'link', start: textEnd, end: at + m[0].length })
    }
    if (spans.length) inline.set(line.index, spans)
  }
  return { lineKinds, inline, hints }
}

/** The heading text without its Markdown markers ("## Title ##" -> "Title"). */
export function stripHeadingMarker(text: string): string {
  return text.replace(HEADING_MARK, '').replace(/[ \t]+#+$/, '')
}

function readFrontMatterLine(text: string, hints: MetadataHints): void {
  const m = /^([A-Za-z_-]{1,30})\s*:\s*(.{1,500})$/.exec(text)
  if (!m) return
  const key = (m[1] as string).toLowerCase()
  const value = (m[2] as string).trim().replace(/^["']|["']$/g, '')
  if (!value) return
  if (key === 'title') {
    hints.title = value
    hints.titleMayHaveSuffix = true
  } else if (['date', 'published', 'publishedat', 'published_at', 'pubdate'].includes(key)) {
    const iso = isoDateOf(value)
    if (iso) hints.dates.push(iso)
  } else if (key === 'author' || key === 'byline') {
    hints.author = value
  } else if (['url', 'source', 'link', 'canonical', 'canonical_url'].includes(key) && /^https?:\/\//.test(value)) {
    hints.urls.push(value)
  } else if (key === 'outlet' || key === 'publisher' || key === 'site' || key === 'site_name') {
    hints.outlet = value
  }
}

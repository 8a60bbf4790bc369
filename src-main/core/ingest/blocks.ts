/**
 * Line blocks: the unit the cleaners classify. Scraped text puts one paragraph, heading or
 * widget per line, so a line is the natural grain for keep-or-remove decisions.
 */

export interface LineBlock {
  /** Index among all lines, blank ones included. */
  index: number
  /** Offset of the line's first character in the raw text. */
  start: number
  /** Offset just past the line's last character (before its LF). */
  end: number
  /** The line without surrounding whitespace; '' for a blank line. */
  text: string
}

/** Splits `rawText` on LF into line blocks with their offsets. Linear in the text's length. */
export function splitLines(rawText: string): LineBlock[] {
  const lines: LineBlock[] = []
  let start = 0
  let index = 0
  while (start <= rawText.length) {
    let end = rawText.indexOf('\n', start)
    if (end === -1) end = rawText.length
    lines.push({ index: index++, start, end, text: rawText.slice(start, end).trim() })
    start = end + 1
  }
  return lines
}

/** The non-blank lines, in order. */
export function contentLines(lines: readonly LineBlock[]): LineBlock[] {
  return lines.filter((l) => l.text !== '')
}

/**
 * The span that removing `line` should cover: the line itself plus its LF, so that the lines
 * around it do not merge and no blank residue is left behind.
 */
export function lineSpan(rawText: string, line: LineBlock): { start: number; end: number } {
  return { start: line.start, end: line.end < rawText.length ? line.end + 1 : line.end }
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu

/**
 * Counts words the simple way: runs of letters or digits. Stops at `cap`, because callers only
 * compare against small thresholds and a 20 MB single-line file must stay cheap.
 */
export function wordCount(text: string, cap = Number.POSITIVE_INFINITY): number {
  let n = 0
  WORD.lastIndex = 0
  while (n < cap && WORD.exec(text)) n++
  return n
}

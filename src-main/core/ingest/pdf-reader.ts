/**
 * PDFs through pdf.js (legacy build, which runs in Node): the text layer of each page, lines
 * reflowed into paragraphs by their spacing, page headers, footers and page numbers removed as
 * boilerplate, and the offset where each page starts kept so notes can cite "p. 3". pdf.js runs
 * with eval off and without a worker of its own: the import pool's worker is already the sandbox.
 */
import { splitLines } from './blocks'
import { isoDateOf } from './dates'
import { cleanLines } from './plain-cleaner'
import type { Reading } from './reading'
import { MAX_PDF_PAGES, MIN_PDF_LETTERS, PDF_FURNITURE_SHARE, PDF_PARAGRAPH_GAP } from './tunables'
import { IngestError, type RemovedKind } from './types'

interface TextItem {
  str: string
  hasEOL: boolean
  transform: number[]
  height: number
}

interface PdfDocument {
  numPages: number
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup(): void }>
  getMetadata(): Promise<{ info: unknown }>
  destroy(): Promise<void>
}

interface PdfJs {
  getDocument(params: Record<string, unknown>): { promise: Promise<PdfDocument> }
}

let pdfjs: Promise<PdfJs> | null = null

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfJs>
  return pdfjs
}

/** Reads a PDF's text layer. @throws IngestError 'encrypted', 'scanned' or 'corrupt'. */
export async function readPdf(bytes: Uint8Array): Promise<Reading> {
  const lib = await loadPdfJs()
  let doc: PdfDocument
  try {
    doc = await lib.getDocument({
      // pdf.js may detach the buffer it is given; the caller still needs the original bytes.
      data: bytes.slice(),
      isEvalSupported: false,
      useWorkerFetch: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise
  } catch (error) {
    const name = (error as { name?: string }).name
    if (name === 'PasswordException') {
      throw new IngestError('encrypted', 'This PDF is encrypted (password-protected); save an unprotected copy and import that.')
    }
    throw new IngestError('corrupt', `This PDF is damaged and cannot be read (${messageOf(error)}).`)
  }
  try {
    const warnings: string[] = []
    const count = Math.min(doc.numPages, MAX_PDF_PAGES)
    if (doc.numPages > MAX_PDF_PAGES) warnings.push(`Only the first ${MAX_PDF_PAGES} of ${doc.numPages} pages were read.`)
    const pages: string[][] = []
    for (let n = 1; n <= count; n++) {
      const page = await doc.getPage(n)
      const content = await page.getTextContent()
      pages.push(paragraphsOf(content.items.filter(isTextItem)))
      page.cleanup()
    }
    const letters = pages.flat().join('').match(/\p{L}/gu)?.length ?? 0
    if (letters < MIN_PDF_LETTERS) {
      throw new IngestError(
        'scanned',
        'This PDF has no text layer: it looks scanned (pages are images). Run OCR on it first, then import the result.',
      )
    }
    const info = await doc.getMetadata().then((m) => m.info, () => null)
    return assemble(pages, info, warnings)
  } finally {
    await doc.destroy()
  }
}

function isTextItem(item: unknown): item is TextItem {
  return typeof (item as TextItem).str === 'string' && Array.isArray((item as TextItem).transform)
}

interface Line {
  text: string
  y: number
  height: number
}

/** Items to lines (by hasEOL or a baseline change), then lines to paragraphs by vertical gap. */
function paragraphsOf(items: readonly TextItem[]): string[] {
  const lines: Line[] = []
  let current: Line | null = null
  for (const item of items) {
    const y = item.transform[5] ?? 0
    if (current && Math.abs(current.y - y) > Math.max(2, item.height / 2) && item.str.trim() !== '') {
      lines.push(current)
      current = null
    }
    current ??= { text: '', y, height: item.height || 10 }
    current.text += item.str
    if (item.hasEOL) {
      lines.push(current)
      current = null
    }
  }
  if (current) lines.push(current)
  const kept = lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text !== '')
  const gaps = kept.slice(1).map((l, i) => Math.abs((kept[i] as Line).y - l.y)).filter((g) => g > 0)
  // Body text is set at about 1.2 times its type size; a page of short paragraphs has no other gap to learn from.
  const usual = Math.min(median(gaps) ?? 14, 1.25 * (median(kept.map((l) => l.height)) ?? 12))
  const paragraphs: string[] = []
  let para = ''
  kept.forEach((line, i) => {
    const prev = kept[i - 1]
    const gap = prev ? Math.abs(prev.y - line.y) : 0
    // A change of type size is a heading ending or starting, so a paragraph break too.
    const resized = prev !== undefined && Math.abs(prev.height - line.height) > Math.max(prev.height, line.height) * 0.2
    if (para !== '' && (gap > usual * PDF_PARAGRAPH_GAP || gap === 0 || prev === undefined || resized)) {
      paragraphs.push(para)
      para = ''
    }
    // A word hyphenated across a line break is one word again.
    if (para.endsWith('-') && /^\p{Ll}/u.test(line.text) && /\p{L}-$/u.test(para)) para = para.slice(0, -1) + line.text
    else para = para === '' ? line.text : `${para} ${line.text}`
  })
  if (para !== '') paragraphs.push(para)
  return paragraphs
}

function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? null
}

/** Page furniture: bare page numbers, and first/last lines repeated on many pages (digits ignored). */
function furnitureKeys(pages: readonly string[][]): Set<string> {
  const seen = new Map<string, number>()
  for (const page of pages) {
    const edge = new Set([page[0], page[1], page[page.length - 1], page[page.length - 2]].filter((p) => p !== undefined))
    for (const p of edge) {
      const key = furnitureKey(p)
      seen.set(key, (seen.get(key) ?? 0) + 1)
    }
  }
  const min = Math.max(3, Math.ceil(pages.length * PDF_FURNITURE_SHARE))
  return new Set([...seen].filter(([, n]) => n >= min).map(([k]) => k))
}

function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#')
}

function isPageNumber(text: string): boolean {
  return /^(?:(?:page|p\.|seite|página|pagina)\s*)?[-–]?\s*\d{1,4}\s*(?:(?:of|\/|von|de)\s*\d{1,4})?\s*[-–]?$/i.test(text)
}

function assemble(pages: readonly string[][], info: unknown, warnings: string[]): Reading {
  const furniture = furnitureKeys(pages)
  const lineTexts: string[] = []
  const starts: number[] = []
  const preRemoved = new Map<number, RemovedKind>()
  let offset = 0
  for (const page of pages) {
    starts.push(offset)
    for (const p of page) {
      if (isPageNumber(p) || furniture.has(furnitureKey(p))) preRemoved.set(lineTexts.length, 'boilerplate')
      lineTexts.push(p)
      offset += p.length + 1
    }
  }
  const rawText = lineTexts.join('\n')
  const result = cleanLines(rawText, splitLines(rawText), { preRemoved, findTitleLine: true })
  const hints = result.hints
  const record = (info ?? {}) as Record<string, unknown>
  const title = typeof record['Title'] === 'string' ? record['Title'].trim() : ''
  // Word processors stamp "Microsoft Word - draft.docx" as the title; that is a file name, not a headline.
  if (title && !/\.(?:docx?|pdf|odt|rtf)$/i.test(title) && !/^microsoft word/i.test(title)) hints.title = title
  const author = typeof record['Author'] === 'string' ? record['Author'].trim() : ''
  if (author && !hints.author) hints.author = author
  const created = pdfDate(record['CreationDate'])
  if (created && !hints.dates.includes(created)) hints.dates.push(created)
  return { rawText, removed: result.removed, hints, warnings, pages: starts.map((s) => Math.min(s, rawText.length)) }
}

/** "D:20240618093000+02'00'" -> "2024-06-18". */
function pdfDate(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const m = /^D:(\d{4})(\d{2})(\d{2})/.exec(value)
  return m ? isoDateOf(`${m[1]}-${m[2]}-${m[3]}`) : null
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

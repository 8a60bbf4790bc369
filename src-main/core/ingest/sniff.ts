/**
 * Which reader a file needs. Content decides before the extension does: analysts' folders hold
 * HTML saved as .txt, PDFs renamed by download managers, and .docx files dropped in by mistake,
 * and each deserves a precise reason rather than a page of mojibake.
 */
import { guessBomlessUtf16, sniffBom } from './decode'
import { IngestError } from './types'

interface Signature {
  magic: readonly number[]
  /** Offset of the magic bytes from the start of the file. */
  at?: number
  message: string
}

const ZIP_MESSAGE =
  'This is a ZIP archive (or a .docx/.xlsx), not text; save the article as .txt or .html and import that.'

const SIGNATURES: readonly Signature[] = [
  {
    magic: bytesOf('%PDF'),
    message: 'This is a PDF file, not text (it starts with %PDF); PDF import is not supported yet.',
  },
  { magic: [0x50, 0x4b, 0x03, 0x04], message: ZIP_MESSAGE },
  { magic: [0x50, 0x4b, 0x05, 0x06], message: ZIP_MESSAGE },
  { magic: [0x50, 0x4b, 0x07, 0x08], message: ZIP_MESSAGE },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    message: 'This is an old Office document (.doc/.xls), not text; save it as .txt or .html and import that.',
  },
  { magic: [0x89, 0x50, 0x4e, 0x47], message: 'This is a PNG image, not text.' },
  { magic: [0xff, 0xd8, 0xff], message: 'This is a JPEG image, not text.' },
  { magic: bytesOf('GIF8'), message: 'This is a GIF image, not text.' },
  { magic: bytesOf('WEBP'), at: 8, message: 'This is a WebP image, not text.' },
  { magic: [0x49, 0x49, 0x2a, 0x00], message: 'This is a TIFF image, not text.' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], message: 'This is a TIFF image, not text.' },
  { magic: [0x1f, 0x8b], message: 'This is a gzip-compressed file, not text; unpack it first.' },
  { magic: bytesOf('7z'), message: 'This is a 7-Zip archive, not text; unpack it first.' },
  { magic: bytesOf('Rar!'), message: 'This is a RAR archive, not text; unpack it first.' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], message: 'This is a program (ELF executable), not text.' },
]

const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml', 'shtml', 'mhtml'])
const MD_EXTENSIONS = new Set(['md', 'markdown', 'mdown', 'mkd'])
const HTML_START = /^(?:<\?xml[^>]{0,200}>\s*)?(?:<!--[\s\S]{0,2000}?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])/i
const HTML_TAG = /<(?:p|div|body|head|title|meta|article|span|a|br|h[1-6])[\s>/]/i

/**
 * Decides the format of a file from its bytes, then its name.
 * @throws IngestError 'empty' for a 0-byte file, 'binary' for PDFs, archives, images and other
 *   non-text data, 'unsupported' for text formats we cannot read yet (RTF).
 */
export function sniffFormat(name: string, bytes: Uint8Array): 'txt' | 'md' | 'html' {
  if (bytes.length === 0) throw new IngestError('empty', 'The file is empty.')

  for (const sig of SIGNATURES) {
    if (startsWith(bytes, sig.magic, sig.at ?? 0)) throw new IngestError('binary', sig.message)
  }

  const bom = sniffBom(bytes)
  const utf16 = bom?.encoding.startsWith('utf-16') ? bom.encoding : guessBomlessUtf16(bytes)
  if (!utf16 && looksBinary(bytes)) throw new IngestError('binary', 'The file holds binary data, not text.')

  const head = asciiHead(bytes, utf16, bom?.length ?? 0)
  if (/^\s*\{\\rtf/.test(head)) {
    throw new IngestError('unsupported', 'This is an RTF document; RTF import is not supported yet. Save it as .txt.')
  }

  const ext = extensionOf(name)
  if (HTML_START.test(head.trimStart())) return 'html'
  // An .html file with no tags in its first kilobytes is text that was merely named .html.
  if (HTML_EXTENSIONS.has(ext)) return HTML_TAG.test(head) ? 'html' : 'txt'
  if (MD_EXTENSIONS.has(ext)) return 'md'
  return 'txt'
}

/**
 * Text files hold no NUL bytes and few control characters; anything else is binary. Only the
 * first 64 KB are read, which is enough and keeps 20 MB files fast.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024)
  let nul = 0
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number
    if (b === 0) nul++
    // tab, LF, VT, FF, CR and ESC turn up in real text files; other C0 controls do not.
    else if ((b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 27) || b === 0x7f) control++
  }
  return nul > Math.max(1, n / 1000) || control > n * 0.1 || (n < 64 && nul > 0)
}

/** The lower-case extension of a file name, without the dot ('' when there is none). */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

/** The first few kilobytes as ASCII-ish text, enough to look for tags. */
function asciiHead(bytes: Uint8Array, utf16: string | null, skip: number): string {
  let s = ''
  if (utf16) {
    const lo = utf16 === 'utf-16le' ? 0 : 1
    for (let i = skip; i + 1 < bytes.length && s.length < 4096; i += 2) {
      const hi = bytes[i + 1 - lo] as number
      const b = bytes[i + lo] as number
      s += hi === 0 ? String.fromCharCode(b) : ' '
    }
    return s
  }
  const end = Math.min(bytes.length, skip + 4096)
  for (let i = skip; i < end; i++) s += String.fromCharCode(bytes[i] as number)
  return s
}

function startsWith(bytes: Uint8Array, magic: readonly number[], at: number): boolean {
  if (bytes.length < at + magic.length) return false
  for (let i = 0; i < magic.length; i++) if (bytes[at + i] !== magic[i]) return false
  return true
}

function bytesOf(ascii: string): number[] {
  return Array.from(ascii, (c) => c.charCodeAt(0))
}

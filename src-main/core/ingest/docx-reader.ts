/**
 * Word documents through mammoth: the paragraphs' text, one per line, then the plain-text rules
 * (title line, date line, byline, boilerplate tail) as for a .txt file.
 */
import mammoth from 'mammoth'
import { cleanPlainText } from './plain-cleaner'
import type { Reading } from './reading'
import { IngestError } from './types'

/** Reads a .docx file. @throws IngestError 'corrupt' when the archive or its XML is damaged. */
export async function readDocx(bytes: Uint8Array): Promise<Reading> {
  let result: { value: string; messages: Array<{ type: string; message: string }> }
  try {
    result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })
  } catch (error) {
    throw new IngestError(
      'corrupt',
      `This Word document is damaged and cannot be read (${error instanceof Error ? error.message : String(error)}).`,
    )
  }
  // mammoth separates paragraphs with a blank line; one line per paragraph is what the cleaners expect.
  const rawText = result.value.replace(/\r\n?/g, '\n').replace(/\n{2,}/g, '\n').trim()
  const { removed, hints } = cleanPlainText(rawText, 'txt')
  const warnings = result.messages.filter((m) => m.type === 'error').map((m) => `Part of the document was skipped: ${m.message}`)
  return { rawText, removed, hints, warnings }
}

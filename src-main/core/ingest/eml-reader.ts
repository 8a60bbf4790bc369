/**
 * E-mails (.eml): a newsletter or a forwarded article. The body is read as HTML when the mail has
 * an HTML part, else as text; subject, sender and date become title, outlet and date. In a
 * forwarded mail the forwarded header block is removed as metadata and its own From, Date and
 * Subject describe the article better than the forwarder's.
 */
import { simpleParser } from 'mailparser'
import { splitLines } from './blocks'
import { isoDateOf } from './dates'
import { readHtml } from './html-reader'
import { emptyHints } from './metadata'
import { cleanLines } from './plain-cleaner'
import type { Reading } from './reading'
import { IngestError, type RemovedKind } from './types'

const FORWARD_MARKER = /^-{2,}\s*(?:forwarded message|original message|weitergeleitete nachricht|message transféré|mensaje reenviado)\s*-{2,}$/i
const HEADER_LINE = /^(from|von|de|date|datum|sent|subject|betreff|objet|asunto|to|an|à|para|cc)\s*:\s*(.*)$/i

/** Reads an e-mail. @throws IngestError 'corrupt' when the message cannot be parsed. */
export async function readEml(bytes: Uint8Array): Promise<Reading> {
  let mail: Awaited<ReturnType<typeof simpleParser>>
  try {
    mail = await simpleParser(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      skipImageLinks: true,
      skipTextLinks: true,
    })
  } catch (error) {
    throw new IngestError('corrupt', `This e-mail cannot be read (${error instanceof Error ? error.message : String(error)}).`)
  }
  const warnings: string[] = []
  let reading: Reading
  const preRemoved = new Map<number, RemovedKind>()
  const forwarded = { from: null as string | null, date: null as string | null, subject: null as string | null }
  if (typeof mail.html === 'string' && mail.html.trim() !== '') {
    const page = readHtml(mail.html)
    reading = { rawText: page.rawText, removed: page.removed, hints: page.hints, warnings: page.warnings }
  } else {
    const rawText = (mail.text ?? '').replace(/\r\n?/g, '\n').trim()
    const lines = splitLines(rawText)
    markForwardBlock(lines, preRemoved, forwarded)
    const result = cleanLines(rawText, lines, { preRemoved, findTitleLine: !forwarded.subject && !mail.subject })
    reading = { rawText, removed: result.removed, hints: result.hints, warnings }
  }
  const hints = reading.hints ?? emptyHints()
  const subject = forwarded.subject ?? mail.subject ?? null
  if (subject) {
    hints.title = subject.replace(/^(?:\s*(?:fwd?|fw|re|aw|wg|tr)\s*:\s*)+/i, '').trim()
    hints.titleMayHaveSuffix = true
  }
  const sender = forwarded.from ?? mail.from?.value[0]?.name ?? mail.from?.value[0]?.address ?? null
  if (sender) hints.outlet = senderName(sender)
  const date = isoDateOf(forwarded.date) ?? (mail.date ? mail.date.toISOString().slice(0, 10) : null)
  if (date) hints.dates.unshift(date)
  return { ...reading, hints }
}

/** Marks a "Forwarded message" block and the header lines under it; records what they say. */
function markForwardBlock(
  lines: ReturnType<typeof splitLines>,
  preRemoved: Map<number, RemovedKind>,
  found: { from: string | null; date: string | null; subject: string | null },
): void {
  const start = lines.findIndex((l) => FORWARD_MARKER.test(l.text))
  if (start < 0) return
  preRemoved.set(start, 'metadata')
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] as (typeof lines)[number]
    if (line.text === '') {
      if (i > start + 1) break
      continue
    }
    const m = HEADER_LINE.exec(line.text)
    if (!m) break
    preRemoved.set(line.index, 'metadata')
    const key = (m[1] as string).toLowerCase()
    const value = (m[2] as string).trim()
    if (['from', 'von', 'de'].includes(key)) found.from = value
    else if (['date', 'datum', 'sent'].includes(key)) found.date = value
    else if (['subject', 'betreff', 'objet', 'asunto'].includes(key)) found.subject = value
  }
}

/** "Harbour Wire <news@harbourwire.example>" -> "Harbour Wire"; a bare address -> its domain. */
function senderName(from: string): string {
  const name = from.replace(/<[^>]*>/g, '').replace(/["']/g, '').trim()
  if (name && !name.includes('@')) return name
  const address = /[^\s<@]+@([^\s>]+)/.exec(from)
  return address ? (address[1] as string).replace(/^(?:mail|news|newsletter|info)\./i, '') : from.trim()
}

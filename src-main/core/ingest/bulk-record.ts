/**
 * One record of a bulk file to an article. Columns are mapped by their header names (many
 * spellings: "headline", "body", "link", "pubDate", "source"...); the text is read as HTML when it
 * is markup, else by the plain-text rules, so boilerplate and spam are found as in a file.
 */
import Papa from 'papaparse'
import { isoDateOf } from './dates'
import { readHtml } from './html-reader'
import { emptyHints } from './metadata'
import { cleanPlainText } from './plain-cleaner'
import type { Reading } from './reading'
import { IngestError, type BulkFormat } from './types'

type Field = 'title' | 'text' | 'url' | 'date' | 'outlet' | 'author' | 'language'

/** Header names (lower case, letters and digits only) for each field, best first. */
const FIELD_NAMES: Readonly<Record<Field, readonly string[]>> = {
  title: ['title', 'headline', 'heading', 'name', 'subject', 'articletitle'],
  text: ['text', 'body', 'content', 'articlebody', 'fulltext', 'article', 'story', 'maintext', 'contenttext', 'bodytext', 'html', 'description', 'summary'],
  url: ['url', 'link', 'canonicalurl', 'canonical', 'sourceurl', 'articleurl', 'href', 'permalink', 'uri'],
  date: ['publishedat', 'published', 'date', 'pubdate', 'publicationdate', 'datepublished', 'publishdate', 'publisheddate', 'datetime', 'created', 'createdat', 'time', 'timestamp'],
  outlet: ['outlet', 'source', 'publisher', 'sitename', 'site', 'publication', 'media', 'newspaper', 'domain', 'sourcename'],
  author: ['author', 'authors', 'byline', 'creator', 'by', 'writer'],
  language: ['language', 'lang', 'locale'],
}

/** The fields of one record, mapped by header name. */
export type RecordFields = Partial<Record<Field, string>>

/** Reads the fields of a record's source text. @throws IngestError 'parse_failed' for malformed records. */
export function recordFields(text: string, format: BulkFormat, header?: readonly string[], delimiter?: string): RecordFields {
  let values: Record<string, unknown>
  if (format === 'csv') {
    const row = Papa.parse<string[]>(text, { header: false, ...(delimiter ? { delimiter } : {}) }).data[0] ?? []
    const names = header ?? []
    if (row.length !== names.length) {
      throw new IngestError('parse_failed', `The row has ${row.length} fields but the header has ${names.length}.`)
    }
    values = Object.fromEntries(names.map((n, i) => [n, row[i]]))
  } else {
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch (error) {
      throw new IngestError('parse_failed', `The record is not valid JSON (${error instanceof Error ? error.message : String(error)}).`)
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new IngestError('parse_failed', 'The record is not a JSON object with named fields.')
    }
    values = parsed as Record<string, unknown>
  }
  const byKey = new Map<string, string>()
  for (const [name, value] of Object.entries(values)) {
    const v = stringOf(value)
    if (v !== null) byKey.set(name.toLowerCase().replace(/[^a-z0-9]/g, ''), v)
  }
  const fields: RecordFields = {}
  for (const field of Object.keys(FIELD_NAMES) as Field[]) {
    for (const name of FIELD_NAMES[field]) {
      const v = byKey.get(name)
      if (v !== undefined && v.trim() !== '') {
        fields[field] = v
        break
      }
    }
  }
  return fields
}

/** A record read like a file: its text cleaned, its columns as the strongest metadata hints. */
export function readRecord(fields: RecordFields): Reading {
  const text = fields.text?.replace(/\r\n?/g, '\n') ?? ''
  if (text.trim() === '') {
    throw new IngestError('no_text', 'The record has no article text (no "text", "body" or "content" column).')
  }
  let reading: Reading
  if (/<(?:p|div|br|article|html|body|span|h[1-6])[\s>/]/i.test(text.slice(0, 4096))) {
    const page = readHtml(text)
    reading = { rawText: page.rawText, removed: page.removed, hints: page.hints, warnings: page.warnings }
  } else {
    const rawText = fields.title ? `${fields.title.trim()}\n\n${text.trim()}` : text.trim()
    const result = cleanPlainText(rawText, 'txt')
    reading = { rawText, removed: result.removed, hints: result.hints, warnings: [] }
  }
  const hints = reading.hints ?? emptyHints()
  if (fields.title) {
    hints.title = fields.title.trim()
    hints.titleMayHaveSuffix = true
  }
  if (fields.outlet) hints.outlet = fields.outlet.trim()
  if (fields.author) hints.author = fields.author.trim()
  if (fields.url) hints.urls.unshift(fields.url.trim())
  const date = isoDateOf(fields.date ?? null) ?? epochDate(fields.date)
  if (date) hints.dates.unshift(date)
  if (fields.language) hints.language = /^[a-z]{2,3}\b/i.exec(fields.language.trim())?.[0].toLowerCase() ?? hints.language
  return { ...reading, hints }
}

function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (Array.isArray(value)) {
    const parts = value.map(stringOf).filter((v): v is string => v !== null)
    return parts.length ? parts.join(', ') : null
  }
  if (value && typeof value === 'object') {
    const name = (value as Record<string, unknown>)['name']
    return typeof name === 'string' ? name : null
  }
  return null
}

/** Unix timestamps (seconds or milliseconds) as exports often hold them. */
function epochDate(value: string | undefined): string | null {
  if (!value || !/^\d{9,13}$/.test(value.trim())) return null
  const n = Number(value)
  const ms = n < 1e11 ? n * 1000 : n
  return isoDateOf(new Date(ms).toISOString())
}

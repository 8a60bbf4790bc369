/** Display helpers shared by the library and the reader. Pure; no React. */

const numberFormat = new Intl.NumberFormat()

export function formatCount(n: number): string {
  return numberFormat.format(n)
}

/** "1 article", "2,345 articles". */
export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`
}

/** A published date as given (ISO, unambiguous across locales), or an em dash. */
export function formatDate(iso: string | null): string {
  if (iso === null || iso === '') return '—'
  return iso.length > 10 && /^\d{4}-\d{2}-\d{2}T/.test(iso) ? formatTimestamp(iso) : iso
}

/** An import timestamp in local time: "2024-05-01 14:03". */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

let languageNames: Intl.DisplayNames | null | undefined

/** "English (en)" where the runtime knows the code, else the code itself. */
export function formatLanguage(code: string | null): string {
  if (code === null || code === '') return 'Unknown'
  if (languageNames === undefined) {
    try {
      languageNames = new Intl.DisplayNames(undefined, { type: 'language' })
    } catch {
      languageNames = null
    }
  }
  try {
    const name = languageNames?.of(code)
    return name !== undefined && name !== code ? `${name} (${code})` : code
  } catch {
    return code
  }
}

/** Megabytes with one decimal, for size limits: "20 MB", "31.4 MB". */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024)
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`
}

/**
 * Publication dates as scraped pages print them, in the languages analysts meet most. A small
 * month-name table covers far more ground than a date library would, and stays offline.
 */

const MONTH_NAMES: Record<number, readonly string[]> = {
  1: ['january', 'jan', 'januari', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro'],
  2: ['february', 'feb', 'februari', 'februar', 'février', 'fevrier', 'févr', 'fevr', 'febrero', 'febbraio', 'fevereiro',
    'fev'],
  3: ['march', 'mar', 'maret', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco', 'maart', 'mrt'],
  4: ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  5: ['may', 'mei', 'mai', 'mayo', 'maggio', 'mag', 'maio'],
  6: ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho'],
  7: ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho'],
  8: ['august', 'aug', 'agustus', 'agu', 'août', 'aout', 'agosto', 'ago', 'augustus'],
  9: ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set', 'setembro'],
  10: ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out'],
  11: ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  12: ['december', 'dec', 'desember', 'des', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic',
    'dicembre', 'dezembro'],
}

const MONTHS: ReadonlyMap<string, number> = new Map(
  Object.entries(MONTH_NAMES).flatMap(([n, names]) => names.map((name) => [name, Number(n)] as [string, number])),
)

/** Words that may stand beside a date on a date line without making it prose. */
const DATE_LINE_WORDS = new Set([
  // weekdays
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu',
  'thurs', 'fri', 'sat', 'sun', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'montag',
  'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'lundi', 'mardi', 'mercredi', 'jeudi',
  'vendredi', 'samedi', 'dimanche', 'lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado',
  'sabado', 'domingo', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'segunda-feira',
  'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'maandag', 'dinsdag', 'woensdag', 'donderdag',
  'vrijdag', 'zaterdag', 'zondag',
  // "published / updated on ... at ..."
  'published', 'updated', 'posted', 'last', 'modified', 'on', 'at', 'am', 'pm', 'a.m', 'p.m', 'date', 'utc', 'gmt',
  'z', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'cet', 'cest', 'bst', 'wib', 'wita', 'wit', 'kst', 'jst', 'msk',
  'diterbitkan', 'diperbarui', 'dipublikasikan', 'tanggal', 'pukul', 'veröffentlicht', 'aktualisiert', 'um', 'uhr',
  'datum', 'publié', 'publie', 'le', 'mis', 'à', 'a', 'jour', 'h', 'publicado', 'actualizado', 'el', 'fecha', 'las',
  'pubblicato', 'aggiornato', 'il', 'alle', 'ore', 'atualizado', 'em', 'às', 'gepubliceerd', 'bijgewerkt', 'op',
  'om', 'de', 'del', 'du',
])

const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/
const ISO_G = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g
const DAY_MONTH_YEAR =
  /(?<![\p{L}\p{N}])(\d{1,2})(?:\.|st|nd|rd|th|er|º)?\s{1,3}(?:de\s{1,3})?(\p{L}{3,12})\.?,?\s{1,3}(?:de\s{1,3})?(\d{4})(?!\d)/gu
const MONTH_DAY_YEAR = /(?<![\p{L}\p{N}])(\p{L}{3,12})\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})(?!\d)/gu
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/g
const TIME = /(?<!\d)\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:\s?[ap]\.?m\.?)?(?!\d)/giu

export interface FoundDate {
  /** YYYY-MM-DD */
  iso: string
  index: number
  length: number
}

/**
 * The first complete date (day, month and year) in `text`. Years without a day ("in April
 * 2019") are not dates of publication and are ignored.
 */
export function findDate(text: string): FoundDate | null {
  if (text.length > 2000) text = text.slice(0, 2000)
  let best: FoundDate | null = null
  const scan = (re: RegExp, pick: (m: RegExpExecArray) => [number, number | undefined, number]): void => {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (best && m.index >= best.index) return
      const [year, month, day] = pick(m)
      const iso = month === undefined ? null : toIso(year, month, day)
      if (iso) {
        best = { iso, index: m.index, length: m[0].length }
        return
      }
    }
  }
  scan(ISO_G, (m) => [Number(m[1]), Number(m[2]), Number(m[3])])
  scan(DAY_MONTH_YEAR, (m) => [Number(m[3]), monthOf(m[2] as string), Number(m[1])])
  scan(MONTH_DAY_YEAR, (m) => [Number(m[3]), monthOf(m[1] as string), Number(m[2])])
  scan(DOTTED, (m) => [Number(m[3]), Number(m[2]), Number(m[1])])
  return best
}

/**
 * The date when `line` is a date line: a date with at most weekday names, times, time zones and
 * words like "Published" or "Updated" around it ("Senin, 17 Juni 2024", "2024-06-17 20:31:00Z",
 * "Published June 17, 2024 at 5:00 pm ET"). Null for prose that merely mentions a date.
 */
export function dateLine(line: string): string | null {
  if (line.length > 120) return null
  const found = findDate(line)
  if (!found) return null
  const rest = (line.slice(0, found.index) + ' ' + line.slice(found.index + found.length))
    .replace(/T?\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g, ' ')
    .replace(TIME, ' ')
    .toLowerCase()
  const words = rest.split(/[\s,;|()[\]/–—-]+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
  const strangers = words.filter((w) => w !== '' && !DATE_LINE_WORDS.has(w))
  return strangers.length <= 1 && strangers.every((w) => w.length <= 12) ? found.iso : null
}

/** Normalises a machine date ("2024-06-17T20:31:00Z", "2024-06-17") to YYYY-MM-DD, or null. */
export function isoDateOf(value: string | null | undefined): string | null {
  if (!value) return null
  const m = ISO.exec(value)
  if (m) return toIso(Number(m[1]), Number(m[2]), Number(m[3]))
  return findDate(value)?.iso ?? null
}

function monthOf(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase())
}

function toIso(year: number, month: number, day: number): string | null {
  if (year < 1970 || year > 2100 || month < 1 || month > 12 || day < 1) return null
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > daysInMonth) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

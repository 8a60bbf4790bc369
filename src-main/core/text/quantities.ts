/**
 * Quantities in English news prose, normalised to a value and a unit: "4.8m shells" is
 * 4,800,000 shell, "about 6,700 containers" is 6,700 container (approximate), "millions of
 * rounds" is the range 1,000,000 to 1,000,000,000 shell. Pure string code: no model, no network.
 */

import type { Quantity, QuantityQualifier } from './quantity-types'

export type { Quantity, QuantityQualifier } from './quantity-types'

const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
}

const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
}

/** Plural scale words that name a range, not a figure ("millions of rounds"). */
const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 100],
  scores: [40, 200],
  hundreds: [200, 1000],
  thousands: [2000, 1e6],
  'tens of thousands': [20_000, 100_000],
  'hundreds of thousands': [200_000, 1e6],
  millions: [2e6, 1e9],
  billions: [2e9, 1e12],
}

/** Hedges before a figure, longest first so "no more than" wins over "more than". */
const QUALIFIERS: Array<[string, QuantityQualifier]> = [
  ['no more than', 'at_most'], ['not more than', 'at_most'], ['a maximum of', 'at_most'], ['at most', 'at_most'],
  ['fewer than', 'fewer_than'], ['less than', 'fewer_than'], ['under', 'fewer_than'], ['below', 'fewer_than'],
  ['more than', 'more_than'], ['over', 'more_than'], ['upwards of', 'more_than'], ['in excess of', 'more_than'],
  ['at least', 'at_least'], ['a minimum of', 'at_least'], ['no fewer than', 'at_least'], ['no less than', 'at_least'],
  ['up to', 'up_to'], ['as many as', 'up_to'], ['as much as', 'up_to'], ['nearly', 'up_to'], ['almost', 'up_to'],
  ['shortly before', 'shortly_before'], ['just before', 'shortly_before'],
  ['shortly after', 'shortly_after'], ['just after', 'shortly_after'],
  ['about', 'about'], ['around', 'about'], ['approximately', 'about'], ['roughly', 'about'], ['some', 'about'],
  ['an estimated', 'about'], ['estimated', 'about'], ['close to', 'about'], ['circa', 'about'], ['c.', 'about'],
]

const MILE = 1.609344
const NAUTICAL_MILE = 1.852
const FOOT = 0.3048
const YARD = 0.9144
const US_GALLON = 3.785411784
const IMPERIAL_GALLON = 4.54609
const SQUARE_MILE = MILE * MILE
const ACRE = 0.0040468564224

/** Measurement units, written form -> canonical unit (and a factor into it). */
const UNITS: Record<string, [string, number]> = {
  '%': ['%', 1], percent: ['%', 1], 'per cent': ['%', 1], pct: ['%', 1],
  t: ['t', 1], tonne: ['t', 1], tonnes: ['t', 1], ton: ['t', 1], tons: ['t', 1], 'metric tons': ['t', 1],
  kg: ['kg', 1], kilogram: ['kg', 1], kilograms: ['kg', 1], kilogrammes: ['kg', 1],
  km: ['km', 1], kilometre: ['km', 1], kilometres: ['km', 1], kilometer: ['km', 1], kilometers: ['km', 1],
  // Imperial and nautical measures fold into the metric unit they are compared with.
  mile: ['km', MILE], miles: ['km', MILE], 'nautical mile': ['km', NAUTICAL_MILE], 'nautical miles': ['km', NAUTICAL_MILE],
  nm: ['km', NAUTICAL_MILE],
  metre: ['m', 1], metres: ['m', 1], meter: ['m', 1], meters: ['m', 1],
  foot: ['m', FOOT], feet: ['m', FOOT], ft: ['m', FOOT], yard: ['m', YARD], yards: ['m', YARD], yd: ['m', YARD], yds: ['m', YARD],
  mm: ['mm', 1], millimetre: ['mm', 1], millimetres: ['mm', 1], cm: ['cm', 1], inch: ['mm', 25.4], inches: ['mm', 25.4],
  litre: ['l', 1], litres: ['l', 1], liter: ['l', 1], liters: ['l', 1], barrel: ['barrel', 1], barrels: ['barrel', 1],
  gallon: ['l', US_GALLON], gallons: ['l', US_GALLON], 'imperial gallon': ['l', IMPERIAL_GALLON], 'imperial gallons': ['l', IMPERIAL_GALLON],
  'cubic metre': ['m3', 1], 'cubic metres': ['m3', 1], 'cubic meter': ['m3', 1], 'cubic meters': ['m3', 1], m3: ['m3', 1], 'm³': ['m3', 1],
  'square kilometre': ['km2', 1], 'square kilometres': ['km2', 1], 'square kilometer': ['km2', 1], 'square kilometers': ['km2', 1],
  'sq km': ['km2', 1], km2: ['km2', 1], 'km²': ['km2', 1], 'square mile': ['km2', SQUARE_MILE], 'square miles': ['km2', SQUARE_MILE],
  'sq miles': ['km2', SQUARE_MILE], 'sq mi': ['km2', SQUARE_MILE], hectare: ['km2', 0.01], hectares: ['km2', 0.01], ha: ['km2', 0.01],
  acre: ['km2', ACRE], acres: ['km2', ACRE],
  'square metre': ['m2', 1], 'square metres': ['m2', 1], 'square meter': ['m2', 1], 'square meters': ['m2', 1], 'sq m': ['m2', 1],
  m2: ['m2', 1], 'm²': ['m2', 1], 'square foot': ['m2', FOOT * FOOT], 'square feet': ['m2', FOOT * FOOT], 'sq ft': ['m2', FOOT * FOOT],
  knot: ['knot', 1], knots: ['knot', 1],
  second: ['second', 1], seconds: ['second', 1], minute: ['minute', 1], minutes: ['minute', 1],
  hour: ['hour', 1], hours: ['hour', 1], day: ['day', 1], days: ['day', 1], week: ['week', 1], weeks: ['week', 1],
  month: ['month', 1], months: ['month', 1], year: ['year', 1], years: ['year', 1],
  decade: ['year', 10], decades: ['year', 10], century: ['year', 100], centuries: ['year', 100],
}

/** Nouns that name the same thing to an analyst comparing figures. */
const UNIT_SYNONYMS: Record<string, string> = {
  person: 'people', folk: 'people', resident: 'people', inhabitant: 'people', individual: 'people', civilian: 'people',
  'crew member': 'crew', sailor: 'crew', seafarer: 'crew',
  round: 'shell', munition: 'shell', ammunition: 'shell', 'artillery shell': 'shell',
  'shipping container': 'container', 'delivery container': 'container',
  dollar: 'USD', euro: 'EUR', pound: 'GBP',
}

const CURRENCY: Record<string, string> = { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' }

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
])

/** Words that end the noun phrase after a figure: its head noun comes before them. */
const PHRASE_STOP = new Set([
  'of', 'to', 'from', 'in', 'on', 'at', 'for', 'with', 'by', 'that', 'which', 'who', 'and', 'or', 'but', 'than',
  'as', 'were', 'was', 'are', 'is', 'have', 'has', 'had', 'could', 'would', 'will', 'may', 'might', 'be', 'been',
  'being', 'the', 'a', 'an', 'this', 'these', 'those', 'their', 'its', 'his', 'her', 'said', 'per', 'into', 'since',
  'after', 'before', 'ago', 'each', 'over', 'under', 'while', 'when', 'where', 'if', 'not', 'he', 'she', 'they', 'we',
  'it', 'i', 'you', 'should', 'did', 'do', 'does', 'according', 'between', 'among', 'across', 'about', 'around',
])

/** Plural nouns that do not end in -s. */
const IRREGULAR_PLURAL = new Set(['people', 'folk', 'men', 'women', 'children', 'personnel', 'crew', 'staff', 'police', 'troops',
  'ammunition', 'cattle', 'aircraft', 'fish', 'sheep', 'livestock'])

/** Words after which "rounds of" / "pieces of" name a measure, not the thing counted. */
const MEASURE_WORDS = new Set(['rounds', 'pieces', 'units', 'items', 'batches', 'loads', 'crates', 'boxes'])

// A figure: digits with thousands separators and decimals, or a (compound) number word.
const NUMBER_WORDS = Object.keys(SMALL).join('|')
const FIGURE = new RegExp(
  String.raw`(?:(?<cur>US\$|[$€£¥])\s?)?(?:(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?<word>\b(?:${NUMBER_WORDS})(?:[-\s](?:${NUMBER_WORDS}))?\b)|(?<vague>\b(?:tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|millions|billions)\b))`,
  'giu',
)

interface Scan {
  text: string
  lower: string
}

/** Every quantity in `text`, in order of appearance. */
export function extractQuantities(text: string): Quantity[] {
  const scan: Scan = { text, lower: text.toLowerCase() }
  const out: Quantity[] = []
  let lastEnd = 0
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index
    if (start < lastEnd) continue
    const q = readQuantity(scan, m, start)
    if (q) {
      out.push(q)
      lastEnd = q.end
    }
  }
  return out
}

function readQuantity(s: Scan, m: RegExpExecArray | RegExpMatchArray, matchStart: number): Quantity | null {
  const g = m.groups ?? {}
  const matchEnd = matchStart + m[0].length
  const numStart = matchStart + m[0].length - (g.num ?? g.word ?? g.vague ?? '').length
  if (g.num !== undefined && !standsAlone(s.text, numStart, matchEnd)) return null

  let value: number
  let min: number | undefined
  let max: number | undefined
  let qualifier: QuantityQualifier = 'exact'
  let end = matchEnd
  let unit: string | null = null
  let factor = 1
  let converted = false
  const currency = g.cur ? CURRENCY[g.cur] : undefined

  if (g.vague !== undefined) {
    const range = VAGUE[g.vague.toLowerCase()]
    if (!range) return null
    ;[min, max] = range
    value = min
    qualifier = 'vague'
    const rest = /^\s+(?:and\s+\w+\s+)?of\b/iu.exec(s.text.slice(end))
    if (!rest && !currency) return null
    if (rest) end += rest[0].length
  } else if (g.word !== undefined) {
    value = wordValue(g.word)
    if (!Number.isFinite(value)) return null
  } else {
    value = Number((g.num ?? '').replace(/,/gu, ''))
  }

  const time = militaryTime(s, g.num, end) ?? oClock(s, value, end)
  if (time) return finish(s, matchStart, time.end, time.minutes, 'time', qualifierBefore(s, matchStart))

  // Time of day: "04:40", "4 a.m.", "10.30pm".
  const clock = /^(?::(\d{2}))?\s?(?:(a\.?m\.?|p\.?m\.?)(?=\W|$))?/iu.exec(s.text.slice(end))
  // "10.30pm": a dot between hours and minutes, only when am/pm follows.
  const dotted = g.num !== undefined && /^\d{1,2}\.\d{2}$/u.test(g.num) && clock?.[2] !== undefined
  if (g.num !== undefined && clock && (clock[1] !== undefined || clock[2] !== undefined) && value <= 24) {
    const minutes = clock[1] !== undefined ? Number(clock[1]) : dotted ? Number(g.num.slice(-2)) : 0
    let hours = dotted ? Math.floor(value) : value
    if (clock[2] && /^p/iu.test(clock[2]) && hours < 12) hours += 12
    if (clock[2] && /^a/iu.test(clock[2]) && hours === 12) hours = 0
    if (minutes < 60 && Number.isInteger(hours)) {
      end += clock[0].replace(/\s+$/u, '').length
      return finish(s, matchStart, end, hours * 60 + minutes, 'time', qualifierBefore(s, matchStart))
    }
  }

  // Scale: "4.8m", "3 million", "$2bn".
  if (g.vague === undefined) {
    const scale = /^(?:\s?(million|billion|trillion|thousand|mln|mn|bn|tn)\b|(m|bn|b|k)\b(?![.-]\w))/iu.exec(s.text.slice(end))
    const word = scale ? (scale[1] ?? scale[2] ?? '').toLowerCase() : ''
    if (scale && word) {
      const attachedM = word === 'm' && !scale[1]
      // "4.8m shells" is 4.8 million; "a 183m tanker" is 183 metres.
      if (!attachedM || currency || !Number.isInteger(value) || looksPlural(nextWord(s.text, end + scale[0].length))) {
        value *= SCALES[word] ?? 1
        end += scale[0].length
      } else {
        unit = 'm'
        end += scale[0].length
      }
    }
  }

  if (unit === null && currency) unit = currency
  if (unit === null) {
    const head = unitAfter(s, end)
    if (head) {
      unit = head.unit
      factor = head.factor
      converted = head.converted
      end = head.end
    }
  }
  if (unit === null) {
    // A bare four-digit figure next to "in", "since", a month or alone is a calendar year.
    if (g.num !== undefined && /^\d{4}$/u.test(g.num) && value >= 1800 && value <= 2100) unit = 'calendar year'
    else if (g.num !== undefined && isDayOfMonth(s, numStart, end)) return null
    else if (g.num === undefined && g.vague === undefined) return null
    else unit = ''
  }
  if (qualifier !== 'vague') qualifier = qualifierBefore(s, matchStart)
  const q = finish(s, matchStart, end, value * factor, unit, qualifier)
  if (converted) q.converted = true
  if (min !== undefined && max !== undefined) {
    q.min = min * factor
    q.max = max * factor
  }
  q.start = qualifierStart(s, matchStart, q.qualifier)
  q.text = s.text.slice(q.start, q.end)
  return q
}

/** "0410 GMT", "2300 hrs", "0600Z": four digits read as hours and minutes when a time zone or "hrs" follows. */
function militaryTime(s: Scan, num: string | undefined, end: number): { minutes: number; end: number } | null {
  if (num === undefined || !/^\d{4}$/u.test(num)) return null
  const zone = /^\s?(?:GMT|UTC|Z|hrs|hours|h)\b(?!\s+of\b)/u.exec(s.text.slice(end))
  const hours = Number(num.slice(0, 2))
  const minutes = Number(num.slice(2))
  if (!zone || hours > 23 || minutes > 59) return null
  return { minutes: hours * 60 + minutes, end: end + zone[0].length }
}

/** "4 o'clock", "four o'clock in the afternoon": hours on the dial, moved past noon when the text says so. */
function oClock(s: Scan, value: number, end: number): { minutes: number; end: number } | null {
  const m = /^\s?o['’]clock(?:\s+(?:in the (morning|afternoon|evening)|at (night)))?/iu.exec(s.text.slice(end))
  if (!m || !Number.isInteger(value) || value < 1 || value > 12) return null
  const later = m[1] === 'afternoon' || m[1] === 'evening' || (m[2] === 'night' && value >= 6)
  const hours = later && value < 12 ? value + 12 : !later && value === 12 && m[1] === 'morning' ? 0 : value
  return { minutes: hours * 60, end: end + m[0].length }
}

function finish(s: Scan, start: number, end: number, value: number, unit: string, qualifier: QuantityQualifier): Quantity {
  const realStart = qualifierStart(s, start, qualifier)
  return {
    value: round(value),
    unit,
    text: s.text.slice(realStart, end),
    start: realStart,
    end,
    approximate: qualifier !== 'exact',
    qualifier,
  }
}

/** Twelve significant digits: float noise goes, small converted areas ("2 acres" in km²) stay. */
function round(v: number): number {
  return v === 0 ? 0 : Number(v.toPrecision(12))
}

/** A figure glued to letters ("COVID-19", "G7", "F-16") is a name, not a quantity. */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start)
  if (/\p{L}$/u.test(before) || /\p{L}-$/u.test(before)) return false
  const after = text[end]
  return !(after !== undefined && /\d/u.test(after))
}

function wordValue(word: string): number {
  const parts = word.toLowerCase().split(/[-\s]/u)
  if (parts.length === 2) {
    const [a, b] = [SMALL[parts[0] ?? ''], SMALL[parts[1] ?? '']]
    if (a === undefined || b === undefined) return NaN
    if (b === 100) return a * 100
    if (a >= 20 && a % 10 === 0 && b < 10) return a + b
    return NaN
  }
  return SMALL[parts[0] ?? ''] ?? NaN
}

function qualifierBefore(s: Scan, start: number): QuantityQualifier {
  const before = s.lower.slice(Math.max(0, start - 24), start).replace(/\s+$/u, '')
  for (const [phrase, q] of QUALIFIERS) {
    if (before.endsWith(phrase) && !/[\p{L}]/u.test(before[before.length - phrase.length - 1] ?? ' ')) return q
  }
  return 'exact'
}

function qualifierStart(s: Scan, start: number, q: QuantityQualifier): number {
  if (q === 'exact' || q === 'vague') return start
  const before = s.lower.slice(Math.max(0, start - 24), start)
  const trimmed = before.replace(/\s+$/u, '')
  for (const [phrase, qq] of QUALIFIERS) {
    if (qq === q && trimmed.endsWith(phrase)) return start - (before.length - trimmed.length) - phrase.length
  }
  return start
}

function nextWord(text: string, from: number): string {
  return /^\s*([\p{L}-]+)/u.exec(text.slice(from))?.[1]?.toLowerCase() ?? ''
}

function looksPlural(word: string): boolean {
  return IRREGULAR_PLURAL.has(word) || (/[^s]s$/u.test(word) && word.length > 3)
}

function isDayOfMonth(s: Scan, start: number, end: number): boolean {
  const before = /([\p{L}]+)\.?\s*$/u.exec(s.lower.slice(Math.max(0, start - 12), start))?.[1] ?? ''
  const after = nextWord(s.lower, end)
  return MONTHS.has(before) || MONTHS.has(after)
}

interface Head {
  unit: string
  factor: number
  /** Read in another unit and converted ("12 miles" in km): the figure carries the original's rounding. */
  converted: boolean
  end: number
}

/** The unit after a figure: a measurement ("12 km", "183-metre") or the head noun of what is counted. */
function unitAfter(s: Scan, from: number): Head | null {
  const rest = s.text.slice(from)
  const measured = /^(?:-|\s?)(per cent|metric tons|nautical miles?|imperial gallons?|(?:square|sq|cubic) [\p{L}]+|km²|m²|m³|km2|m2|m3|%|[\p{L}]+)(?![\p{L}\d])/u.exec(rest)
  if (measured?.[1]) {
    const known = UNITS[measured[1].toLowerCase()]
    // "t" and single letters only count as units when written apart ("14,500 t"), never "4 a".
    if (known && (measured[1].length > 1 || measured[1] === '%' || measured[1] === 't'))
      return { unit: known[0], factor: known[1], converted: !Number.isInteger(known[1]), end: from + measured[0].length }
  }
  if (rest.startsWith('-')) return null
  // The counted thing: up to four words before a stop word; its head is the last plural noun.
  const words: Array<{ word: string; end: number }> = []
  const re = /\s+(\(?[\p{L}][\p{L}'’-]*)|\s+(\d[\d,.]*\s?(?:mm|cm|km|m|kg|t)\b)/uy
  re.lastIndex = 0
  let at = 0
  let measure = false
  while (words.length < 5) {
    re.lastIndex = at
    const w = re.exec(rest)
    if (!w) break
    if (w[2]) {
      // "3 million rounds of 152 mm artillery shells": a calibre inside the phrase is skipped.
      if (!measure) break
      at = re.lastIndex
      continue
    }
    const word = (w[1] ?? '').toLowerCase()
    if (word.startsWith('(')) break
    if (PHRASE_STOP.has(word) || MONTHS.has(word)) {
      if (word === 'of' && words.length === 1 && MEASURE_WORDS.has(words[0]?.word ?? '')) {
        measure = true
        words.length = 0
        at = re.lastIndex
        continue
      }
      break
    }
    words.push({ word, end: from + re.lastIndex })
    at = re.lastIndex
    if (/[,;:.!?)]/u.test(rest[at] ?? '')) break
  }
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]
    if (!w || !looksPlural(w.word)) continue
    const single = singular(w.word)
    const prev = i > 0 ? words[i - 1]?.word : undefined
    const phrase = prev ? `${prev} ${single}` : single
    const unit = UNIT_SYNONYMS[phrase] ?? UNIT_SYNONYMS[single] ?? single
    return { unit, factor: 1, converted: false, end: w.end }
  }
  return null
}

/** A crude singular for the head nouns of counts ("containers" -> "container"). */
export function singular(word: string): string {
  if (IRREGULAR_PLURAL.has(word)) return word === 'men' ? 'man' : word === 'women' ? 'woman' : word === 'children' ? 'child' : word
  if (/ies$/u.test(word)) return word.slice(0, -3) + 'y'
  if (/(?:ches|shes|sses|xes)$/u.test(word)) return word.slice(0, -2)
  if (/s$/u.test(word) && !/ss$/u.test(word)) return word.slice(0, -1)
  return word
}

/** A short human form of a quantity's value ("4,800,000 shell", "1,000,000–1,000,000,000 shell"). */
export function formatQuantity(q: Pick<Quantity, 'value' | 'min' | 'max' | 'unit'>): string {
  const n = (v: number): string => v.toLocaleString('en-US', { maximumFractionDigits: 2 })
  if (q.unit === 'time') return `${String(Math.floor(q.value / 60)).padStart(2, '0')}:${String(q.value % 60).padStart(2, '0')}`
  const figure = q.min !== undefined && q.max !== undefined ? `${n(q.min)}–${n(q.max)}` : n(q.value)
  return q.unit ? `${figure} ${q.unit}` : figure
}

/**
 * The article's language, from its clean text (page-declared languages are often a template's
 * default, so they only break ties).
 */
import { franc } from 'franc-min'

/** ISO 639-3 (as franc reports it) to ISO 639-1, for the languages franc-min knows that have one. */
const ISO_639_1: Readonly<Record<string, string>> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', rus: 'ru', ukr: 'uk', pol: 'pl',
  ces: 'cs', slk: 'sk', swe: 'sv', dan: 'da', nob: 'no', nno: 'nn', fin: 'fi', hun: 'hu', ron: 'ro', bul: 'bg',
  hrv: 'hr', srp: 'sr', bos: 'bs', slv: 'sl', ell: 'el', tur: 'tr', arb: 'ar', ara: 'ar', pes: 'fa', fas: 'fa',
  heb: 'he', hin: 'hi', ben: 'bn', urd: 'ur', ind: 'id', zlm: 'ms', msa: 'ms', vie: 'vi', tha: 'th', cmn: 'zh',
  zho: 'zh', jpn: 'ja', kor: 'ko', tgl: 'tl', swh: 'sw', kat: 'ka', hye: 'hy', azj: 'az', aze: 'az', kaz: 'kk',
  uzn: 'uz', lit: 'lt', lav: 'lv', ekk: 'et', est: 'et', cat: 'ca', glg: 'gl', eus: 'eu', tam: 'ta', tel: 'te',
  mar: 'mr', guj: 'gu', kan: 'kn', mal: 'ml', pan: 'pa', amh: 'am', hau: 'ha', yor: 'yo', ibo: 'ig', som: 'so',
  zul: 'zu', xho: 'xh', afr: 'af', bel: 'be', mkd: 'mk', sin: 'si', npi: 'ne', nep: 'ne', khm: 'km', mya: 'my',
  pbu: 'ps', sna: 'sn', kin: 'rw', nya: 'ny', mlg: 'mg', ceb: 'ceb', jav: 'jv', sun: 'su', ory: 'or', ilo: 'ilo',
  uig: 'ug', tgk: 'tg', tuk: 'tk', kir: 'ky', run: 'rn', tat: 'tt', hat: 'ht', ckb: 'ckb', kmr: 'ku',
}

/** Below this many letters franc's guess is noise. */
const MIN_LETTERS = 60
/** franc's time grows with the text; a sample this long already decides. */
const SAMPLE_CHARS = 1000

/** Detects the language of `text`; ISO 639-1 code (or 639-3 where there is none), null when unsure. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text
  const letters = sample.match(/\p{L}/gu)?.length ?? 0
  if (letters < MIN_LETTERS) return null
  if (looksEnglish(sample)) return 'en'
  const code = franc(sample, { minLength: MIN_LETTERS })
  if (code === 'und') return null
  if (code === 'zlm' || code === 'ind') return malayOrIndonesian(sample)
  return ISO_639_1[code] ?? null
}

const INDONESIAN_ONLY = new Set([
  'bahwa', 'karena', 'pemerintah', 'kembali', 'sebuah', 'mengatakan', 'tersebut', 'bisa', 'saat', 'belum',
])
const MALAY_ONLY = new Set(['bahawa', 'kerana', 'kerajaan', 'semula', 'boleh', 'ialah', 'sahaja', 'hadapan', 'berkata'])

/**
 * franc cannot tell Indonesian from Malay (their trigrams score within a few percent); a few
 * spelling differences can. Ties go to Indonesian, by far the larger news language.
 */
function malayOrIndonesian(sample: string): string {
  let id = 0
  let ms = 0
  for (const w of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (INDONESIAN_ONLY.has(w)) id++
    else if (MALAY_ONLY.has(w)) ms++
  }
  return ms > id ? 'ms' : 'id'
}

const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'with', 'as', 'was', 'by', 'it', 'at', 'from',
  'his', 'he', 'has', 'have', 'be', 'are', 'said', 'this', 'will', 'who', 'an', 'which', 'not', 'but', 'were', 'its',
  'their', 'they', 'had', 'been', 'after', 'would', 'than', 'into', 'its', 'over',
])

/**
 * Most articles are English, and English prose is a quarter function words; counting them is
 * a hundred times cheaper than franc and as sure on a paragraph of text.
 */
function looksEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/[a-z\u00c0-\u024f']+/g)
  if (!words || words.length < 15) return false
  let hits = 0
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) hits++
  return hits / words.length > 0.28
}

/** "en-GB" / "EN_us" -> "en"; null for anything that is not a language tag. */
export function primaryLanguageTag(tag: string | null | undefined): string | null {
  const m = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/i.exec((tag ?? '').trim())
  return m ? (m[1] as string).toLowerCase() : null
}

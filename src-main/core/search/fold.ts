/**
 * Diacritic and case folding shared by indexing, queries, snippets and the reader's highlighter,
 * so "Pyongyang" finds "Pyŏngyang" everywhere the same way.
 */

/** Letters that Unicode decomposition leaves alone but a reader treats as accented forms. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ø: 'o', ł: 'l', đ: 'd', ð: 'd', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', þ: 'th', ħ: 'h', ŧ: 't',
}
const EXTRA = new RegExp(`[${Object.keys(EXTRA_FOLDS).join('')}]`, 'gu')
const NON_ASCII = /[^\u0000-\u007f]/u

const NON_ASCII_ALL = /[^\u0000-\u007f]/gu
const charCache = new Map<string, string>()

function foldChar(c: string): string {
  let f = charCache.get(c)
  if (f === undefined) {
    f = c.normalize('NFKD').replace(/\p{M}/gu, '').replace(EXTRA, (x) => EXTRA_FOLDS[x] ?? x)
    charCache.set(c, f)
  }
  return f
}

/**
 * Lower case without diacritics. Plain ASCII takes the fast path; otherwise only the non-ASCII
 * characters are decomposed (cached per character), so folding a whole article stays cheap.
 */
export function fold(word: string): string {
  const lower = word.toLowerCase()
  if (!NON_ASCII.test(lower)) return lower
  return lower.normalize('NFC').replace(NON_ASCII_ALL, foldChar)
}

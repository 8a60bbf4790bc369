/**
 * A light suffix stripper (a subset of Porter's steps): enough to match "races" with "racing" and
 * "officials" with "official" across two sources, cheap enough for tens of thousands of articles.
 * Over-stemming is harmless here because both sides go through the same function.
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/u, '')
  if (w.length <= 3 || /\d/u.test(w)) return w
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`
  else if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('s') && !/(?:ss|us|is)$/u.test(w)) w = w.slice(0, -1)
  if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3))
  else if (w.length > 4 && w.endsWith('ed')) w = undouble(w.slice(0, -2))
  else if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2)
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1)
  return w
}

/** "running" -> "runn" -> "run"; keeps "ll"/"ss" ("falling" -> "fall"). */
function undouble(w: string): string {
  const n = w.length
  if (n > 3 && w[n - 1] === w[n - 2] && !/[lsz]/u.test(w[n - 1] ?? '')) return w.slice(0, -1)
  return w
}

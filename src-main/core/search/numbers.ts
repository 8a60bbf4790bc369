/**
 * Numbers written in many ways index as one canonical token: "6,700", "6 700", "6.7k" and
 * "6.7 thousand" all become "6700"; "4.8m" and "4.8 million" become "4800000".
 */

const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, millions: 1e6, b: 1e9, bn: 1e9, billion: 1e9,
  billions: 1e9, tn: 1e12, trillion: 1e12,
}

/**
 * A number: digit groups (comma, or a space before exactly three digits), a decimal part (a
 * point, or a comma before one or two digits, as in "1,5"), then a suffix glued on ("4.8m") or a
 * word after a space ("4.8 million"). Group 1 integer, 2/3 decimals, 4/5 multiplier.
 */
export const NUMBER_SOURCE = String.raw`(\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)(?:\.(\d+)|,(\d{1,2})(?!\d))?(?:(k|mn|m|bn|b|tn)(?![\p{L}\p{N}])|\s+(thousand|millions?|billions?|trillion)(?![\p{L}\p{N}]))?`

/** The canonical form of one matched number. */
export function canonicalNumber(
  integer: string,
  decimals: string | undefined,
  multiplier: string | undefined,
): string {
  const whole = integer.replace(/[^\d]/g, '')
  const text = decimals ? `${whole}.${decimals}` : whole
  const factor = multiplier ? (MULTIPLIERS[multiplier.toLowerCase()] ?? 1) : 1
  if (factor === 1) return decimals ? String(Number(text)) : whole.replace(/^0+(?=\d)/, '')
  return String(Number((Number(text) * factor).toFixed(6)))
}

/**
 * Shared inputs and limits for the property tests: text that looks like news and text that is
 * built to hurt (lone surrogates, control bytes, huge runs, markup fragments), and a per-run time
 * bound that turns a hang or a quadratic blow-up into a failure naming the input.
 */
import fc from 'fast-check'

/** Wall-clock bound for one run: far above a normal run, so only hangs and blow-ups trip it. */
export const RUN_BOUND_MS = 10_000

/** Runs `fn` and fails when one run took longer than the bound (the sync cousin of fc's .timeout). */
export function bounded<T>(what: string, fn: () => T, limitMs = RUN_BOUND_MS): T {
  const t0 = performance.now()
  const out = fn()
  const ms = performance.now() - t0
  if (ms > limitMs) throw new Error(`${what} took ${Math.round(ms)} ms on one input (bound ${limitMs} ms)`)
  return out
}

const PIECES = [
  ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '.', '. ', '!', '?', '...', '…', ',', ';', ':', '"', '“', '”', '‘', '’', "'", '(', ')',
  'Mr.', 'Dr.', 'U.S.', 'e.g.', 'No.', 'St.', 'Jan.', 'Vladimir V. Putin', '4.8m', '6 700', '3.5 million', '12%', '$40',
  'The', 'council', 'said', 'boats', 'Harbour', 'twelve', 'Ministry', 'Kyiv', 'Ελλάδα', 'Москва', 'القاهرة', '東京', '서울',
  'naïve', 'e\u0301', '👩‍👩‍👧', '🇺🇦', '\u200b', '\u00a0', '\ufeff', '\u2028', '\u0000', '\u001b', '\ud800', '\udfff', '\ufffd',
  '<p>', '</p>', '<script>', '&amp;', '&#0;', '&#xD800;', '<!--', '-->', '<![CDATA[', ']]>',
]

/** News-like and hostile text, mixed: realistic words and punctuation with dangerous characters. */
export const text: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
      // Lone and swapped surrogates: never produced by 'binary'.
      { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(''))

/** A long run of one piece: the shape that exposes quadratic scanning. */
export const longRun: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('a. ', 'A b c. ', 'x', 'U.S.', '!', ' ', '"', 'Mr. ', 'word ', '\n', 'aa.Bb'), fc.integer({ min: 2_000, max: 10_000 }))
  .map(([piece, n]) => piece.repeat(n))

/** Random bytes, and bytes that are nearly a format (a BOM, a header) and then go wrong. */
export const bytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 2_000 }),
  // UTF-16 with a byte-order mark, then any code units: lone surrogates once decoded.
  fc.tuple(fc.constantFrom([0xff, 0xfe], [0xfe, 0xff]), fc.uint16Array({ maxLength: 400 }), fc.array(fc.integer({ min: 0xd800, max: 0xdfff }), { maxLength: 4 })).map(
    ([bom, units, lone]) => {
      const all = [...units, ...lone, ...units.slice(0, 8)]
      const out = new Uint8Array(2 + all.length * 2)
      out.set(bom)
      all.forEach((u, i) => {
        const [hi, lo] = [u >> 8, u & 0xff]
        out[2 + i * 2] = bom[0] === 0xff ? lo : hi
        out[3 + i * 2] = bom[0] === 0xff ? hi : lo
      })
      return out
    },
  ),
  fc.tuple(
    fc.constantFrom('', '\ufeff', '%PDF-1.4\n', 'PK\u0003\u0004', '<!doctype html><html><body>', 'From: a@b.c\nTo: d@e.f\nSubject: x\nMIME-Version: 1.0\n\n', '{"title":'),
    text,
    fc.uint8Array({ maxLength: 200 }),
  ).map(([head, body, tail]) => {
    const a = new TextEncoder().encode(head + body)
    const out = new Uint8Array(a.length + tail.length)
    out.set(a)
    out.set(tail, a.length)
    return out
  }),
)

/** Whether the string holds a lone surrogate (what storage, JSON and the renderer choke on). */
export function isWellFormed(s: string): boolean {
  return !/\p{Cs}/u.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''))
}

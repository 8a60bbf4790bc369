import type { Attribution } from './types'

const VERBS =
  'said|says|say|told|tells|added|adds|stated|states|claimed|claims|mentioned|announced|confirmed|reported|reports|' +
  'warned|insisted|argued|estimated|estimates|denied|denies|wrote|writes|noted|explained|acknowledged|revealed|' +
  'assured|suggested|alleged|asserted|maintained|believes|believed|according'

const SUBJECT_VERB = new RegExp(String.raw`\b(?:has |have |had |also |later |previously )?(${VERBS})\b`, 'gu')
const ACCORDING_TO = /\baccording to ((?:the )?[^,.;:“”"()]{2,60}?)(?=[,.;:“”"()]|$| that\b| who\b| which\b)/iu
const PRONOUNS = /^(?:he|she|they|it|we|i|officials?|sources?|analysts?|experts?|the (?:\w+ ){0,3}\w+)$/iu

/**
 * Who a sentence attributes its statement to: "according to X", "X said", or "…, said X".
 * Returns null for unattributed sentences. Offsets are into `sentence`.
 */
export function extractAttribution(sentence: string): Attribution | null {
  const according = ACCORDING_TO.exec(sentence)
  if (according?.[1]) {
    const source = according[1].trim()
    return { source, verb: 'according to', text: according[0].trim(), start: according.index, end: according.index + according[0].trimEnd().length }
  }
  for (const m of sentence.matchAll(SUBJECT_VERB)) {
    const verb = m[1] ?? ''
    if (verb === 'according') continue
    const before = subjectBefore(sentence, m.index)
    if (before) {
      return { source: before.text, verb, text: sentence.slice(before.start, m.index + m[0].length), start: before.start, end: m.index + m[0].length }
    }
    const after = subjectAfter(sentence, m.index + m[0].length)
    if (after) {
      return { source: after.text, verb, text: sentence.slice(m.index, after.end), start: m.index, end: after.end }
    }
  }
  return null
}

/** The noun phrase right before a reporting verb, within its clause: "South Korean minister Shin Won-sik". */
function subjectBefore(s: string, verbAt: number): { text: string; start: number } | null {
  const clause = s.slice(0, verbAt)
  const cut = Math.max(...[',', ';', ':', '“', '”', '"', '—', '(', ' – '].map((c) => clause.lastIndexOf(c)))
  const from = cut < 0 ? 0 : cut + 1
  const text = clause.slice(from).trim()
  if (!text) return null
  const words = text.split(/\s+/u)
  if (words.length > 8) return null
  if (!/\p{Lu}/u.test(text) && !PRONOUNS.test(text)) return null
  // A clause that is itself a statement ("Russia shipped shells and officials said") is not a subject.
  if (/\b(?:is|are|was|were|will|would|has|have|had|that)\b/iu.test(text)) return null
  return { text, start: s.indexOf(text, from) }
}

/** The speaker after an inverted reporting verb at the end: "…, said Kremlin aide Yuri Ushakov." */
function subjectAfter(s: string, from: number): { text: string; end: number } | null {
  const m = /^\s+((?:[\p{L}.'’-]+\s+){0,4}?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)\s*[.,;!?]?[”"’]?\s*$/u.exec(s.slice(from))
  if (!m?.[1]) return null
  const text = m[1].replace(/[.,]+$/u, '')
  return { text, end: from + m[0].indexOf(m[1]) + text.length }
}

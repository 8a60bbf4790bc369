import { compromiseLexicon } from '../text/compromise-lexicon'
import { extractEntities } from '../text/entities'
import { extractQuantities } from '../text/quantities'
import { splitSentences } from '../text/sentences'
import { extractAttribution } from './attribution'
import { CLAIM_THRESHOLDS as T } from './thresholds'
import type { ClaimDraft, ClaimKind } from './types'

/** Past-tense event verbs, spotted cheaply in compromise's lexicon. */
function isPastTense(word: string): boolean {
  const t = compromiseLexicon()[word]
  return t === 'PastTense' || (Array.isArray(t) && t.includes('PastTense'))
}

const REPORTING = new Set(['said', 'told', 'added', 'stated', 'claimed', 'mentioned', 'reported', 'noted', 'wrote'])
const EVENT_WORDS = /\b(?:will (?:travel|visit|meet|sign|arrive|hold|begin|start)|is expected to|are expected to|ran aground|has (?:been )?\w+ed)\b/iu
const QUOTE = /[“"]([^”"]+)[”"]/gu

/** What kind of claim a sentence is, or null when it states nothing checkable. */
export function classifySentence(text: string, draft: Omit<ClaimDraft, 'kind' | 'articleId' | 'start' | 'end' | 'text'>): ClaimKind | null {
  const words = text.split(/\s+/u).length
  if (words < T.minClaimWords || words > T.maxClaimWords) return null
  // Bylines and datelines ("Baltic Ledger | Published 15 October, 09:30 | By ...") state nothing.
  if (/\s[|·•]\s/u.test(text) || /^(?:published|posted|updated|by)\b/iu.test(text)) return null
  for (const m of text.matchAll(QUOTE)) {
    if ((m[1] ?? '').trim().split(/\s+/u).length >= T.minQuoteWords) return 'quote'
  }
  if (draft.quantities.some((q) => q.unit !== 'calendar year')) return 'quantity'
  if (draft.attribution) return 'attribution'
  if (draft.entities.length > 0) {
    if (EVENT_WORDS.test(text)) return 'event'
    for (const w of text.toLowerCase().matchAll(/\b[a-z]+ed\b|\b[a-z]+\b/gu)) {
      if (!REPORTING.has(w[0]) && isPastTense(w[0])) return 'event'
    }
  }
  return null
}

/** Reads one claim's facts (quantities, entities, attribution) from its text. */
export function describeClaim(text: string): Pick<ClaimDraft, 'quantities' | 'entities' | 'attribution'> {
  return { quantities: extractQuantities(text), entities: extractEntities(text), attribution: extractAttribution(text) }
}

/**
 * Suggested claims of one article: sentences that state quantities, quote someone, attribute a
 * statement or report an event. Offsets are into the clean text.
 */
export function detectClaims(articleId: number, cleanText: string): ClaimDraft[] {
  const out: ClaimDraft[] = []
  for (const s of splitSentences(cleanText)) {
    const facts = describeClaim(s.text)
    const kind = classifySentence(s.text, facts)
    if (kind) out.push({ articleId, start: s.start, end: s.end, text: s.text, kind, ...facts })
  }
  return out
}

import type { ArticleDetail, RemovedText } from '../../../src-main/api/contract'

/** A run of a paragraph: clean text, a removed spam splice shown in place, or restored text. */
export type MarkedPiece =
  | { kind: 'text'; text: string }
  | { kind: 'spam'; span: RemovedText }
  | { kind: 'restored'; span: RemovedText; text: string }

export interface MarkedParagraph {
  language: string | null
  untranslated: boolean
  /** PDFs: the page this paragraph starts, when it is the first on it (so the reader can say "p. 3"). */
  newPage: number | null
  pieces: MarkedPiece[]
}

/** Splits the clean text into paragraphs and cuts in the spam splices and restored spans at their offsets. */
export function markedParagraphs(article: ArticleDetail): MarkedParagraph[] {
  const text = article.text
  const marks: Array<{ at: number; end: number; piece: MarkedPiece }> = []
  for (const span of article.removed) {
    if (span.kind === 'spam' && span.at !== undefined) marks.push({ at: span.at, end: span.at, piece: { kind: 'spam', span } })
  }
  for (const span of article.restored ?? []) {
    if (span.at === undefined) continue
    const shown = text.slice(span.at, span.at + span.text.length)
    // A restored line's text sits in its own paragraph; only in-sentence restorations are marked inline.
    if (shown === span.text) marks.push({ at: span.at, end: span.at + span.text.length, piece: { kind: 'restored', span, text: shown } })
  }
  marks.sort((a, b) => a.at - b.at)
  const paragraphs = article.paragraphs ?? splitParagraphs(text)
  const pages = article.pages ?? []
  let lastPage: number | null = null
  return paragraphs
    .map((p) => {
      let page: number | null = pages[0]?.page ?? null
      for (const pg of pages) if (pg.start <= p.start) page = pg.page
      const newPage = page !== lastPage ? page : null
      lastPage = page
      const pieces: MarkedPiece[] = []
      let pos = p.start
      for (const m of marks) {
        if (m.at < p.start || m.at > p.end || m.at < pos) continue
        if (m.at > pos) pieces.push({ kind: 'text', text: text.slice(pos, m.at) })
        pieces.push(m.piece)
        pos = m.end
      }
      if (pos < p.end) pieces.push({ kind: 'text', text: text.slice(pos, p.end) })
      return { language: p.language, untranslated: p.untranslated, newPage, pieces }
    })
    .filter((p) => p.pieces.length > 0)
}

function splitParagraphs(text: string): Array<{ start: number; end: number; language: string | null; untranslated: boolean }> {
  const out: Array<{ start: number; end: number; language: null; untranslated: false }> = []
  let start = 0
  for (const para of text.split('\n\n')) {
    if (para.trim() !== '') out.push({ start, end: start + para.length, language: null, untranslated: false })
    start += para.length + 2
  }
  return out
}

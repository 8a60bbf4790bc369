/**
 * The language of each paragraph of the clean text, so partial translations and mixed-language
 * articles show which passages were left untranslated instead of reading them as noise.
 */
import type { ParagraphInfo } from '../model'
import { PARAGRAPH_SEPARATOR } from './clean-text'
import { detectLanguage } from './language'
import { MIN_PARAGRAPH_LETTERS } from './tunables'

/**
 * Paragraphs of `cleanText` with their language; `untranslated` marks a paragraph in another
 * language than the article's. Short paragraphs get the article's language (too little to judge).
 */
export function paragraphLanguages(cleanText: string, articleLanguage: string | null): ParagraphInfo[] {
  const out: ParagraphInfo[] = []
  let start = 0
  for (const para of cleanText.split(PARAGRAPH_SEPARATOR)) {
    const end = start + para.length
    const letters = para.match(/\p{L}/gu)?.length ?? 0
    const detected = letters >= MIN_PARAGRAPH_LETTERS ? detectLanguage(para) : null
    const language = detected ?? articleLanguage
    out.push({ start, end, language, untranslated: detected !== null && articleLanguage !== null && detected !== articleLanguage })
    start = end + PARAGRAPH_SEPARATOR.length
  }
  return out
}

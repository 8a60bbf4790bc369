/**
 * Exact phrases. lunr has no positions here (they would double the index), so a phrase first
 * narrows candidates to articles holding all its words, then each candidate's stored text is
 * checked for the words in order.
 */
import { tokenize } from './analyze'
import { fold } from './fold'

/** A compiled phrase: a fast regular expression, or a token sequence when it holds numbers. */
export interface PhraseMatcher {
  test(text: string): boolean
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g
const NON_ASCII = /[^\u0000-\u007f]/u

/** Compiles `phrase` for verification against stored text. */
export function compilePhrase(phrase: string): PhraseMatcher {
  const tokens = tokenize(phrase)
  if (tokens.length === 0) return { test: () => false }
  if (tokens.some((t) => t.number)) {
    // "6,700 people" must also match "6 700 people": compare canonical token sequences.
    const want = tokens.map((t) => (t.number ? t.term : fold(phrase.slice(t.start, t.end))))
    return {
      test(text) {
        const got = tokenize(text).map((t) => (t.number ? t.term : fold(text.slice(t.start, t.end))))
        outer: for (let i = 0; i + want.length <= got.length; i++) {
          for (let j = 0; j < want.length; j++) if (got[i + j] !== want[j]) continue outer
          return true
        }
        return false
      },
    }
  }
  const words = tokens.map((t) => fold(phrase.slice(t.start, t.end)))
  const SEP = '[^\\p{L}\\p{N}]+'
  const exact = new RegExp(`^${words.map((w) => w.replace(ESCAPE, '\\$&')).join(SEP)}$`, 'u')
  // Folding a whole article per candidate is the slow part, so scan the text as it is, letting
  // any non-ASCII letter stand in for an ASCII one, and fold only what that finds.
  const loose = words.map((w) =>
    [...w].map((c) => (/[a-z]/u.test(c) ? `(?:${c}|[^\\u0000-\\u007f])` : c.replace(ESCAPE, '\\$&'))).join(''),
  )
  const scan = new RegExp(`(?<![\\p{L}\\p{N}])${loose.join(SEP)}(?![\\p{L}\\p{N}])`, 'giu')
  return {
    test(text) {
      for (const m of text.matchAll(scan)) if (!NON_ASCII.test(m[0]) || exact.test(fold(m[0]))) return true
      return false
    },
  }
}

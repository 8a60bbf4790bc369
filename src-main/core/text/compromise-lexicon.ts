import { createRequire } from 'node:module'

/** compromise's bundled lexicon: word -> tag(s) ("PastTense", "Country", "FirstName"...). */
export type Lexicon = Record<string, string | string[] | undefined>

let lexicon: Lexicon | null = null

/**
 * Loaded on first use, not at import: requiring compromise costs ~200 ms that a host's start
 * (which only opens the workspace) does not need. It ships its lexicon in the npm package:
 * nothing is loaded from a network.
 */
export function compromiseLexicon(): Lexicon {
  if (!lexicon) {
    const nlp = createRequire(import.meta.url)('compromise') as { world: () => unknown }
    lexicon = (nlp.world() as { model: { one: { lexicon: Lexicon } } }).model.one.lexicon
  }
  return lexicon
}

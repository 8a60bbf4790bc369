/**
 * Every threshold of annotation anchoring, in one place (tests/unit/annotate/tunables.test.ts
 * shows why each has its value).
 */
export const ANCHOR_TUNABLES = {
  /** Characters of context kept before and after a quote (what Hypothesis and most W3C clients keep). */
  contextChars: 32,
  /** Largest share of the quote's characters a fuzzy match may get wrong. */
  maxErrorRate: 0.25,
  /** Below this combined score an annotation is orphaned rather than moved to a look-alike. */
  minScore: 0.72,
  /** An exact quote whose context matches at least this well is simply anchored (the text around it shifted). */
  anchoredContext: 0.6,
  /** An exact quote this long that occurs once in the text is anchored whatever its context. */
  uniqueQuoteChars: 24,
  /** Quotes shorter than this are only ever matched exactly: a fuzzy 6-letter match is noise. */
  minFuzzyChars: 8,
  /** Cap on candidate windows checked by the fuzzy matcher, nearest the old position first. */
  maxCandidates: 400,
  /**
   * Most DP cells one fuzzy search may compute (about 0.1 s): a long quote in a very long text is
   * searched in a window around its old place instead of the whole text.
   */
  maxCells: 40_000_000,
  /** Weights of the combined score. The quote dominates; context decides between look-alikes. */
  weights: { quote: 50, prefix: 20, suffix: 20, position: 4 },
} as const

type Widen<T> = { readonly [K in keyof T]: T[K] extends number ? number : Widen<T[K]> }

/** The tunables' shape, so a test can try other values. */
export type AnchorTunables = Widen<typeof ANCHOR_TUNABLES>

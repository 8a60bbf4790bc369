/**
 * Every threshold of source comparison and copy detection, in one place. Each value is pinned by
 * tests/unit/compare/tunables.test.ts with the fixture pair that shows why it sits where it does.
 */
export const TUNABLES = {
  /** Weighted overlap at or above which two sentences say the same thing in other words. */
  paraphraseMin: 0.4,
  /** Context overlap (numbers left out) above which two sentences with different figures conflict. */
  conflictContextMin: 0.4,
  /**
   * Context overlap enough to pair two sentences that count the same thing (same unit noun, e.g.
   * "containers") with different figures, when their wording is otherwise unrelated.
   */
  quantityConflictMin: 0.12,
  /** Overlap above which two sentences with different names in the same place conflict on who. */
  nameConflictMin: 0.6,
  /** Shared tokens needed before "reordered clauses" can be a reason; fewer tell nothing. */
  reorderMinShared: 5,
  /** Share of shared tokens in the same order below which a pair counts as reordered. */
  reorderedBelow: 0.7,
  /** Document relations, judged on the shorter article's coverage (copies add boilerplate, never remove). */
  duplicateIdenticalShare: 0.99,
  nearDuplicateIdenticalShare: 0.8,
  /** A spun copy pairs most sentences of the shorter article, mostly as paraphrases. */
  spunPairedShare: 0.75,
  /** Mean pair score of a spun copy: spinners keep most content words or their synonyms. */
  spunMeanScore: 0.5,
  /** Overall similarity from which two articles are related even with a single shared statement. */
  relatedMin: 0.08,
  /** Shared statements that make two articles related whatever their overall similarity. */
  relatedMinPairs: 2,
  /** Most content words on each side of a diff hunk for a figure swapped in it to be "the same slot". */
  slotMaxWords: 3,
  /** MinHash: hashes per signature and rows per LSH band (bands = hashes / rows). */
  minhashSize: 120,
  lshRows: 3,
  /** Content-token shingle length for MinHash (2 survives spinning once synonyms are folded). */
  shingle: 2,
  /** Most candidates verified per new article, best LSH agreement first (bounds a pathological bucket). */
  maxCandidates: 10,
  /**
   * Estimated shingle Jaccard (from the two MinHash signatures) below which an LSH candidate is
   * not worth a sentence-by-sentence check: spun copies keep ~0.6 once synonyms are folded,
   * re-hosts ~0.95, while different reports of the same story stay near 0.1.
   */
  candidateMinJaccard: 0.25,
} as const

/**
 * Every tunable of claims: detection, clustering and conflicts. One place, so a change is
 * deliberate and tests/unit/claims/thresholds.test.ts shows on labelled pairs why each value is
 * what it is.
 */
const VALUES = {
  /** Shorter sentences are headlines, datelines or fragments, not claims. */
  minClaimWords: 6,
  /** Longer "sentences" are run-on scraps (lists, lost punctuation); a claim is one statement. */
  maxClaimWords: 90,
  /** A quote must have this many words to make a sentence a claim ("dubbed it 'sacred'" does not). */
  minQuoteWords: 3,

  /**
   * Two claims are the same claim when the idf-weighted Dice overlap of their features reaches
   * this. Lower values merge unrelated statements about the same actors; higher ones split
   * paraphrases and spun copies (see the sweep in thresholds.test.ts).
   */
  clusterSimilarity: 0.3,
  /**
   * A claim that also matches another cluster this well bridges the two: they merge. At 0.4
   * distinct facts of one event merge (labelled pairwise precision 0.72); at 0.5 they do not, and
   * the seeds' "first visit in 24 years" wording joins up across three outlets.
   */
  mergeSimilarity: 0.5,
  /**
   * Share of containment (overlap over the shorter claim) in the similarity; the rest is Dice.
   * Off: at 0.2 and above, long multi-fact sentences pull figures away from their own cluster
   * (the seeds' 6,700-containers sentence left the container cluster).
   */
  containmentShare: 0,
  /** A candidate pair needs this many shared rare features before it is scored at all. */
  minSharedFeatures: 2,
  /** Features carried by more than this share of claims (and more than 50 of them) are too common to find candidates with. */
  maxPostingShare: 0.01,
  /**
   * ...and never more than this many: at 100k claims 1% is still 1,000 entries per feature read for
   * every new claim. A feature that common names the story, not the fact; the rarer features
   * still find the candidates (see clustering.test.ts).
   */
  maxPostingScan: 500,
  /** Candidates scored per new claim; beyond this the best-sharing ones win. */
  maxCandidates: 60,

  /** Feature weights: a shared figure or counted unit says far more than a shared word. */
  weights: { word: 1, entity: 1, unit: 2.5, count: 2.5, figure: 3 },
  /**
   * Claims counting the same thing ("containers", "crew") are very likely about one fact even
   * when their figures differ, which is exactly where conflicts hide: their score gets this bonus.
   */
  sharedCountBonus: 0.2,
  /** Claims that both give figures, but of different units (crew vs tonnes), are scored down by this factor. */
  disjointUnitsFactor: 0.45,

  /** A later claim this close in wording (plain word overlap) to the earliest one is carried, below it paraphrased. */
  carriedSimilarity: 0.8,

  /** "4.8m" and "4,800,000" agree; rounding in reporting is within 1%. */
  exactTolerance: 0.01,
  /** "about 1,200 t" covers ±10%. */
  approximateTolerance: 0.1,
  /** "at least / more than X" reads as X up to 25% more (so "more than 3 million" is not 4.8 million). */
  lowerBoundSpan: 0.25,
  /** "up to / as many as X" reads as 80% of X to X (so "up to 2,000 t" is not "about 1,200 t"). */
  upperBoundSpan: 0.2,
  /**
   * A figure converted from another unit ("12 miles" as 19.3 km) keeps the rounding of the unit
   * it was written in: "12 miles" is 11.5 to 12.5 miles, so it agrees with "20 km" but not "12 km".
   */
  convertedTolerance: 0.05,
  /** Times of day: minutes either side that "around 04:40" covers. */
  approximateMinutes: 15,
  /** Times of day given exactly ("04:40", "0440 GMT"): a clock read a minute or two apart is the same time. */
  exactMinutes: 2,
  /**
   * Claims that both give a time of day are likely about one moment of the event ("struck the bank
   * shortly before 4 a.m." / "the grounding happened at around 04:40"), which is where time
   * conflicts hide; their score gets this bonus (see thresholds.test.ts: without it the demo's
   * grounding-time conflict is missed, at 0.3 unrelated timed statements merge).
   */
  sharedTimeBonus: 0.15,
  /**
   * ...but only when their times are this close (minutes): 03:55 against 04:40 is one moment told
   * two ways; "evacuated from 08:30" and "could return from 18:00" are two moments.
   */
  timeBonusWindow: 120,
  /** Units never compared for conflicts: dates and bare counts name too many different things. */
  unitsNeverInConflict: ['calendar year', ''] as readonly string[],
} as const

type Widen<T> = T extends number ? number : T extends string ? string : T extends readonly string[] ? readonly string[] : { readonly [K in keyof T]: Widen<T[K]> }

/** The tunables' shape, so tests can try other values. */
export type ClaimThresholds = Widen<typeof VALUES>

export const CLAIM_THRESHOLDS: ClaimThresholds = VALUES

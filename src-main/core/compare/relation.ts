import { TUNABLES } from './tunables'
import type { DocumentRelation } from './types'

/** What the relation of two articles is judged on. */
export interface RelationEvidence {
  similarity: number
  /** Content share of the shorter article found identical in the longer one, and the longer's in the shorter. */
  identicalShorter: number
  identicalLonger: number
  /** Content share of the shorter article paired in any way (identical, paraphrase or conflict). */
  pairedShorter: number
  /** Mean score of the pairs. */
  meanScore: number
  /** Number of paired sentences. */
  pairs: number
}

/**
 * duplicate: the same text both ways. near_duplicate: the shorter article's text appears
 * unchanged in the other (a re-host with its own boilerplate). spun_copy: nearly every
 * sentence of the shorter one is there, reworded. related: some shared statements. The shorter
 * article decides because copies add wrapping around what they take, rarely the reverse.
 */
export function classifyRelation(e: RelationEvidence): DocumentRelation {
  if (e.identicalShorter >= TUNABLES.duplicateIdenticalShare && e.identicalLonger >= TUNABLES.duplicateIdenticalShare) {
    return 'duplicate'
  }
  if (e.identicalShorter >= TUNABLES.nearDuplicateIdenticalShare) return 'near_duplicate'
  if (e.pairedShorter >= TUNABLES.spunPairedShare && e.meanScore >= TUNABLES.spunMeanScore) return 'spun_copy'
  return e.similarity >= TUNABLES.relatedMin || e.pairs >= TUNABLES.relatedMinPairs ? 'related' : 'unrelated'
}

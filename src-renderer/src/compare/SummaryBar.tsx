import type { JSX } from 'react'
import type { Comparison } from '../../../src-main/api/contract'

const RELATION_TEXT: Record<Comparison['relation'], string> = {
  duplicate: 'Duplicate',
  near_duplicate: 'Near duplicate',
  spun_copy: 'Spun copy',
  related: 'Related',
  unrelated: 'Unrelated',
}

/** Overall similarity, the relation of the two sources, and how their sentences pair up. */
export function SummaryBar({ comparison }: Readonly<{ comparison: Comparison }>): JSX.Element {
  const { similarity, relation, counts } = comparison
  return (
    <div className="cmp-summary" role="group" aria-label="Comparison summary">
      <p className="cmp-similarity">
        <span className="cmp-big">{Math.round(similarity * 100)}%</span> similar
      </p>
      <p className={`cmp-relation cmp-relation-${relation}`}>{RELATION_TEXT[relation]}</p>
      <ul className="cmp-counts">
        <li className="cmp-identical">{counts.identical} identical</li>
        <li className="cmp-paraphrase">{counts.paraphrase} paraphrased</li>
        <li className="cmp-conflict">{counts.conflict} conflicting</li>
        <li className="cmp-unique">{counts.onlyA} only in A</li>
        <li className="cmp-unique">{counts.onlyB} only in B</li>
      </ul>
    </div>
  )
}

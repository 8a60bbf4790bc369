import type { JSX } from 'react'
import type { SentencePair } from '../../../src-main/api/contract'
import { RELATION_LABEL } from './segments'
import { SentenceText } from './SentenceText'

interface Props {
  pair: SentencePair
  index: number
  onClose: () => void
}

/** The selected pair: why it was paired, and the word-level difference of its two sentences. */
export function PairDetail({ pair, index, onClose }: Readonly<Props>): JSX.Element {
  return (
    <section className={`cmp-pair-detail cmp-${pair.relation}`} aria-label={`Pair ${index + 1}`}>
      <header>
        <strong>
          Pair {index + 1}: {RELATION_LABEL[pair.relation]}
        </strong>
        <span className="muted"> · score {Math.round(pair.score * 100)}%</span>
        <button type="button" className="cmp-close" onClick={onClose} aria-label="Close pair details">
          ×
        </button>
      </header>
      <p className="cmp-reasons">
        <span className="muted">Paired because: </span>
        {pair.reasons.join(' · ')}
      </p>
      <div className="cmp-diff">
        <p>
          <span className="cmp-side cmp-side-a" aria-label="Source A">A</span> <SentenceText sentence={pair.a} marks={pair.marksA} />
        </p>
        <p>
          <span className="cmp-side cmp-side-b" aria-label="Source B">B</span> <SentenceText sentence={pair.b} marks={pair.marksB} />
        </p>
      </div>
    </section>
  )
}

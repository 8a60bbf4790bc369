import type { JSX } from 'react'
import type { Mark, Span } from '../../../src-main/api/contract'
import { segmentsOf } from './segments'

interface Props {
  sentence: Span
  marks: Mark[]
}

const MARK_TITLE: Record<Mark['kind'], string> = {
  removed: 'only in this source',
  added: 'only in this source',
  synonym: 'same meaning, other words',
  conflict: 'differs from the other source',
}

/** A sentence with its word-level differences marked; every piece carries its clean-text offset. */
export function SentenceText({ sentence, marks }: Readonly<Props>): JSX.Element {
  return (
    <>
      {segmentsOf(sentence, marks).map((seg) =>
        seg.mark ? (
          <mark key={seg.start} className={`cmp-mark cmp-mark-${seg.mark}`} data-start={seg.start} title={MARK_TITLE[seg.mark]}>
            {seg.text}
          </mark>
        ) : (
          <span key={seg.start} data-start={seg.start}>
            {seg.text}
          </span>
        ),
      )}
    </>
  )
}

import { useMemo, type JSX } from 'react'
import type { RemovedText } from '../../../src-main/api/contract'
import { REMOVED_KIND_HELP, rawSegments } from './rawSegments'

interface Props {
  rawText: string
  removed: readonly RemovedText[]
}

/** The text as imported, with what cleaning removed shown in place, dimmed and labelled. */
export function RawTextView({ rawText, removed }: Readonly<Props>): JSX.Element {
  const segments = useMemo(() => rawSegments(rawText, removed), [rawText, removed])
  return (
    <div className="raw-text">
      {segments.map((segment, i) =>
        segment.kind === 'kept' ? (
          <span key={i}>{segment.text}</span>
        ) : (
          <span
            key={i}
            className={`removed removed-${segment.removedKind}`}
            title={`Removed by cleaning — ${REMOVED_KIND_HELP[segment.removedKind]}`}
          >
            <span className="removed-kind">{segment.removedKind}</span>
            <del className="removed-text">{segment.text}</del>
          </span>
        ),
      )}
    </div>
  )
}

import type { JSX } from 'react'
import type { Omission } from '../../../src-main/api/contract'

interface Props {
  omissions: Omission[]
  onShow: (o: Omission) => void
}

const KIND: Record<Omission['kind'], string> = { figure: 'Figure', attribution: 'Attribution', caveat: 'Caveat' }

/** What one source carries and the other leaves out, per source. */
export function OmissionsList({ omissions, onShow }: Readonly<Props>): JSX.Element {
  return (
    <details className="cmp-omissions">
      <summary>
        Omissions <span className="muted">({omissions.length})</span>
      </summary>
      {omissions.length === 0 ? (
        <p className="muted">Neither source leaves out a figure, attribution or caveat the other carries.</p>
      ) : (
        <div className="cmp-omission-sides">
          {(['a', 'b'] as const).map((side) => (
            <div key={side}>
              <h4>
                Only {side.toUpperCase()} carries (missing from {side === 'a' ? 'B' : 'A'})
              </h4>
              <ul>
                {omissions
                  .filter((o) => o.side === side)
                  .map((o) => (
                    <li key={`${o.start}-${o.kind}`}>
                      <button type="button" className="link-button" onClick={() => onShow(o)}>
                        <span className="cmp-omission-kind">{KIND[o.kind]}</span> {o.text.length > 140 ? `${o.text.slice(0, 137)}…` : o.text}
                      </button>
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </details>
  )
}

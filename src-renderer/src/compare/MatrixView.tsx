import type { JSX } from 'react'
import type { ComparedArticle, ComparisonMatrix } from '../../../src-main/api/contract'

interface Props {
  articles: ComparedArticle[]
  matrix: ComparisonMatrix
  onPair: (a: number, b: number) => void
}

const RELATION: Record<string, string> = {
  duplicate: 'duplicate',
  near_duplicate: 'near duplicate',
  spun_copy: 'spun copy',
  related: 'related',
  unrelated: 'unrelated',
}

const letter = (i: number): string => String.fromCharCode(65 + i)

/** Pairwise similarity of up to six sources, and which sources carry each statement. */
export function MatrixView({ articles, matrix, onPair }: Readonly<Props>): JSX.Element {
  const shared = matrix.statements.filter((s) => s.sources.length > 1)
  return (
    <div className="cmp-matrix-view">
      <ol className="cmp-matrix-legend">
        {articles.map((a, i) => (
          <li key={a.id}>
            <span className="cmp-side">{letter(i)}</span> {a.title} <span className="muted">({a.outlet ?? 'unknown outlet'})</span>
          </li>
        ))}
      </ol>
      <table className="cmp-matrix" aria-label="Pairwise similarity">
        <thead>
          <tr>
            <td />
            {articles.map((a, i) => (
              <th key={a.id} scope="col" title={a.title}>
                {letter(i)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {articles.map((a, i) => (
            <tr key={a.id}>
              <th scope="row" title={a.title}>
                {letter(i)}
              </th>
              {articles.map((b, j) => {
                const sim = matrix.similarity[i]?.[j] ?? 0
                if (i === j) return <td key={b.id} className="cmp-diagonal" aria-label="same article">—</td>
                return (
                  <td key={b.id} style={{ background: `rgba(47, 93, 138, ${0.08 + sim * 0.6})`, color: sim > 0.55 ? '#fff' : undefined }}>
                    <button
                      type="button"
                      className="cmp-cell"
                      onClick={() => onPair(a.id, b.id)}
                      aria-label={`${letter(i)} and ${letter(j)}: ${Math.round(sim * 100)}% similar, ${RELATION[matrix.relation[i]?.[j] ?? 'unrelated']}. Compare side by side`}
                    >
                      {Math.round(sim * 100)}%<small>{RELATION[matrix.relation[i]?.[j] ?? 'unrelated']}</small>
                    </button>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Statements carried by more than one source ({shared.length})</h3>
      {shared.length === 0 ? (
        <p className="muted">These sources share no statement.</p>
      ) : (
        <ul className="cmp-statements">
          {shared.map((s) => (
            <li key={`${s.sources[0]?.articleId}-${s.sources[0]?.start}`} className={s.conflict ? 'cmp-conflict' : undefined}>
              <span className="cmp-carriers" aria-label={`Carried by ${s.sources.length} sources`}>
                {articles.map((a, i) => (
                  <span key={a.id} className={s.sources.some((x) => x.articleId === a.id) ? 'cmp-carrier on' : 'cmp-carrier'}>
                    {letter(i)}
                  </span>
                ))}
              </span>
              <span>
                {s.conflict && <strong className="cmp-conflict-flag">Sources disagree: </strong>}
                {s.text}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

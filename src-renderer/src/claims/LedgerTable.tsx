import type { JSX } from 'react'
import type { LedgerRow } from '../../../src-main/api/contract'

/** Per outlet: what it adds and what it recycles. */
export function LedgerTable({ rows }: Readonly<{ rows: LedgerRow[] }>): JSX.Element {
  if (rows.length === 0) return <p className="placeholder">No articles yet: import some to see which outlets add information.</p>
  return (
    <table className="ledger" aria-label="Outlet ledger">
      <thead>
        <tr>
          <th scope="col">Outlet</th>
          <th scope="col">Articles</th>
          <th scope="col">Claims</th>
          <th scope="col" title="Earliest source of a claim other sources also make">Originated</th>
          <th scope="col" title="Repeats another source's claim in nearly the same words">Carried</th>
          <th scope="col" title="Repeats another source's claim in other words">Paraphrased</th>
          <th scope="col" title="Gives a figure that disagrees with the earliest source">Contradicted</th>
          <th scope="col" title="Claims no other source makes">Exclusive</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.outlet}>
            <th scope="row">{r.outlet}</th>
            <td>{r.articles}</td>
            <td>{r.claims}</td>
            <td>{r.originated}</td>
            <td>{r.carried}</td>
            <td>{r.paraphrased}</td>
            <td>{r.contradicted}</td>
            <td>{r.exclusive}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

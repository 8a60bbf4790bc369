import type { JSX } from 'react'
import type { Annotation, Claim } from '../../../src-main/api/contract'
import { useApiQuery } from '../hooks/useApi'

interface Props {
  annotation: Annotation
  linked: readonly number[]
  onChange: (claimIds: number[]) => void
}

function short(text: string, max = 110): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/**
 * Which of the article's claims a note speaks to. Claims overlapping the highlight come first
 * (the likely ones); rejected suggestions are left out unless already linked.
 */
export function ClaimLinks({ annotation: a, linked, onChange }: Readonly<Props>): JSX.Element {
  const claims = useApiQuery('claims-list', { articleId: a.articleId })
  const overlaps = (c: Claim): boolean => c.start < a.end && a.start < c.end
  const shown = (claims.data ?? [])
    .filter((c) => c.review !== 'rejected' || linked.includes(c.id))
    .sort((x, y) => Number(overlaps(y)) - Number(overlaps(x)) || x.start - y.start)
  return (
    <fieldset className="claim-links">
      <legend>Linked claims</legend>
      {claims.error && <p role="alert">Could not load this article’s claims: {claims.error.message}</p>}
      {claims.data && shown.length === 0 && <p className="muted">This article has no claims yet (select text and press Make claim).</p>}
      <ul>
        {shown.map((c) => (
          <li key={c.id}>
            <label>
              <input
                type="checkbox"
                checked={linked.includes(c.id)}
                onChange={(e) => onChange(e.target.checked ? [...linked, c.id] : linked.filter((id) => id !== c.id))}
              />
              <span>
                {short(c.text)}
                {overlaps(c) && <span className="muted"> · in this passage</span>}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}

import type { JSX } from 'react'
import type { SearchFacets as Facets, SearchFilters } from '../../../src-main/api/contract'
import { formatCount } from '../format'

interface Props {
  facets: Facets | null
  filters: SearchFilters
  onChange: (filters: SearchFilters) => void
}

/** Narrow the results: outlets (with counts), published dates, tags, originals only. */
export function SearchFacets({ facets, filters, onChange }: Readonly<Props>): JSX.Element {
  const outlets = filters.outlets ?? []
  const shown = new Map((facets?.outlets ?? []).map((o) => [o.value, o.count]))
  for (const o of outlets) if (!shown.has(o)) shown.set(o, 0)
  const toggle = (list: string[], value: string): string[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value])
  return (
    <aside className="search-facets" aria-label="Narrow results">
      <fieldset>
        <legend>Outlet</legend>
        {shown.size === 0 && <p className="muted">No outlets in these results.</p>}
        {[...shown.entries()].map(([value, count]) => (
          <label key={value} className="facet-row">
            <input type="checkbox" checked={outlets.includes(value)} onChange={() => onChange({ ...filters, outlets: toggle(outlets, value) })} />
            <span className="facet-name">{value}</span>
            <span className="facet-count">{formatCount(count)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Published</legend>
        <label className="facet-date">
          From
          <input type="date" value={filters.from ?? ''} onChange={(e) => onChange({ ...filters, from: e.target.value || null })} />
        </label>
        <label className="facet-date">
          To
          <input type="date" value={filters.to ?? ''} onChange={(e) => onChange({ ...filters, to: e.target.value || null })} />
        </label>
        {facets && (facets.dates.min || facets.dates.undated > 0) && (
          <p className="muted facet-note">
            {facets.dates.min ? `Hits from ${facets.dates.min} to ${facets.dates.max}` : ''}
            {facets.dates.undated > 0 ? `${facets.dates.min ? '; ' : ''}${formatCount(facets.dates.undated)} undated` : ''}
          </p>
        )}
      </fieldset>
      {(facets?.tags.length ?? 0) > 0 && (
        <fieldset>
          <legend>Tags</legend>
          {facets!.tags.map((t) => (
            <label key={t.value} className="facet-row">
              <input
                type="checkbox"
                checked={(filters.tags ?? []).includes(t.value)}
                onChange={() => onChange({ ...filters, tags: toggle(filters.tags ?? [], t.value) })}
              />
              <span className="facet-name">{t.value}</span>
              <span className="facet-count">{formatCount(t.count)}</span>
            </label>
          ))}
        </fieldset>
      )}
      <fieldset>
        <legend>Copies</legend>
        <label className="facet-row">
          <input type="checkbox" checked={filters.originalsOnly ?? false} onChange={(e) => onChange({ ...filters, originalsOnly: e.target.checked })} />
          <span className="facet-name">Originals only</span>
          <span className="facet-count">{facets && facets.copies > 0 ? `hides ${formatCount(facets.copies)}` : ''}</span>
        </label>
      </fieldset>
    </aside>
  )
}

import { useState, type JSX } from 'react'
import type { Tag } from '../../../src-main/api/contract'

interface Props {
  tags: Tag[]
  onCreate: (name: string, color: string) => Promise<void>
  onUpdate: (id: number, f: { name?: string; color?: string }) => Promise<void>
  onMerge: (from: number, into: number) => Promise<void>
}

/** The analyst's tags: create, rename, colour, merge. */
export function TagManager({ tags, onCreate, onUpdate, onMerge }: Readonly<Props>): JSX.Element {
  const [name, setName] = useState('')
  const [color, setColor] = useState('#2f6fde')
  return (
    <section className="tag-manager" aria-label="Tags">
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault()
          if (name.trim()) void onCreate(name.trim(), color).then(() => setName(''))
        }}
      >
        <label>
          New tag <input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. casualty figures" />
        </label>
        <label>
          Colour <input type="color" value={color} onChange={(e) => setColor(e.target.value)} />
        </label>
        <button type="submit" disabled={!name.trim()}>
          Create tag
        </button>
      </form>
      {tags.length === 0 ? (
        <p className="placeholder">No tags yet. Create one, then tag claims from a claim’s details or in bulk.</p>
      ) : (
        <ul className="tag-list">
          {tags.map((t) => (
            <TagRow key={t.id} tag={t} others={tags.filter((o) => o.id !== t.id)} onUpdate={onUpdate} onMerge={onMerge} />
          ))}
        </ul>
      )}
    </section>
  )
}

function TagRow({
  tag,
  others,
  onUpdate,
  onMerge,
}: Readonly<{ tag: Tag; others: Tag[]; onUpdate: Props['onUpdate']; onMerge: Props['onMerge'] }>): JSX.Element {
  const [name, setName] = useState(tag.name)
  const [into, setInto] = useState('')
  return (
    <li className="row">
      <input
        type="color"
        aria-label={`Colour of ${tag.name}`}
        value={tag.color}
        onChange={(e) => void onUpdate(tag.id, { color: e.target.value })}
      />
      <label>
        <span className="visually-hidden">Name of tag {tag.name}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <button type="button" disabled={!name.trim() || name === tag.name} onClick={() => void onUpdate(tag.id, { name })}>
        Rename
      </button>
      <span className="muted">{tag.count} claims</span>
      {others.length > 0 && (
        <>
          <label>
            <span className="visually-hidden">Merge {tag.name} into</span>
            <select value={into} onChange={(e) => setInto(e.target.value)}>
              <option value="">Merge into…</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={into === ''} onClick={() => void onMerge(tag.id, Number(into))}>
            Merge
          </button>
        </>
      )}
    </li>
  )
}

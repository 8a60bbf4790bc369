import { useState, type JSX } from 'react'
import type { Annotation, Colour } from '../../../src-main/api/contract'
import { ClaimLinks } from './ClaimLinks'
import { COLOUR_CHOICES } from './colours'

interface Props {
  annotation: Annotation
  onSave: (change: { note: string; colour: Colour; tags: string[]; claimIds: number[] }) => Promise<void>
  onCancel: () => void
}

/** The note (Markdown), colour and tags of one annotation, edited in place. */
export function AnnotationEditor({ annotation, onSave, onCancel }: Readonly<Props>): JSX.Element {
  const [note, setNote] = useState(annotation.note)
  const [colour, setColour] = useState<Colour>(annotation.colour)
  const [tags, setTags] = useState(annotation.tags.join(', '))
  const [claimIds, setClaimIds] = useState<number[]>(annotation.claimIds)
  const [busy, setBusy] = useState(false)
  const save = async (): Promise<void> => {
    setBusy(true)
    try {
      await onSave({ note, colour, tags: tags.split(',').map((t) => t.trim()).filter(Boolean), claimIds })
    } finally {
      setBusy(false)
    }
  }
  return (
    <form
      className="annotation-editor"
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel()
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save()
      }}
    >
      <label>
        Note <span className="muted">(Markdown)</span>
        <textarea value={note} rows={4} autoFocus onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="annotation-editor-row">
        <label>
          Colour
          <select value={colour} onChange={(e) => setColour(e.target.value as Colour)}>
            {COLOUR_CHOICES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tags
          <input value={tags} placeholder="comma, separated" onChange={(e) => setTags(e.target.value)} />
        </label>
      </div>
      <ClaimLinks annotation={annotation} linked={claimIds} onChange={setClaimIds} />
      <div className="annotation-actions">
        <button type="submit" disabled={busy}>
          Save note
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}

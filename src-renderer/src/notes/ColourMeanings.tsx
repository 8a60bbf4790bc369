import { useEffect, useState, type JSX } from 'react'
import type { Colour, ColourMeaning } from '../../../src-main/api/contract'
import { errorText, invoke } from '../api/client'
import { COLOUR_CHOICES } from '../annotate/colours'

/** What each highlight colour stands for ("Red = disputed"), set once for the workspace. */
export function ColourMeanings({ onSaved }: Readonly<{ onSaved: () => void }>): JSX.Element {
  const [values, setValues] = useState<Record<Colour, string>>({ yellow: '', green: '', blue: '', red: '', purple: '' })
  const [status, setStatus] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    invoke('colour-meanings-get', {}).then(
      (list) => setValues((v) => ({ ...v, ...Object.fromEntries(list.map((m) => [m.colour, m.tag])) })),
      (e: unknown) => setError(errorText(e)),
    )
  }, [])
  const save = async (): Promise<void> => {
    try {
      const meanings: ColourMeaning[] = COLOUR_CHOICES.flatMap((c) => (values[c.id].trim() ? [{ colour: c.id, tag: values[c.id].trim() }] : []))
      await invoke('colour-meanings-set', { meanings })
      setStatus('Colour meanings saved.')
      setError(null)
      onSaved()
    } catch (e) {
      setError(errorText(e))
    }
  }
  return (
    <form
      className="colour-meanings"
      aria-label="Colour meanings"
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      <h3>Colours stand for tags</h3>
      {COLOUR_CHOICES.map((c) => (
        <label key={c.id} className="colour-meaning">
          <span className="swatch" style={{ background: c.css }} aria-hidden="true" />
          {c.label} means
          <input value={values[c.id]} placeholder="a tag, e.g. disputed" onChange={(e) => setValues({ ...values, [c.id]: e.target.value })} />
        </label>
      ))}
      <button type="submit">Save colours</button>
      {status && <span role="status">{status}</span>}
      {error && <p role="alert">{error}</p>}
    </form>
  )
}

import { useState, type FormEvent, type JSX } from 'react'
import type { ArticleDetail, ArticleMetadataPatch } from '../../../src-main/api/contract'
import { errorText, invoke } from '../api/client'
import './ingest.css'

interface Props {
  article: ArticleDetail
  onSaved: (article: ArticleDetail) => void
  onCancel: () => void
}

type FieldName = 'title' | 'outlet' | 'publishedAt' | 'url' | 'author' | 'language'

const FIELDS: ReadonlyArray<{ name: FieldName; label: string; hint?: string }> = [
  { name: 'title', label: 'Title' },
  { name: 'outlet', label: 'Outlet' },
  { name: 'publishedAt', label: 'Published', hint: 'YYYY-MM-DD' },
  { name: 'author', label: 'Author' },
  { name: 'url', label: 'URL' },
  { name: 'language', label: 'Language', hint: 'code, e.g. en' },
]

/** Corrects an article's details; the host keeps the correction for this file if it is imported again. */
export function EditDetails({ article, onSaved, onCancel }: Readonly<Props>): JSX.Element {
  const [values, setValues] = useState<Record<FieldName, string>>(() => ({
    title: article.title,
    outlet: article.outlet ?? '',
    publishedAt: article.publishedAt ?? '',
    author: article.author ?? '',
    url: article.url ?? '',
    language: article.language ?? '',
  }))
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault()
    setSaving(true)
    setError(null)
    const patch: ArticleMetadataPatch = {}
    for (const { name } of FIELDS) {
      const v = values[name].trim()
      const old = name === 'title' ? article.title : (article[name] ?? '')
      if (v === old) continue
      if (name === 'title') patch.title = v
      else patch[name] = v === '' ? null : v
    }
    try {
      onSaved(await invoke('article-update-metadata', { id: article.id, patch }))
    } catch (err) {
      setError(errorText(err))
      setSaving(false)
    }
  }
  return (
    <form className="edit-details" aria-label="Edit details" onSubmit={(e) => void submit(e)}>
      {FIELDS.map(({ name, label, hint }) => (
        <FieldRow key={name} id={`edit-${name}`} label={label} hint={hint} value={values[name]} onChange={(v) => setValues((s) => ({ ...s, [name]: v }))} />
      ))}
      {error && <p role="alert">{error}</p>}
      <div className="edit-actions">
        <button type="submit" disabled={saving}>
          Save details
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}

function FieldRow(props: Readonly<{ id: string; label: string; hint: string | undefined; value: string; onChange: (v: string) => void }>): JSX.Element {
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <input id={props.id} value={props.value} placeholder={props.hint} onChange={(e) => props.onChange(e.target.value)} />
    </>
  )
}

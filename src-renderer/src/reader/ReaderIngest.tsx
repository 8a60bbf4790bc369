import { useState, type JSX } from 'react'
import type { ArticleDetail } from '../../../src-main/api/contract'
import { EditDetails } from './EditDetails'

/** The "Edit details" button and, once pressed, the form that corrects outlet, date, title, URL, author, language. */
export function EditDetailsToggle({ article, onChanged }: Readonly<{ article: ArticleDetail; onChanged?: (() => void) | undefined }>): JSX.Element {
  const [editing, setEditing] = useState<number | null>(null)
  if (editing !== article.id) {
    return (
      <button type="button" className="edit-details-button" onClick={() => setEditing(article.id)}>
        Edit details
      </button>
    )
  }
  return (
    <EditDetails
      article={article}
      onCancel={() => setEditing(null)}
      onSaved={() => {
        setEditing(null)
        onChanged?.()
      }}
    />
  )
}

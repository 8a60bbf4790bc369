import { useCallback, useEffect, useMemo, useState, type JSX } from 'react'
import type { Annotation, AnnotationFilter, Colour } from '../../../src-main/api/contract'
import { errorText, invoke } from '../api/client'
import { AnnotationCard } from '../annotate/AnnotationCard'
import { COLOUR_CHOICES } from '../annotate/colours'
import { onAnnotationsChanged } from '../annotate/events'
import { UndoBar } from '../annotate/UndoBar'
import { useAppActions } from '../shell/AppContext'
import { takeIntent } from '../shell/intents'
import { BackupPanel } from './BackupPanel'
import { ColourMeanings } from './ColourMeanings'
import { ExportDialog } from './ExportDialog'
import '../annotate/annotate.css'
import './notes.css'

/** Every annotation in the workspace, filtered by tag, article, outlet, colour, date and words; export and backup. */
export function NotesView(): JSX.Element {
  const { openArticle } = useAppActions()
  const [all, setAll] = useState<Annotation[]>([])
  const [shown, setShown] = useState<Annotation[]>([])
  const [filter, setFilter] = useState<AnnotationFilter>({})
  const [error, setError] = useState<string | null>(null)
  const [editing, setEditing] = useState<number | null>(null)
  const [exporting, setExporting] = useState(false)
  const [tick, setTick] = useState(0)
  const reload = useCallback(() => setTick((t) => t + 1), [])
  useEffect(() => onAnnotationsChanged(reload), [reload])
  useEffect(() => takeIntent('export-notes', () => setExporting(true)), [])
  useEffect(() => {
    let live = true
    Promise.all([invoke('annotations-list', {}), invoke('annotations-list', filter)]).then(
      ([everything, filtered]) => {
        if (!live) return
        setAll(everything)
        setShown(filtered)
        setError(null)
      },
      (e: unknown) => live && setError(errorText(e)),
    )
    return () => {
      live = false
    }
  }, [filter, tick])
  const facets = useMemo(() => {
    const tags = [...new Set(all.flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b))
    const outlets = [...new Set(all.flatMap((a) => (a.article.outlet ? [a.article.outlet] : [])))].sort()
    const articles = [...new Map(all.map((a) => [a.articleId, { id: a.articleId, title: a.article.title }])).values()]
    return { tags, outlets, articles }
  }, [all])
  const set = (patch: Partial<AnnotationFilter>): void => {
    const next: AnnotationFilter = { ...filter, ...patch }
    for (const k of Object.keys(next) as Array<keyof AnnotationFilter>) if (next[k] === undefined || next[k] === '') delete next[k]
    setFilter(next)
  }
  return (
    <section className="notes-view" aria-label="Notes">
      <header className="notes-header">
        <h2>Notes</h2>
        <span className="muted">
          {shown.length} of {all.length}
        </span>
        <button type="button" onClick={() => setExporting(true)}>
          Export…
        </button>
      </header>
      <div className="notes-filters" role="search" aria-label="Filter notes">
        <input type="search" aria-label="Search notes" placeholder="Search notes, quotes and tags" value={filter.text ?? ''} onChange={(e) => set({ text: e.target.value })} />
        <label>
          Tag
          <select value={filter.tag ?? ''} onChange={(e) => set({ tag: e.target.value || undefined })}>
            <option value="">Any</option>
            {facets.tags.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <label>
          Article
          <select value={filter.articleId ?? ''} onChange={(e) => set({ articleId: e.target.value ? Number(e.target.value) : undefined })}>
            <option value="">Any</option>
            {facets.articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title.slice(0, 50)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Outlet
          <select value={filter.outlet ?? ''} onChange={(e) => set({ outlet: e.target.value || undefined })}>
            <option value="">Any</option>
            {facets.outlets.map((o) => (
              <option key={o}>{o}</option>
            ))}
          </select>
        </label>
        <label>
          Colour
          <select value={filter.colour ?? ''} onChange={(e) => set({ colour: (e.target.value || undefined) as Colour | undefined })}>
            <option value="">Any</option>
            {COLOUR_CHOICES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          From
          <input type="date" value={filter.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} />
        </label>
        <label>
          To
          <input type="date" value={filter.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
        </label>
      </div>
      <UndoBar />
      {error && <p role="alert">{error}</p>}
      <div className="notes-body">
        {shown.length === 0 ? (
          <p className="placeholder">
            {all.length === 0 ? 'No notes yet. Open an article, select text and press Highlight to start.' : 'No notes match these filters.'}
          </p>
        ) : (
          <ol className="annotation-list notes-list" aria-label="All notes">
            {shown.map((a) => (
              <AnnotationCard
                key={a.id}
                annotation={a}
                selected={false}
                editing={editing === a.id}
                onEdit={(on) => setEditing(on ? a.id : null)}
                heading={
                  <p className="notes-article">
                    <button type="button" className="link-button" onClick={() => openArticle(a.articleId, { offset: a.start, highlight: [a.quote.slice(0, 200)] })}>
                      {a.article.title}
                    </button>
                    <span className="muted">
                      {' '}
                      · {a.article.outlet ?? 'unknown outlet'} · {a.article.publishedAt ?? 'undated'} · noted {a.createdAt.slice(0, 10)}
                    </span>
                  </p>
                }
              />
            ))}
          </ol>
        )}
        <aside className="notes-side">
          <ColourMeanings onSaved={reload} />
          <BackupPanel onRestored={reload} />
        </aside>
      </div>
      {exporting && <ExportDialog articles={facets.articles} tags={facets.tags} onClose={() => setExporting(false)} />}
    </section>
  )
}

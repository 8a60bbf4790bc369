import { useEffect, useState, type JSX } from 'react'
import type { ExportFormat, ExportRequest, ExportScope } from '../../../src-main/api/contract'
import { errorText, invoke } from '../api/client'
import { downloadBase64 } from './download'

interface Props {
  /** Scopes offered besides "everything": the notes view's current article and tag. */
  articles: ReadonlyArray<{ id: number; title: string }>
  tags: readonly string[]
  onClose: () => void
}

const FORMATS: ReadonlyArray<{ id: ExportFormat; label: string }> = [
  { id: 'md', label: 'Markdown (.md)' },
  { id: 'html', label: 'Web page for printing (.html)' },
  { id: 'docx', label: 'Word (.docx)' },
  { id: 'json', label: 'W3C Web Annotation (.jsonld)' },
  { id: 'csv', label: 'Spreadsheet of notes (.csv)' },
  { id: 'claims-csv', label: 'Spreadsheet of claims (.csv)' },
]

function scopeOf(value: string): ExportScope {
  const [kind, rest = ''] = value.split(':', 2) as [string, string | undefined]
  if (kind === 'article') return { kind: 'article', articleId: Number(rest) }
  if (kind === 'tag') return { kind: 'tag', tag: value.slice(4) }
  if (kind === 'cluster') return { kind: 'cluster', clusterId: Number(rest) }
  return { kind: 'all' }
}

/** Choose format, scope and grouping; see a preview of what will be written; download it. */
export function ExportDialog({ articles, tags, onClose }: Readonly<Props>): JSX.Element {
  const [format, setFormat] = useState<ExportFormat>('md')
  const [scope, setScope] = useState('all')
  const [cluster, setCluster] = useState('')
  const [grouping, setGrouping] = useState<'article' | 'tag'>('article')
  const [preview, setPreview] = useState<{ text: string; fileName: string; count: number; bytes: number; truncated: boolean } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const request: ExportRequest = { format, scope: scope === 'cluster' ? { kind: 'cluster', clusterId: Number(cluster) || 1 } : scopeOf(scope), grouping }
  const key = JSON.stringify(request)
  useEffect(() => {
    let live = true
    invoke('export-preview', JSON.parse(key) as ExportRequest).then(
      (p) => live && (setPreview(p), setError(null)),
      (e: unknown) => live && setError(errorText(e)),
    )
    return () => {
      live = false
    }
  }, [key])
  const download = async (): Promise<void> => {
    setError(null)
    try {
      const f = await invoke('export-file', request)
      downloadBase64(f.base64, f.fileName, f.mimeType)
      setStatus(`Saved ${f.fileName} (${f.count} ${format === 'claims-csv' ? 'claims' : 'notes'}).`)
    } catch (e) {
      setError(errorText(e))
    }
  }
  return (
    <div className="export-dialog" role="dialog" aria-modal="true" aria-labelledby="export-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="export-dialog-body">
        <h2 id="export-title">Export notes</h2>
        <div className="export-options">
          <label>
            Format
            <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
              {FORMATS.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            What to export
            <select value={scope} onChange={(e) => setScope(e.target.value)}>
              <option value="all">Everything</option>
              {articles.map((a) => (
                <option key={a.id} value={`article:${a.id}`}>
                  Article: {a.title.slice(0, 60)}
                </option>
              ))}
              {tags.map((t) => (
                <option key={t} value={`tag:${t}`}>
                  Tag: {t}
                </option>
              ))}
              <option value="cluster">One claim cluster…</option>
            </select>
          </label>
          {scope === 'cluster' && (
            <label>
              Cluster number
              <input type="number" min={1} value={cluster} onChange={(e) => setCluster(e.target.value)} />
            </label>
          )}
          {(format === 'md' || format === 'html' || format === 'docx') && (
            <label>
              Group by
              <select value={grouping} onChange={(e) => setGrouping(e.target.value as 'article' | 'tag')}>
                <option value="article">Article</option>
                <option value="tag">Tag</option>
              </select>
            </label>
          )}
        </div>
        {preview && (
          <p className="muted">
            {preview.fileName} · {preview.count} {format === 'claims-csv' ? 'claims' : 'notes'} · {Math.max(1, Math.round(preview.bytes / 1024))} KB
            {format === 'docx' ? ' · preview shows the text of the document' : ''}
          </p>
        )}
        <pre className="export-preview" aria-label="Export preview" tabIndex={0}>
          {preview ? preview.text + (preview.truncated ? '\n…' : '') : 'Preparing preview…'}
        </pre>
        {error && <p role="alert">{error}</p>}
        {status && <p role="status">{status}</p>}
        <div className="annotation-actions">
          <button type="button" onClick={() => void download()} disabled={!preview}>
            Download
          </button>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  )
}

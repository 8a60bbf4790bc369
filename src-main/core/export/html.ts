import { citation, groups, stateLabel } from './citation'
import type { ExportData } from './types'

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

const CSS = `
body { font: 15px/1.55 Georgia, 'Times New Roman', serif; color: #1d232b; max-width: 46rem; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ccd; padding-bottom: .2rem; }
.meta, .cite, .facts { color: #555e6b; font-size: .85rem; font-family: system-ui, sans-serif; }
.note-item { margin: 1rem 0 1.4rem; break-inside: avoid; }
blockquote { margin: 0 0 .4rem; padding: .3rem .8rem; border-left: 4px solid var(--c, #e8c547); background: #faf7ec; white-space: pre-wrap; }
.note { white-space: pre-wrap; margin: .3rem 0; }
.tags span { display: inline-block; font: .75rem system-ui, sans-serif; border: 1px solid #aab; border-radius: 9px; padding: 0 .45rem; margin-right: .25rem; }
.state { color: #8a4b00; font: italic .8rem system-ui, sans-serif; }
@media print { body { margin: 0; max-width: none; font-size: 11pt; } h2 { break-after: avoid; } blockquote { background: none; } a { color: inherit; } }
`

const BORDER: Record<string, string> = { yellow: '#e8c547', green: '#5fb36b', blue: '#4f86d9', red: '#d9534f', purple: '#8e6bd1' }

/** Notes as one self-contained HTML page (inline CSS, no scripts, no external resources) that prints well. */
export function toHtml(data: ExportData): string {
  const body: string[] = [
    `<h1>${escapeHtml(data.title)}</h1>`,
    `<p class="meta">${escapeHtml(`${data.scopeLabel} · ${data.annotations.length} notes · exported ${data.generatedAt}`)}</p>`,
  ]
  for (const g of groups(data)) {
    body.push(`<h2>${escapeHtml(g.heading)}</h2>`)
    if (g.article) {
      const facts = [g.article.outlet, g.article.publishedAt, g.article.url].filter((f): f is string => Boolean(f))
      if (facts.length) body.push(`<p class="facts">${escapeHtml(facts.join(' · '))}</p>`)
    }
    for (const a of g.items) {
      const state = stateLabel(a)
      body.push(
        `<div class="note-item">`,
        `<blockquote style="--c: ${BORDER[a.colour] ?? '#e8c547'}">${escapeHtml(a.quote)}</blockquote>`,
        state ? `<p class="state">${escapeHtml(state)}</p>` : '',
        a.note.trim() ? `<div class="note">${escapeHtml(a.note.trim())}</div>` : '',
        a.tags.length ? `<p class="tags">${a.tags.map((t) => `<span>${escapeHtml(t)}</span>`).join('')}</p>` : '',
        `<p class="cite">— ${escapeHtml(citation(a, data.articles.get(a.articleId)))}</p>`,
        `</div>`,
      )
    }
  }
  if (data.annotations.length === 0) body.push('<p class="meta">No annotations in this selection.</p>')
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(data.title)}</title>`,
    `<style>${CSS}</style></head><body>`,
    ...body.filter(Boolean),
    '</body></html>',
    '',
  ].join('\n')
}

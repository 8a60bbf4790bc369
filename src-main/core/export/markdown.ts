import { citation, groups, stateLabel } from './citation'
import type { ExportData } from './types'

/** Backslash-escapes what Markdown would read as markup in running text (titles, outlets). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|~]/gu, '\\$&').replace(/\r?\n/gu, ' ')
}

/** A blockquote of `text`, every line prefixed, so a quote with blank lines stays one quote. */
function blockquote(text: string): string {
  return text
    .split(/\r?\n/u)
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n')
}

/**
 * Notes as Markdown: a heading per article (or tag), then each quote as a blockquote, its note
 * (the analyst's own Markdown, kept as written), tags and a citation line.
 */
export function toMarkdown(data: ExportData): string {
  const out: string[] = [`# ${escapeMarkdown(data.title)}`, '', `_${escapeMarkdown(data.scopeLabel)} · ${data.annotations.length} notes · exported ${data.generatedAt}_`, '']
  for (const g of groups(data)) {
    out.push(`## ${escapeMarkdown(g.heading)}`, '')
    if (g.article) {
      const facts = [g.article.outlet, g.article.publishedAt, g.article.url ? `<${g.article.url.replace(/[<>\s]/gu, encodeURIComponent)}>` : null]
      out.push(facts.filter(Boolean).map((f) => (f!.startsWith('<') ? f! : escapeMarkdown(f!))).join(' · ') || '_no details_', '')
    }
    for (const a of g.items) {
      out.push(blockquote(a.quote), '')
      const state = stateLabel(a)
      if (state) out.push(`_(${state})_`, '')
      if (a.note.trim() !== '') out.push(a.note.trim(), '')
      const meta = [a.tags.length ? `Tags: ${a.tags.map((t) => escapeMarkdown(t)).join(', ')}` : '', a.claimIds.length ? `Claims: ${a.claimIds.map((c) => `#${c}`).join(', ')}` : '']
      if (meta.some(Boolean)) out.push(meta.filter(Boolean).join(' · '), '')
      out.push(`— ${escapeMarkdown(citation(a, data.articles.get(a.articleId)))}`, '', '---', '')
    }
  }
  if (data.annotations.length === 0) out.push('_No annotations in this selection._', '')
  return out.join('\n')
}

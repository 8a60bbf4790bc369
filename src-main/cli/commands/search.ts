import { type Command, UsageError } from '../command'

/** `search QUERY [--limit N]`: ranked hits with snippets (waits for a complete index). */
export const searchCommand: Command = {
  name: 'search',
  usage: 'search QUERY [--limit N]',
  summary: 'full-text search: ranked articles with snippets',
  run: async ({ ws, args, out }) => {
    const words: string[] = []
    let limit = 20
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!
      const value = a === '--limit' ? args[++i] : a.startsWith('--limit=') ? a.slice(8) : null
      if (value !== null) {
        const n = Number(value)
        if (!Number.isInteger(n) || n < 0 || n > 100_000) throw new UsageError('--limit needs a whole number (0 to 100000).')
        limit = n
      } else words.push(a)
    }
    const query = words.join(' ').trim()
    if (!query) throw new UsageError('search needs a query, e.g. crosscheck search "harbour closure" --json')
    const result = await ws.search({ query, limit }, { complete: true })
    const json = {
      query: result.query,
      total: result.total,
      hits: result.hits.map((h) => ({
        articleId: h.articleId,
        title: h.title,
        outlet: h.outlet,
        score: h.score,
        snippet: h.snippet,
        publishedAt: h.publishedAt,
        highlights: h.snippetHighlights,
      })),
      corrections: result.corrections,
      notices: result.notices,
    }
    out(json, () =>
      [
        ...result.notices,
        ...result.corrections.map((c) => `Showing results for ${c.to} (you typed ${c.from}).`),
        `${result.total} ${result.total === 1 ? 'article' : 'articles'}`,
        ...result.hits.map((h) => `\n#${h.articleId} ${h.title}\n  ${h.outlet ?? ''} ${h.publishedAt ?? ''}\n  ${h.snippet}`),
      ].join('\n'),
    )
    return 0
  },
}

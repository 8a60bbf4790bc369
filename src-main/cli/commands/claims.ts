import { type Command, UsageError } from '../command'

/** `claims [--article ID] --json`: every claim (suggested, accepted, rejected) with its facts. */
export const claimsCommand: Command = {
  name: 'claims',
  usage: 'claims [--article ID]',
  summary: 'claims found in the articles, with quantities, entities, tags and cluster',
  run: ({ ws, args, out }) => {
    let articleId: number | undefined
    for (let i = 0; i < args.length; i++) {
      const a = args[i]
      if (a === '--article') {
        articleId = Number(args[++i])
        if (!Number.isInteger(articleId) || articleId <= 0) throw new UsageError('--article needs an article id (a positive number).')
      } else throw new UsageError(`claims: unknown argument "${a ?? ''}".`)
    }
    if (articleId !== undefined) ws.getArticle(articleId)
    const claims = ws.claims.list(articleId === undefined ? {} : { articleId })
    const records = claims.map((c) => ({
      id: c.id,
      articleId: c.articleId,
      text: c.text,
      start: c.start,
      end: c.end,
      kind: c.kind,
      quantities: c.quantities.map((q) => ({ ...q })),
      entities: c.entities,
      tags: c.tags,
      clusterId: c.clusterId,
      review: c.review,
      status: c.status,
      attribution: c.attribution,
      clusterSources: c.clusterSources,
    }))
    out(records, () =>
      records.length === 0
        ? 'No claims.'
        : records
            .map((c) => `#${c.id} [article ${c.articleId}] ${c.kind}${c.clusterId ? ` cluster ${c.clusterId}` : ''} ${c.review}\n  ${c.text}`)
            .join('\n'),
    )
    return 0
  },
}

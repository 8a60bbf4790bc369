import { formatQuantity } from '../../core/text/quantities'
import { type Command, UsageError } from '../command'

/** `clusters --json`: the same claim across sources, with independent sources and conflicts. */
export const clustersCommand: Command = {
  name: 'clusters',
  usage: 'clusters',
  summary: 'claims grouped across sources, with conflicting figures',
  run: ({ ws, args, out }) => {
    if (args.length > 0) throw new UsageError(`clusters: unknown argument "${args[0] ?? ''}".`)
    const clusters = ws.claims.clusters()
    out(clusters, () =>
      clusters.length === 0
        ? 'No claim is made by more than one source yet.'
        : clusters
            .map((c) => {
              const head = `#${c.id} ${c.independentSources} sources (articles ${c.articleIds.join(', ')}): ${c.label}`
              const conflicts = c.conflicts.map(
                (k) => `  CONFLICT ${k.quantity}: ${k.values.map((v) => `${formatQuantity(v)} (article ${v.articleId})`).join(' vs ')}`,
              )
              return [head, ...conflicts].join('\n')
            })
            .join('\n'),
    )
    return 0
  },
}

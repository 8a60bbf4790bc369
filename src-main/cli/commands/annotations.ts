import type { AnnotationFilter } from '../../core/annotate/types'
import { type Command, UsageError } from '../command'

/** `annotations [--article ID] [--tag T] --json`: every annotation (or those of one article or tag). */
export const annotationsCommand: Command = {
  name: 'annotations',
  usage: 'annotations [--article ID] [--tag T]',
  summary: 'the analyst’s highlights and notes, with their anchor state',
  run: ({ ws, args, out }) => {
    const filter: AnnotationFilter = {}
    for (let i = 0; i < args.length; i++) {
      const a = args[i]
      if (a === '--article') {
        const id = Number(args[++i])
        if (!Number.isInteger(id) || id <= 0) throw new UsageError('--article needs an article id (a positive number).')
        filter.articleId = id
      } else if (a === '--tag') {
        const t = args[++i]
        if (!t) throw new UsageError('--tag needs a tag name.')
        filter.tag = t
      } else throw new UsageError(`annotations: unknown argument "${a ?? ''}".`)
    }
    const list = ws.annotations.list(filter)
    out(list, () =>
      list.length === 0
        ? 'No annotations.'
        : list
            .map((n) => `#${n.id} [article ${n.articleId}] ${n.state}${n.tags.length ? ` (${n.tags.join(', ')})` : ''}\n  “${n.quote}”${n.note ? `\n  ${n.note.replace(/\n/gu, '\n  ')}` : ''}`)
            .join('\n'),
    )
    return 0
  },
}

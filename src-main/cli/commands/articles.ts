import type { Command } from '../command'
import { articleRecord } from '../records'

export const articlesCommand: Command = {
  name: 'articles',
  usage: 'articles',
  summary: 'list the articles in the workspace',
  run: ({ ws, out }) => {
    const list = ws.listArticles()
    out(
      list.map((a) => articleRecord(ws, a)),
      () => list.map((a) => `${a.id}\t${a.publishedAt ?? '----------'}\t${a.outlet ?? '-'}\t${a.title}`).join('\n'),
    )
    return 0
  },
}

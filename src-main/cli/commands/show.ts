import { type Command, UsageError } from '../command'
import { articleShowRecord } from '../records'

export const showCommand: Command = {
  name: 'show',
  usage: 'show ID',
  summary: 'one article with its clean and raw text',
  run: ({ ws, args, out }) => {
    const id = Number(args[0])
    if (!Number.isInteger(id) || id <= 0) throw new UsageError('show needs an article id (a positive number).')
    const record = articleShowRecord(ws, id)
    out(record, () => `${record.title}\n${record.outlet ?? ''} ${record.publishedAt ?? ''}\n\n${record.text}`)
    return 0
  },
}

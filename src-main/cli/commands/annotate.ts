import { COLOURS, type Colour } from '../../core/annotate/types'
import { type Command, UsageError } from '../command'

/** `annotate ID --quote TEXT [--note TEXT] [--tag T]... [--colour C] --json`: highlight a quote of an article. */
export const annotateCommand: Command = {
  name: 'annotate',
  usage: 'annotate ID --quote TEXT [--note TEXT] [--tag T]... [--colour C]',
  summary: 'highlight a quote of an article, with a note and tags',
  run: ({ ws, args, out }) => {
    const id = Number(args[0])
    if (!Number.isInteger(id) || id <= 0) throw new UsageError('annotate needs an article id (a positive number).')
    let quote: string | undefined
    let note: string | undefined
    let colour: Colour | undefined
    const tags: string[] = []
    for (let i = 1; i < args.length; i++) {
      const a = args[i]
      const value = (): string => {
        const v = args[++i]
        if (v === undefined) throw new UsageError(`${a ?? ''} needs a value.`)
        return v
      }
      if (a === '--quote') quote = value()
      else if (a === '--note') note = value()
      else if (a === '--tag') tags.push(value())
      else if (a === '--colour' || a === '--color') {
        const c = value()
        if (!(COLOURS as readonly string[]).includes(c)) throw new UsageError(`--colour is one of ${COLOURS.join(', ')}.`)
        colour = c as Colour
      } else throw new UsageError(`annotate: unknown argument "${a ?? ''}".`)
    }
    if (quote === undefined || quote.trim() === '') throw new UsageError('annotate needs --quote TEXT (words of the article to highlight).')
    ws.getArticle(id)
    const annotation = ws.annotations.create({
      articleId: id,
      quote,
      ...(note === undefined ? {} : { note }),
      ...(colour === undefined ? {} : { colour }),
      tags,
    })
    out(annotation, () => `Annotation ${annotation.id} on article ${id} (${annotation.start}-${annotation.end}): “${annotation.quote}”`)
    return 0
  },
}

import { type Command, UsageError } from '../command'

function parseId(arg: string | undefined): number {
  const id = Number(arg)
  if (!Number.isInteger(id) || id <= 0) throw new UsageError('compare needs two article ids (positive numbers).')
  return id
}

const pct = (x: number): string => `${Math.round(x * 100)}%`

export const compareCommand: Command = {
  name: 'compare',
  usage: 'compare ID ID',
  summary: 'two articles side by side: shared, paraphrased, conflicting and unique sentences',
  run: ({ ws, args, out }) => {
    const ids = args.filter((a) => !a.startsWith('--'))
    if (ids.length !== 2) throw new UsageError('compare needs exactly two article ids.')
    const a = parseId(ids[0])
    const b = parseId(ids[1])
    if (a === b) throw new UsageError('compare needs two different articles.')
    const { articles, comparison } = ws.compare.compare([a, b])
    if (!comparison) throw new Error('no comparison')
    const { similarity, relation, pairs, onlyA, onlyB, coverage, counts, omissions } = comparison
    out({ similarity, relation, pairs, onlyA, onlyB, coverage, counts, omissions }, () => {
      const lines = [
        `#${a} ${articles[0]?.title ?? ''}`,
        `#${b} ${articles[1]?.title ?? ''}`,
        `similarity ${pct(similarity)}, ${relation.replace('_', ' ')}: ${counts.identical} identical, ` +
          `${counts.paraphrase} paraphrased, ${counts.conflict} conflicting, ${counts.onlyA} only in #${a}, ${counts.onlyB} only in #${b}`,
        '',
      ]
      for (const p of pairs) {
        lines.push(`${p.relation.padEnd(10)} ${pct(p.score).padStart(4)}  A: ${p.a.text}`, `                 B: ${p.b.text}`)
        if (p.relation !== 'identical') lines.push(`                 (${p.reasons.join('; ')})`)
      }
      for (const s of onlyA) lines.push(`only A           ${s.text}`)
      for (const s of onlyB) lines.push(`only B           ${s.text}`)
      return lines.join('\n')
    })
    return 0
  },
}

import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { EXPORT_FORMATS, type ExportFormat, type ExportRequest, type ExportScope } from '../../core/export/types'
import { type Command, UsageError } from '../command'

/**
 * `export --format md|html|json|csv|claims-csv|docx [--out FILE] [--article ID|--tag T|--cluster ID] [--by article|tag]`:
 * the annotated notes; without --out, text formats print on stdout.
 */
export const exportCommand: Command = {
  name: 'export',
  usage: 'export --format md|html|json|csv|claims-csv|docx [--out FILE] [--article ID|--tag T|--cluster ID] [--by article|tag]',
  summary: 'export the annotated notes (or the claims as CSV)',
  run: ({ ws, args, out, json }) => {
    let format: ExportFormat | undefined
    let file: string | undefined
    let scope: ExportScope = { kind: 'all' }
    let grouping: 'article' | 'tag' | undefined
    const positive = (flag: string, v: string | undefined): number => {
      const n = Number(v)
      if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} needs a positive number.`)
      return n
    }
    for (let i = 0; i < args.length; i++) {
      const a = args[i]
      if (a === '--format') {
        const f = args[++i] ?? ''
        if (!(EXPORT_FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format is one of ${EXPORT_FORMATS.join(', ')}.`)
        format = f as ExportFormat
      } else if (a === '--out') {
        file = args[++i]
        if (!file) throw new UsageError('--out needs a file name.')
      } else if (a === '--article') scope = { kind: 'article', articleId: positive(a, args[++i]) }
      else if (a === '--cluster') scope = { kind: 'cluster', clusterId: positive(a, args[++i]) }
      else if (a === '--tag') {
        const t = args[++i]
        if (!t) throw new UsageError('--tag needs a tag name.')
        scope = { kind: 'tag', tag: t }
      } else if (a === '--by') {
        const g = args[++i]
        if (g !== 'article' && g !== 'tag') throw new UsageError('--by is article or tag.')
        grouping = g
      } else throw new UsageError(`export: unknown argument "${a ?? ''}".`)
    }
    if (!format) throw new UsageError(`export needs --format (${EXPORT_FORMATS.join(', ')}).`)
    const req: ExportRequest = { format, scope, ...(grouping ? { grouping } : {}) }
    const result = ws.exports.file(req)
    if (file === undefined) {
      if (format === 'docx') throw new UsageError('DOCX is binary: give --out FILE.')
      if (json && format !== 'json') {
        out({ format, fileName: result.fileName, count: result.count, content: new TextDecoder().decode(result.bytes) }, () => '')
      } else process.stdout.write(result.bytes)
      return 0
    }
    const path = resolve(file)
    writeFileSync(path, result.bytes)
    out({ file: path, format, count: result.count, bytes: result.bytes.length }, () => `Wrote ${result.count} ${format === 'claims-csv' ? 'claims' : 'notes'} to ${path}.`)
    return 0
  },
}

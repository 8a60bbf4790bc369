import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeDocx, makePdf } from '../support/make-docs'
import { cli, tempDb } from './run-cli'

interface ImportJson {
  results: Array<{ file: string; status: string; articleId: number | null; error: string | null; record?: number }>
  imported: number
  failed: number
}
interface ArticleJson {
  id: number
  title: string
  outlet: string | null
  sourceFile: string
  copyOf: unknown[]
  spam: Array<{ text: string; start: number; end: number }>
  removed: Array<{ kind: string; text: string; start: number; end: number }>
}

const BODY =
  'Salvage crews in Velmora worked through the night to refloat the ferry Maristella near the harbour mouth. ' +
  'The harbour master said the Maristella carried no cargo and the channel would reopen by Thursday.'

describe('crosscheck import of PDF, DOCX, EML, bulk files and bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-int-ingest-'))
  writeFileSync(join(dir, 'spliced.txt'), `Ferry refloated\n\n${BODY.replace('stella near', ' cheap watch deals stella near')}\n`)
  writeFileSync(join(dir, 'report.pdf'), makePdf([['Channel to reopen', '', 'The channel would reopen by Thursday, the harbour master of Velmora told reporters at noon.']]))
  writeFileSync(join(dir, 'locked.pdf'), makePdf([['x']], { encrypt: true }))
  writeFileSync(join(dir, 'memo.docx'), makeDocx('Divers find no breach', ['Divers inspected the hull of the ferry twice and found no breach, the authority said.']))
  writeFileSync(
    join(dir, 'exp.csv'),
    'headline,body,outlet\n"Fishermen count cost","Fishermen in Velmora said the closure had cost them two days of work at sea.",Velmora Gazette\n',
  )
  writeFileSync(join(dir, 'page.html'), '<html><body><p onmouseover="steal()">Unclosed <b>bold <div>and a table<table><tr><td>cell')
  const db = tempDb()
  const run = cli(db, 'import', dir, '--json')
  const report = run.json<ImportJson>()
  const status = Object.fromEntries(report.results.map((r) => [r.file.slice(dir.length + 1), [r.status, r.error]]))

  it('imports each format and names the bad files', () => {
    expect(run.code).toBe(0)
    expect(status['report.pdf']?.[0]).toBe('imported')
    expect(status['memo.docx']?.[0]).toBe('imported')
    expect(status['exp.csv']?.[0]).toBe('imported')
    expect(status['page.html']?.[0]).toBe('imported')
    expect(status['locked.pdf']).toEqual(['failed', expect.stringMatching(/encrypted/)])
    expect(report.results.find((r) => r.file.endsWith('exp.csv'))?.record).toBe(1)
  })

  it('reports spam and removed per the contract in articles --json', () => {
    const articles = cli(db, 'articles', '--json').json<ArticleJson[]>()
    const spliced = articles.find((a) => a.sourceFile.endsWith('spliced.txt'))
    expect(spliced?.spam.map((s) => s.text)).toEqual([' cheap watch deals '])
    expect(spliced?.removed.some((r) => r.kind === 'spam' && r.text === ' cheap watch deals ')).toBe(true)
    expect(Array.isArray(spliced?.copyOf)).toBe(true)
    expect(articles.find((a) => a.sourceFile.endsWith('exp.csv'))?.outlet).toBe('Velmora Gazette')
  })
})

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { cli, tempDb } from './run-cli'

const built = existsSync(join(__dirname, '../../out/main/cli.js'))

interface AnnotationJson {
  id: number
  articleId: number
  quote: string
  note: string
  tags: string[]
  state: string
  start: number
  end: number
}

describe.skipIf(!built)('crosscheck annotate / annotations / export / backup / restore', () => {
  it('annotates by quote, lists, exports every format and round-trips a backup', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-annotate-cli-'))
    writeFileSync(
      join(dir, 'storm.txt'),
      'Storm hits Velmora harbour\n\nThe harbour authority said twelve fishing boats were damaged overnight.\n\nRepairs will cost about 3.4 million crowns, officials said.\n',
    )
    const db = tempDb()
    expect(cli(db, 'import', dir, '--json').code).toBe(0)

    const made = cli(db, 'annotate', '1', '--quote', 'twelve fishing boats', '--note', 'Port office says *ten*', '--tag', 'disputed', '--tag', 'boats', '--json')
    expect(made.stderr).toBe('')
    const a = made.json<AnnotationJson>()
    expect(a).toMatchObject({ id: 1, articleId: 1, quote: 'twelve fishing boats', note: 'Port office says *ten*', tags: ['boats', 'disputed'], state: 'anchored' })

    const missing = cli(db, 'annotate', '1', '--quote', 'words that are not there', '--json')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/does not contain/u)
    expect(missing.stderr).not.toMatch(/at .*\.js/u)

    const list = cli(db, 'annotations', '--json').json<AnnotationJson[]>()
    expect(list.map((n) => n.quote)).toEqual(['twelve fishing boats'])

    const md = cli(db, 'export', '--format', 'md')
    expect(md.code).toBe(0)
    expect(md.stdout).toContain('> twelve fishing boats')
    expect(md.stdout).toContain('Port office says *ten*')

    const csvFile = join(dir, 'notes.csv')
    const wrote = cli(db, 'export', '--format', 'csv', '--out', csvFile, '--json').json<{ count: number }>()
    expect(wrote.count).toBe(1)
    const rows = Papa.parse<string[]>(readFileSync(csvFile, 'utf8').replace(/^\uFEFF/u, '').trimEnd()).data
    expect(rows[1]).toContain('twelve fishing boats')

    const json = JSON.parse(cli(db, 'export', '--format', 'json').stdout) as { type: string; first: { items: Array<{ type: string }> } }
    expect(json.type).toBe('AnnotationCollection')
    expect(json.first.items[0]!.type).toBe('Annotation')

    expect(cli(db, 'export', '--format', 'docx').code).toBe(1)
    const docx = join(dir, 'notes.docx')
    expect(cli(db, 'export', '--format', 'docx', '--out', docx).code).toBe(0)
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK')

    const backup = join(dir, 'hand-over.crosscheck')
    const b = cli(db, 'backup', backup, '--json').json<{ counts: Record<string, number> }>()
    expect(b.counts).toMatchObject({ articles: 1, annotations: 1 })

    const other = tempDb()
    const r = cli(other, 'restore', backup, '--json')
    expect(r.stderr).toBe('')
    expect(r.json<{ counts: Record<string, number> }>().counts).toMatchObject({ articles: 1, annotations: 1 })
    expect(cli(other, 'annotations', '--json').json<AnnotationJson[]>()[0]).toMatchObject({ quote: 'twelve fishing boats', tags: ['boats', 'disputed'] })

    const junk = join(dir, 'junk.crosscheck')
    writeFileSync(junk, 'not a backup')
    const refused = cli(other, 'restore', junk)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/not a Crosscheck backup/u)
  }, 120_000)
})

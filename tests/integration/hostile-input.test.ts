import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, tempDb } from './run-cli'

interface Result {
  file: string
  status: string
  articleId: number | null
  error: string | null
}

/** Builds a folder of awkward files next to one ordinary article. */
function awkwardFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cc-hostile-'))
  const body = 'The harbour office said the north quay would reopen on Monday after repairs.\n\nInspectors found no damage, the office said.'
  writeFileSync(join(dir, 'a-ordinary.txt'), `Quay to reopen\n\n${body}`)
  writeFileSync(join(dir, 'deep.html'), `<html><body>${'<div>'.repeat(10_000)}<p>Deep text that the harbour office published on Monday morning.</p>${'</div>'.repeat(10_000)}</body></html>`)
  writeFileSync(join(dir, 'huge.txt'), '')
  truncateSync(join(dir, 'huge.txt'), 25 * 1024 * 1024) // sparse: large on paper, nothing to read
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Fähre fährt wieder\n\nDie Fähre nach Kessling fährt ab Montag wieder, sagte das Hafenamt.', 'utf16le')])
  writeFileSync(join(dir, 'utf16.txt'), utf16)
  writeFileSync(join(dir, 'cp1252.txt'), Buffer.from('Caf\xe9 owners count losses\n\nThe caf\xe9 on the quay lost a week of trade, its owner said.', 'latin1'))
  writeFileSync(join(dir, 'scan.txt'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(64, 0)]))
  mkdirSync(join(dir, 'loop'))
  symlinkSync(dir, join(dir, 'loop', 'back-to-top'))
  return dir
}

describe('import of awkward and hostile files', () => {
  const dir = awkwardFolder()
  const db = tempDb()
  const run = cli(db, 'import', dir, '--json')
  const results = (run.json<{ results: Result[] }>().results)
  const get = (name: string): Result | undefined => results.find((r) => r.file.endsWith(`/${name}`))

  it('finishes the batch and imports the ordinary file', () => {
    expect(run.code).toBe(0)
    expect(get('a-ordinary.txt')?.status).toBe('imported')
  })

  it('survives 10,000 nested elements: imported, or failed with a reason', () => {
    const deep = get('deep.html')
    expect(deep).toBeDefined()
    if (deep?.status === 'failed') expect(deep.error).toMatch(/nested|deep/i)
    else expect(deep?.status).toBe('imported')
  })

  it('refuses a file too large to be an article without reading it', () => {
    expect(get('huge.txt')).toMatchObject({ status: 'failed', error: expect.stringMatching(/25\.0 MB; the limit for one article is 20\.0 MB/) as unknown })
  })

  it('decodes UTF-16 with a BOM and windows-1252', () => {
    const utf16 = cli(db, 'show', String(get('utf16.txt')?.articleId), '--json').json<{ title: string }>()
    expect(utf16.title).toBe('Fähre fährt wieder')
    const cp = cli(db, 'show', String(get('cp1252.txt')?.articleId), '--json').json<{ title: string; text: string }>()
    expect(cp.title).toBe('Café owners count losses')
  })

  it('says a PDF named .txt is a PDF', () => {
    expect(get('scan.txt')).toMatchObject({ status: 'failed', error: expect.stringMatching(/PDF/) as unknown })
  })

  it('walks a folder with a symlink loop once', () => {
    const ordinary = results.filter((r) => r.file.endsWith('a-ordinary.txt'))
    expect(ordinary).toHaveLength(1)
  })
})

import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, root, tempDb } from './run-cli'

interface ImportJson {
  results: Array<{ file: string; status: string; articleId: number | null; duplicateOf: number | null; error: string | null; warnings: string[] }>
  imported: number
  duplicates: number
  failed: number
}

const sample = join(root, 'tests/fixtures/import-sample')
const expected = JSON.parse(readFileSync(join(root, 'tests/fixtures/import-sample.expected.json'), 'utf8')) as {
  files: Record<string, { status: string; title?: string; duplicateOf?: string }>
}

describe('crosscheck import / articles / show', () => {
  const db = tempDb()
  const run = cli(db, 'import', sample, '--json')
  const report = run.json<ImportJson>()
  const byFile = new Map(report.results.map((r) => [relative(sample, r.file).normalize('NFC'), r]))

  it('imports a folder recursively with a per-file status that matches the fixture', () => {
    expect(run.code).toBe(0)
    for (const [file, want] of Object.entries(expected.files)) {
      expect(byFile.get(file.normalize('NFC'))?.status, file).toBe(want.status)
    }
    expect(report.imported).toBe(Object.values(expected.files).filter((f) => f.status === 'imported').length)
    expect(report.duplicates).toBe(1)
    expect(report.failed).toBe(2)
  })

  it('names the original of a duplicate and the reason of each failure', () => {
    const dup = byFile.get('copy-of-alpha-harbour-closure.txt')
    expect(dup?.duplicateOf).toBe(byFile.get('alpha-harbour-closure.txt')?.articleId)
    expect(dup?.articleId).toBeNull()
    expect(byFile.get('empty.txt')?.error).toMatch(/empty/i)
    expect(byFile.get('not-really-text.txt')?.error).toMatch(/binary|image|not text/i)
  })

  it('lists articles in the contract shape with their titles', () => {
    const articles = cli(db, 'articles', '--json').json<Array<Record<string, unknown>>>()
    expect(articles).toHaveLength(report.imported)
    for (const a of articles) {
      expect(Object.keys(a).sort()).toEqual(
        ['id', 'title', 'outlet', 'publishedAt', 'url', 'language', 'sourceFile', 'wordCount', 'copyOf', 'spam', 'removed'].sort(),
      )
    }
    const titles = articles.map((a) => a['title'])
    for (const f of Object.values(expected.files)) if (f.title) expect(titles).toContain(f.title)
  })

  it('shows one article with clean text, raw text and sentences whose offsets point into the text', () => {
    const id = byFile.get('alpha-harbour-closure.txt')?.articleId
    const shown = cli(db, 'show', String(id), '--json').json<{
      text: string
      rawText: string
      sentences: Array<{ start: number; end: number; text: string }>
      removed: Array<{ kind: string; text: string; start: number; end: number }>
    }>()
    expect(shown.text.length).toBeGreaterThan(200)
    expect(shown.sentences.length).toBeGreaterThan(3)
    for (const s of shown.sentences) expect(shown.text.slice(s.start, s.end)).toBe(s.text)
    for (const r of shown.removed) expect(shown.rawText.slice(r.start, r.end)).toBe(r.text)
  })

  it('fails with a message and exit 1, never a stack trace, on bad input', () => {
    const missing = cli(db, 'show', '9999', '--json')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/No article with id 9999/)
    expect(missing.stderr).not.toMatch(/\bat .+\.js:\d+/)
    const unknown = cli(db, 'frobnicate')
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toMatch(/Unknown command/)
    const noPaths = cli(db, 'import')
    expect(noPaths.code).toBe(1)
  })
})

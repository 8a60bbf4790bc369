import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InProcessParser } from '../../../src-main/core/ingest/in-process-parser'
import { Workspace } from '../../../src-main/core/workspace'
import { utf8 } from './helpers'
import { makeDocx, makePdf } from '../../support/make-docs'

const open = (): Workspace => Workspace.open(join(mkdtempSync(join(tmpdir(), 'cc-ing-')), 'ws.sqlite'), { parser: new InProcessParser() })

const BODY =
  'Salvage crews in Velmora worked through the night to refloat the ferry Maristella near the harbour mouth.\n\n' +
  'The harbour master said the Maristella carried no cargo of concern and the channel would reopen by Thursday.'
const SPLICED = BODY.replace('stella near', ' quick casino bonus stella near').replace('Mari quick', 'Mari quick')

describe('restoring removed spans', () => {
  it('restores a spam splice into the clean text, removes it again, and keeps the choice on re-import', async () => {
    const ws = open()
    const bytes = utf8(`Ferry refloated\n\n${SPLICED}`)
    const r = await ws.importFile('spliced.txt', bytes)
    const id = r.articleId as number
    const before = ws.getArticle(id)
    const spam = before.removed.find((s) => s.kind === 'spam')
    expect(spam?.text).toBe(' quick casino bonus ')
    expect(before.text).toContain('Maristella near')

    const restored = await ws.setRemovedSpanRestored(id, spam?.id as number, true)
    expect(restored.text).toContain('Mari quick casino bonus stella near')
    expect(restored.restored?.map((s) => s.text)).toEqual([' quick casino bonus '])
    expect(restored.removed.some((s) => s.kind === 'spam')).toBe(false)

    // Same bytes imported again after the article is gone: the restoration is re-applied.
    ws.db.prepare('DELETE FROM articles WHERE id = ?').run(id)
    const again = await ws.importFile('spliced-again.txt', bytes)
    expect(ws.getArticle(again.articleId as number).text).toContain('Mari quick casino bonus stella')

    const reimported = ws.getArticle(again.articleId as number)
    const removedAgain = await ws.setRemovedSpanRestored(reimported.id, reimported.restored?.[0]?.id as number, false)
    expect(removedAgain.text).toContain('Maristella near')
    await expect(ws.setRemovedSpanRestored(reimported.id, 999_999, true)).rejects.toThrow(/no removed span/)
    await ws.close()
  })
})

describe('metadata corrections', () => {
  it('are stored on the article and survive a re-import of the same file', async () => {
    const ws = open()
    const bytes = utf8(`Ferry refloated\n\n${BODY}`)
    const id = (await ws.importFile('a.txt', bytes)).articleId as number
    const updated = ws.updateArticleMetadata(id, { outlet: 'Velmora Gazette', publishedAt: '2024-06-18', author: null, title: 'Ferry refloated at dawn' })
    expect(updated).toMatchObject({ outlet: 'Velmora Gazette', publishedAt: '2024-06-18', title: 'Ferry refloated at dawn' })
    ws.db.prepare('DELETE FROM articles WHERE id = ?').run(id)
    const again = await ws.importFile('b.txt', bytes)
    expect(ws.getArticle(again.articleId as number)).toMatchObject({ outlet: 'Velmora Gazette', publishedAt: '2024-06-18', title: 'Ferry refloated at dawn' })
    await ws.close()
  })
})

describe('importing a mixed folder', () => {
  it('imports PDF, DOCX, EML and bulk records, one report line per record, bad files named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-mixed-'))
    const sub = join(dir, 'näme with spaces')
    mkdirSync(sub)
    writeFileSync(join(sub, 'report één.pdf'), makePdf([['Ferry towed free at Velmora', BODY.replace('\n\n', ' ')], ['Second page text about the channel reopening on Thursday.']]))
    writeFileSync(join(dir, 'story.docx'), makeDocx('Channel to reopen', [BODY.replace('\n\n', ' ')]))
    writeFileSync(join(dir, 'scan.pdf'), makePdf([['x']], { noText: true }))
    writeFileSync(join(dir, 'broken.docx'), makeDocx('x', ['y']).slice(0, 60))
    writeFileSync(join(dir, 'binary.txt'), new Uint8Array([0, 1, 2, 3, 0, 0, 0, 9, 0, 0, 0, 0]))
    writeFileSync(
      join(dir, 'feed.jsonl'),
      [
        JSON.stringify({ title: 'Fishermen count the cost', text: 'Fishermen in Velmora said the closure of the channel had already cost them two days of work at sea.' }),
        '{"title": broken',
        JSON.stringify({ title: 'Divers find no breach', text: 'Divers inspected the hull of the ferry twice and found no breach, according to the harbour authority.' }),
      ].join('\n'),
    )
    symlinkSync(dir, join(sub, 'loop'))
    const report = await ws().importPaths([dir])
    function ws(): Workspace {
      return open()
    }
    const rows = report.results.map((r) => [r.file.slice(dir.length + 1), r.status, r.record ?? null])
    expect(rows).toEqual([
      ['binary.txt', 'failed', null],
      ['broken.docx', 'failed', null],
      ['feed.jsonl', 'imported', 1],
      ['feed.jsonl', 'failed', 2],
      ['feed.jsonl', 'imported', 3],
      ['näme with spaces/report één.pdf', 'imported', null],
      ['scan.pdf', 'failed', null],
      ['story.docx', 'imported', null],
    ])
    const errors = Object.fromEntries(report.results.filter((r) => r.error).map((r) => [r.file.slice(dir.length + 1) + (r.record ?? ''), r.error]))
    expect(errors['binary.txt']).toMatch(/binary/)
    expect(errors['broken.docx']).toMatch(/damaged/)
    expect(errors['feed.jsonl2']).toMatch(/^Record 2: .*not valid JSON/)
    expect(errors['scan.pdf']).toMatch(/scanned/)
  })

  it('keeps page starts of a PDF in clean-text offsets', async () => {
    const w = open()
    const r = await w.importFile('p.pdf', makePdf([['Ferry towed free at Velmora', BODY.replace('\n\n', ' ')], ['Second page text about the channel reopening on Thursday.']]))
    const a = w.getArticle(r.articleId as number)
    expect(a.pages?.map((p) => p.page)).toEqual([1, 2])
    expect(a.text.slice(a.pages?.[1]?.start)).toMatch(/^Second page text/)
    expect(a.record).toBeNull()
    await w.close()
  })
})

const seeds = join(__dirname, '../../../../shared/seeds')
describe.skipIf(!existsSync(seeds))('seed 003: spam spliced inside words', () => {
  if (!existsSync(seeds)) console.warn(`Skipping seed spam acceptance: ${seeds} is absent.`)
  it('detects each splice as spam and restores one with the words around it', async () => {
    const w = open()
    const name = '003_d0cfff3b3bc52c3c.txt'
    const r = await w.importFile(name, new Uint8Array(readFileSync(join(seeds, name))))
    const a = w.getArticle(r.articleId as number)
    const spam = a.removed.filter((s) => s.kind === 'spam')
    const around = spam.map(
      (s) => `${/(\S+)\s*$/.exec(a.rawText.slice(s.start - 20, s.start))?.[1]}|${/^\s*([^\s.,”]+)/.exec(a.rawText.slice(s.end))?.[1]}`,
    )
    // Each splice breaks a word ("Pyongyang", "of", "Ukraine", "relations") or sits between two ("resources, | health").
    expect(around).toEqual(['Pyon|gyang', 'o|f', 'Ukra|ine', 'resources,|health', 'relat|ions'])
    for (const word of ['Pyongyang that', 'result of decades', 'in Ukraine,', 'resources, health', 'relations.']) expect(a.text).toContain(word)
    const back = await w.setRemovedSpanRestored(a.id, spam[0]?.id as number, true)
    expect(back.text).toContain(`Pyon${spam[0]?.text ?? ''}gyang`)
    await w.close()
  })
})

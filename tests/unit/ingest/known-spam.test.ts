import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InProcessParser } from '../../../src-main/core/ingest/in-process-parser'
import { findKnownSpam, matchablePhrases } from '../../../src-main/core/ingest/known-spam'
import { closeUp } from '../../../src-main/core/ingest/spam-sweep'
import { Workspace } from '../../../src-main/core/workspace'

const phrases = (...list: string[]): ReturnType<typeof matchablePhrases> =>
  matchablePhrases(list.map((p) => ({ words: p.split(' '), articles: 1 })))
const found = (raw: string, map: ReturnType<typeof matchablePhrases>): string[] => findKnownSpam(raw, [], map).map((s) => raw.slice(s.start, s.end))

describe('known spam phrases', () => {
  it('finds a learned phrase inserted whole between two words, and closes the sentence up', () => {
    const raw = 'The ferry left the quay cheap roof tiles delivered at dawn, the harbour master said.'
    const spans = found(raw, phrases('cheap roof tiles delivered'))
    expect(spans).toEqual([' cheap roof tiles delivered'])
  })

  it('finds part of a learned ad (a scraper may splice in only some of its words)', () => {
    const raw = 'Crews worked through roof tiles delivered the night to refloat the ferry.'
    expect(found(raw, phrases('cheap roof tiles delivered'))).toEqual([' roof tiles delivered'])
  })

  it('ignores runs of common words out of an ad ("from the" would match every article)', () => {
    const map = phrases('pills from the best')
    expect([...map.values()].flat().map((w) => w.join(' '))).not.toContain('from the')
    expect(found('Crews came from the north at dawn to help.', map)).toEqual([])
  })

  it('leaves a phrase alone at the edge of a line (a caption or heading, not an insertion)', () => {
    expect(found('Roof tiles delivered\nThe ferry left.', phrases('roof tiles delivered'))).toEqual([])
  })

  it('leaves the phrase alone where its words are the article\'s own topic', () => {
    const raw = 'Tiles fell. The tiles cracked. Tiles were stacked. More tiles came. The roof tiles delivered were broken, the firm said.'
    expect(found(raw, phrases('roof tiles delivered'))).toEqual([])
  })

  it('uses a one-word phrase only once it was spliced into several articles', () => {
    const raw = 'Troops from Velmora arrived dispensary on Tuesday.'
    expect(found(raw, matchablePhrases([{ words: ['dispensary'], articles: 1 }]))).toEqual([])
    expect(found(raw, matchablePhrases([{ words: ['dispensary'], articles: 2 }]))).toEqual([' dispensary'])
  })

  it('drops phrases the analyst restored somewhere (they are not spam)', () => {
    const map = matchablePhrases([{ words: ['roof', 'tiles'], articles: 3 }], [['roof', 'tiles']])
    expect(map.size).toBe(0)
    // Nor any run of a restored phrase's words, though a longer ad holding them is known.
    const longer = matchablePhrases([{ words: ['cheap', 'roof', 'tiles', 'delivered'], articles: 3 }], [['roof', 'tiles', 'delivered']])
    const left = [...longer.values()].flat().map((w) => w.join(' '))
    expect(left).toContain('cheap roof')
    expect(left.filter((p) => 'roof tiles delivered'.includes(p))).toEqual([])
  })
})

describe('closeUp', () => {
  it('takes one side\'s spaces so the sentence reads on', () => {
    const raw = 'left the quay  cheap tiles  at dawn.'
    const { start, end } = closeUp(raw, raw.indexOf('cheap') - 1, raw.indexOf('tiles') + 6)
    expect(raw.slice(0, start) + raw.slice(end)).toBe('left the quay  at dawn.')
    const tail = 'left at dawn cheap tiles.'
    const t = closeUp(tail, tail.indexOf('cheap'), tail.indexOf('.'))
    expect(tail.slice(0, t.start) + tail.slice(t.end)).toBe('left at dawn.')
  })
})

describe('workspace sweep', () => {
  const ARTICLE_A =
    'Harbour reopens after grounding\n\nThe ferry Maristella ran aground near Velmora on Monday. Salvage crews said the Mari glowbright teeth ' +
    'whitening stella was intact after the tide turned, and the channel would reopen.\n'
  const ARTICLE_B =
    'Velmora channel to reopen\n\nThe harbour authority said the channel glowbright teeth whitening would reopen by Thursday. ' +
    'Divers found no fuel leak.\n'

  const open = (): Workspace => Workspace.open(join(mkdtempSync(join(tmpdir(), 'cc-spam-')), 'ws.sqlite'), { parser: new InProcessParser() })

  it('learns an ad from a split word in one article and removes it where it is spliced whole into another', async () => {
    const ws = open()
    const r = await ws.importFile('a.txt', new TextEncoder().encode(ARTICLE_A))
    await ws.importFile('b.txt', new TextEncoder().encode(ARTICLE_B))
    const a = ws.getArticle(r.articleId as number)
    expect(a.text).toContain('said the Maristella was intact after the tide turned')
    const b = ws.listArticles().find((x) => x.title.startsWith('Velmora')) as { id: number }
    const detail = ws.getArticle(b.id)
    expect(detail.text).toContain('the channel would reopen by Thursday')
    expect(detail.removed.filter((s) => s.kind === 'spam').map((s) => s.text.trim())).toEqual(['glowbright teeth whitening'])
    await ws.close()
  })

  it('sweeps older articles when a later import reveals the ad', async () => {
    const ws = open()
    await ws.importFile('b.txt', new TextEncoder().encode(ARTICLE_B))
    const b = ws.listArticles()[0] as { id: number }
    expect(ws.getArticle(b.id).text).toContain('glowbright')
    await ws.importFile('a.txt', new TextEncoder().encode(ARTICLE_A))
    expect(ws.getArticle(b.id).text).not.toContain('glowbright')
    const hits = await ws.search({ query: 'glowbright' }, { complete: true })
    expect(hits.total).toBe(0)
    await ws.close()
  })

  it('stops removing a phrase once the analyst restored it somewhere, in every later import', async () => {
    const ws = open()
    await ws.importFile('a.txt', new TextEncoder().encode(ARTICLE_A))
    const b = await ws.importFile('b.txt', new TextEncoder().encode(ARTICLE_B))
    const span = ws.getArticle(b.articleId as number).removed.find((s) => s.kind === 'spam') as { id: number }
    await ws.setRemovedSpanRestored(b.articleId as number, span.id, true)
    const c = await ws.importFile(
      'c.txt',
      new TextEncoder().encode('Ferry back in service\n\nThe operator said the ferry glowbright teeth whitening would sail again on Friday.\n'),
    )
    expect(ws.getArticle(c.articleId as number).text).toContain('the ferry glowbright teeth whitening would sail')
    await ws.close()
  })

  it('marks a phrase as spam by hand, here and in every article it is spliced into; Restore undoes it', async () => {
    const ws = open()
    const text = (t: string): Uint8Array => new TextEncoder().encode(t)
    await ws.importFile('c.txt', text('Port strike\n\nDock workers walked out budget flights now on Friday, the union said.\n'))
    await ws.importFile('d.txt', text('Union vote\n\nThe union voted budget flights now to extend the strike.\n'))
    const [c, d] = ws.listArticles().sort((x, y) => x.id - y.id) as unknown as [{ id: number }, { id: number }]
    const before = ws.getArticle(c.id).text
    const start = before.indexOf('budget flights now')
    const after = await ws.markSpam(c.id, start, start + 'budget flights now'.length)
    expect(after.text).toContain('Dock workers walked out on Friday')
    expect(ws.getArticle(d.id).text).toContain('The union voted to extend the strike.')
    const span = after.removed.find((s) => s.kind === 'spam') as { id: number }
    const restored = await ws.setRemovedSpanRestored(c.id, span.id, true)
    expect(restored.text).toBe(before)
    await expect(ws.markSpam(c.id, before.length + 5, before.length + 9)).rejects.toThrow(/no text/)
    await ws.close()
  })
})

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { dragSelect } from './select'

const PARAS = [
  'Salvage crews in Velmora worked through the night to refloat the ferry Maristella near the harbour mouth.',
  'The harbour master said the Maristella carried no cargo of concern and the channel would reopen by Thursday.',
  'Divers inspected the hull of the Maristella twice and found no breach, according to the harbour authority.',
]
const QUOTE = 'the Maristella carried no cargo of concern'

/** One invented article with a spam splice in its first paragraph (restoring it re-cleans the text). */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cc-e2e-annotate-'))
  const spliced = PARAS.join('\n\n').replace('stella near', ' quick casino bonus stella near')
  writeFileSync(join(dir, 'ferry.txt'), `Ferry refloated at Velmora\n\n${spliced}\n`)
  return dir
}

/** The text under each painted highlight of a colour (CSS Custom Highlight API). */
function painted(page: Page, colour: string): Promise<string[]> {
  return page.evaluate((c) => [...(CSS.highlights.get(`cc-${c}`) ?? [])].map((r) => (r as Range).toString()), colour)
}

test('highlights with the mouse, writes a note, survives a reload and a re-clean, exports it', async ({ page }) => {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import folder' }).click()
  await (await chooser).setFiles(folder())
  const report = page.getByRole('dialog', { name: 'Import report' })
  await expect(report.getByText('1 imported · 0 duplicates · 0 failed')).toBeVisible({ timeout: 45_000 })
  await report.getByRole('button', { name: 'Close' }).click()
  const grid = page.getByRole('grid', { name: 'Articles' })
  await grid.getByRole('row', { name: /Ferry refloated at Velmora/ }).click()

  const reader = page.getByRole('region', { name: 'Reader' })
  const panel = reader.getByRole('complementary', { name: 'Annotations' })
  await expect(panel.getByText('Select text in the article and press Highlight')).toBeVisible()

  await dragSelect(page, QUOTE)
  const toolbar = reader.getByRole('toolbar', { name: 'Selected text' })
  await expect(toolbar).toContainText(QUOTE)
  await toolbar.getByRole('button', { name: 'Highlight' }).click()

  // The new highlight opens its note for writing.
  await panel.getByRole('textbox', { name: /Note/ }).fill('Check the **cargo manifest** against the port log.')
  await panel.getByRole('textbox', { name: 'Tags' }).fill('cargo, follow-up')
  await panel.getByRole('button', { name: 'Save note' }).click()
  const card = panel.getByRole('listitem', { name: /Note on “the Maristella carried/ })
  await expect(card.getByText('Check the **cargo manifest** against the port log.')).toBeVisible()
  await expect(card.getByText('follow-up')).toBeVisible()
  expect(await painted(page, 'yellow')).toEqual([QUOTE])
  await page.screenshot({ path: '/tmp/annotate-shots/annotations-reader.png' })

  // Reload the app: the note is still there.
  await page.reload()
  await page.getByRole('grid', { name: 'Articles' }).getByRole('row', { name: /Ferry refloated at Velmora/ }).click()
  await expect(card.getByText('Check the **cargo manifest** against the port log.')).toBeVisible()
  await expect.poll(() => painted(page, 'yellow')).toEqual([QUOTE])

  // Re-clean: restoring the spam splice changes the text before the quote; the note stays anchored on its words.
  await reader.getByRole('button', { name: 'Restore “quick casino bonus”' }).click()
  await expect(reader.getByRole('button', { name: 'Remove “quick casino bonus” again' })).toBeVisible()
  await expect.poll(() => painted(page, 'yellow')).toEqual([QUOTE])
  await expect(card.getByText(/Moved|Orphaned/)).toHaveCount(0)

  // The notes view lists it; delete and undo with Ctrl+Z.
  await page.getByRole('button', { name: /^Notes/ }).first().click()
  const notes = page.getByRole('region', { name: 'Notes' })
  const item = notes.getByRole('listitem', { name: /Note on “the Maristella carried/ })
  await expect(item).toContainText('Ferry refloated at Velmora')
  await notes.getByRole('searchbox', { name: 'Search notes' }).fill('manifest')
  await expect(item).toBeVisible()
  await notes.getByRole('searchbox', { name: 'Search notes' }).fill('nothing like this')
  await expect(notes.getByText('No notes match these filters.')).toBeVisible()
  await notes.getByRole('searchbox', { name: 'Search notes' }).fill('')
  await item.getByRole('button', { name: /^Delete note/ }).click()
  await expect(notes.getByText('No notes yet.')).toBeVisible()
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+z')
  await expect(item).toBeVisible()
  await page.screenshot({ path: '/tmp/annotate-shots/annotations-notes.png' })

  // Export: the preview shows what will be written; the download holds it.
  await notes.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export notes' })
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption('md')
  await expect(dialog.getByLabel('Export preview')).toContainText(`> ${QUOTE}`)
  await page.screenshot({ path: '/tmp/annotate-shots/annotations-export.png' })
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download' }).click()
  const file = await (await download).path()
  const md = readFileSync(file, 'utf8')
  expect(md).toContain(`> ${QUOTE}`)
  expect(md).toContain('Check the **cargo manifest** against the port log.')
  expect(md).toContain('Tags: cargo, follow-up')
  expect(md).toMatch(/— .*“Ferry refloated at Velmora”/u)
})

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { makeDocx, makePdf } from '../support/make-docs'
import { dragSelect } from './select'

const PARAS = [
  'Salvage crews in Velmora worked through the night to refloat the ferry Maristella near the harbour mouth.',
  'The harbour master said the Maristella carried no cargo of concern and the channel would reopen by Thursday.',
  'Divers inspected the hull of the Maristella twice and found no breach, according to the harbour authority.',
]

/** A folder of mixed formats and bad files, written fresh for each run (invented text only). */
function mixedFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cc-e2e-mixed-'))
  const spliced = PARAS.join('\n\n').replace('stella near', ' quick casino bonus stella near').replace('Mari quick', 'Mari quick')
  writeFileSync(join(dir, 'spliced copy.txt'), `Ferry refloated at Velmora\n\n${spliced}\n`)
  writeFileSync(join(dir, 'report.pdf'), makePdf([['Channel to reopen on Thursday', '', PARAS[1] ?? ''], [PARAS[2] ?? '']]))
  writeFileSync(join(dir, 'scan.pdf'), makePdf([['x']], { noText: true }))
  writeFileSync(join(dir, 'brief.docx'), makeDocx('Divers find no breach', [PARAS[2] ?? '']))
  writeFileSync(
    join(dir, 'feed.jsonl'),
    JSON.stringify({ title: 'Fishermen count the cost', text: 'Fishermen in Velmora said the closure of the channel had cost them two days of work at sea.', source: 'Velmora Gazette' }) +
      '\n{"title": broken\n',
  )
  writeFileSync(join(dir, 'binary.txt'), new Uint8Array([0, 1, 2, 0, 0, 5, 0, 0, 0, 0, 7, 0]))
  return dir
}

test('imports a mixed folder, reports each file and record, and restores a spam splice in the reader', async ({ page }) => {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import folder' }).click()
  await (await chooser).setFiles(mixedFolder())

  const report = page.getByRole('dialog', { name: 'Import report' })
  // PDFs and Word files load their readers in the workers on first use; give the batch time.
  await expect(report.getByText('4 imported · 0 duplicates · 3 failed')).toBeVisible({ timeout: 45_000 })
  await expect(report.getByRole('row', { name: /scan\.pdf.*Failed.*no text layer.*scanned/ })).toBeVisible()
  await expect(report.getByRole('row', { name: /binary\.txt.*Failed.*binary/ })).toBeVisible()
  await expect(report.getByRole('row', { name: /feed\.jsonl.*record 2.*Failed.*Record 2: .*not valid JSON/ })).toBeVisible()
  await expect(report.getByRole('row', { name: /feed\.jsonl.*record 1.*Imported/ })).toBeVisible()
  await page.screenshot({ path: 'test-results/ingest-report.png' })
  await report.getByRole('button', { name: 'Close' }).click()

  const grid = page.getByRole('grid', { name: 'Articles' })
  await expect(grid.getByRole('row', { name: /Channel to reopen on Thursday/ })).toBeVisible()
  await expect(grid.getByRole('row', { name: /Fishermen count the cost.*Velmora Gazette/ })).toBeVisible()
  await grid.getByRole('row', { name: /Ferry refloated at Velmora/ }).click()

  const reader = page.getByRole('region', { name: 'Reader' })
  await expect(reader.getByText('quick casino bonus')).toBeVisible()
  // The splice is shown struck out where it sat, inside the word it split.
  const paragraph = reader.getByRole('paragraph').filter({ hasText: 'stella near the harbour mouth' })
  await expect(paragraph).toHaveText(/Mari\s*quick casino bonus\s*Restore\s*stella near the harbour mouth/)
  await expect(paragraph.getByRole('deletion')).toHaveText('quick casino bonus')
  await page.screenshot({ path: 'test-results/ingest-spam.png' })
  await reader.getByRole('button', { name: 'Restore “quick casino bonus”' }).click()
  await expect(paragraph).toHaveText(/Mari quick casino bonus\s*Remove again\s*stella near/)
  await expect(paragraph.getByRole('deletion')).toHaveCount(0)
  await expect(reader.getByRole('button', { name: 'Remove “quick casino bonus” again' })).toBeVisible()

  await reader.getByRole('button', { name: 'Edit details' }).click()
  const form = reader.getByRole('form', { name: 'Edit details' })
  await form.getByLabel('Outlet').fill('Velmora Courier')
  await form.getByLabel('Published').fill('2024-06-18')
  await page.screenshot({ path: 'test-results/ingest-edit.png' })
  await form.getByRole('button', { name: 'Save details' }).click()
  await expect(form).toBeHidden()
  await expect(reader.getByText('Velmora Courier')).toBeVisible()
  // The library lists the corrected outlet without a reload.
  await expect(page.getByRole('grid', { name: 'Articles' }).getByRole('gridcell', { name: 'Velmora Courier' })).toBeVisible()
})

test('marks a missed ad as spam (gone from the other article too, restorable), and cites PDF pages', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-e2e-spam-'))
  // Inserted whole between two words, no split word: the detector cannot know it is an ad.
  writeFileSync(join(dir, 'strike.txt'), 'Dock strike spreads\n\nDock workers in Velmora walked out glossy spa vouchers on Friday, the union said.\n')
  writeFileSync(join(dir, 'vote.txt'), 'Union extends strike\n\nThe dockers union voted glossy spa vouchers to extend the strike by a week.\n')
  writeFileSync(join(dir, 'survey.pdf'), makePdf([['Harbour survey', '', PARAS[0] ?? ''], [PARAS[1] ?? '']]))
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import folder' }).click()
  await (await chooser).setFiles(dir)
  const report = page.getByRole('dialog', { name: 'Import report' })
  await expect(report.getByText('3 imported · 0 duplicates · 0 failed')).toBeVisible({ timeout: 45_000 })
  await report.getByRole('button', { name: 'Close' }).click()

  const grid = page.getByRole('grid', { name: 'Articles' })
  await grid.getByRole('row', { name: /Dock strike spreads/ }).click()
  const reader = page.getByRole('region', { name: 'Reader' })
  await dragSelect(page, 'glossy spa vouchers')
  await reader.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Mark as spam' }).click()
  const paragraph = reader.getByRole('paragraph').filter({ hasText: 'Dock workers' })
  await expect(paragraph.getByRole('deletion')).toHaveText('glossy spa vouchers')
  await expect(paragraph).toHaveText(/walked out\s*glossy spa vouchers\s*Restore\s*on Friday/)

  // The same phrase spliced into the other article went with it.
  await grid.getByRole('row', { name: /Union extends strike/ }).click()
  const other = reader.getByRole('paragraph').filter({ hasText: 'dockers union' })
  await expect(other.getByRole('deletion')).toHaveText('glossy spa vouchers')
  await other.getByRole('button', { name: 'Restore “glossy spa vouchers”' }).click()
  await expect(other.getByRole('deletion')).toHaveCount(0)
  await expect(other).toHaveText(/voted glossy spa vouchers\s*Remove again\s*to extend/)

  // A PDF shows where its pages begin, and a highlight on page 2 cites it.
  await grid.getByRole('row', { name: /Harbour survey/ }).click()
  await expect(reader.getByText('p. 2', { exact: true })).toBeVisible()
  await dragSelect(page, 'carried no cargo of concern')
  await reader.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Highlight' }).click()
  const panel = reader.getByRole('complementary', { name: 'Annotations' })
  await expect(panel.getByRole('listitem', { name: /carried no cargo of concern/ })).toContainText('p. 2')
})

/**
 * The UI stays usable during a long import: while 2,000 files go in, the analyst switches views,
 * searches and opens an article, and each answer shows up; then Cancel stops the import and the
 * report says it was cancelled and what was kept.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { writeCorpus } from '../support/make-corpus'

test.use({ demo: true })

/** The workspace's article count, as the top bar shows it once loaded. */
async function articleCount(page: Page): Promise<number> {
  const label = page.getByText(/[\d,]+ articles? in workspace/)
  await expect(label).toBeVisible(ANSWER)
  return Number(((await label.textContent()) ?? '').replace(/\D/g, ''))
}

const FILES = 2_000
/** Generous: each answer may wait behind an article being stored on a loaded 2-core machine. */
const ANSWER = { timeout: 30_000 }

test('clicks around during a 2,000-file import, then cancels it and keeps what was imported', async ({ page }) => {
  test.setTimeout(240_000)
  const dir = mkdtempSync(join(tmpdir(), 'cc-busy-'))
  try {
    const corpus = writeCorpus(join(dir, 'many'), FILES)
    const grid = page.getByRole('grid', { name: 'Articles' })
    await expect(grid.getByRole('row').nth(1)).toBeVisible(ANSWER)
    const demoCount = await articleCount(page)

    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Import folder' }).click()
    await (await chooser).setFiles(corpus.dir)
    const started = Date.now()
    const progress = page.getByRole('progressbar', { name: new RegExp(`Importing \\d+ of ${FILES} files`) })
    await expect(progress).toBeVisible(ANSWER)

    // Let the host get busy storing before the analyst starts clicking.
    await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow')), ANSWER).toBeGreaterThanOrEqual(25)

    // Search, typed key by key while files keep arriving.
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Search' }).click()
    const box = page.getByRole('combobox', { name: 'Search articles' })
    await expect(box).toBeVisible(ANSWER)
    await box.pressSequentially('Almqvist seabirds', { delay: 20 })
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toContainText('EcoWatch Bulletin', ANSWER)

    // Another view, then back to the library to read an article.
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Claims' }).click()
    await expect(page.getByRole('region', { name: 'Claims' })).toBeVisible(ANSWER)
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Library' }).click()
    for (const n of [2, 5]) {
      const row = grid.getByRole('row').nth(n)
      const title = (await row.getByRole('gridcell').nth(0).textContent())?.trim() ?? ''
      await row.click()
      await expect(page.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 2 })).toContainText(title.slice(0, 30), ANSWER)
    }

    // The import went on all along; now stop it.
    await expect(progress).toBeVisible()
    const done = Number(await progress.getAttribute('aria-valuenow'))
    const seconds = (Date.now() - started) / 1000
    await page.getByRole('button', { name: 'Cancel import' }).click()
    const report = page.getByRole('dialog', { name: 'Import cancelled' })
    await expect(report).toBeVisible(ANSWER)
    const kept = report.getByText(/Stopped after [\d,]+ of [\d,]+ files\. [\d,]+ articles? imported before you cancelled (is|are) kept/)
    await expect(kept).toBeVisible()
    const imported = Number(/([\d,]+) articles? imported/.exec((await kept.textContent()) ?? '')?.[1]?.replace(/,/g, ''))
    expect(imported).toBeGreaterThan(0)
    expect(imported).toBeLessThan(FILES)
    await expect(report.getByText(new RegExp(`${imported.toLocaleString('en')} imported · 0 duplicates · 0 failed · [\\d,]+ not imported`))).toBeVisible()
    await report.getByRole('button', { name: 'Close' }).click()
    // What was kept is in the workspace.
    await expect(page.getByText(`${(demoCount + imported).toLocaleString('en')} articles in workspace`)).toBeVisible(ANSWER)
    console.log(`busy import: ${done} files in ${seconds.toFixed(1)} s (${(done / seconds).toFixed(1)} files/s) while clicking; ${imported} kept after cancel`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('shows how far a big bulk file got and cancels it part-way, keeping the records stored', async ({ page }) => {
  test.setTimeout(240_000)
  const dir = mkdtempSync(join(tmpdir(), 'cc-bulk-'))
  try {
    const corpus = writeCorpus(join(dir, 'bulk'), 0, { bulkRecords: 3_000 })
    const demoCount = await articleCount(page)
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Import files' }).click()
    await (await chooser).setFiles(corpus.files)
    const progress = page.getByRole('region', { name: 'Import progress' })
    // The one request runs on; the host says how many records it has stored so far.
    await expect(progress.getByText(/zz-bulk\.jsonl · [\d,]+ records stored/)).toBeVisible(ANSWER)
    await progress.getByRole('button', { name: 'Cancel import' }).click()
    const report = page.getByRole('dialog', { name: 'Import cancelled' })
    await expect(report).toBeVisible(ANSWER)
    const summary = (await report.getByText(/ imported · /).textContent()) ?? ''
    const imported = Number(/^([\d,]+) imported/.exec(summary)?.[1]?.replace(/,/g, ''))
    expect(imported).toBeGreaterThan(0)
    expect(imported).toBeLessThan(3_000)
    await expect(report.getByRole('row', { name: /zz-bulk\.jsonl.*Not imported.*the rest of this file/ })).toBeVisible()
    await report.getByRole('button', { name: 'Close' }).click()
    await expect(page.getByText(`${(demoCount + imported).toLocaleString('en')} articles in workspace`)).toBeVisible(ANSWER)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

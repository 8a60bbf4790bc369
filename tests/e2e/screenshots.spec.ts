// Not a test of behaviour: refreshes the README's screenshots when SCREENSHOTS=1.
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { projectRoot } from '../support/host'
import { dragSelect } from './select'

test.use({ demo: true })
test.skip(!process.env['SCREENSHOTS'], 'set SCREENSHOTS=1 to refresh docs/screenshots')

const shot = (page: Page, name: string): Promise<Buffer> => page.screenshot({ path: join(projectRoot, `docs/screenshots/${name}.png`) })

/** A highlight with a note and tags, so the reader and the Notes view show one. */
async function annotate(page: Page, quote: string, note: string, tags: string): Promise<void> {
  const reader = page.getByRole('region', { name: 'Reader' })
  await dragSelect(page, quote)
  await reader.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Highlight' }).click()
  const panel = reader.getByRole('complementary', { name: 'Annotations' })
  await panel.getByRole('textbox', { name: /Note/ }).fill(note)
  await panel.getByRole('textbox', { name: 'Tags' }).fill(tags)
  await panel.getByRole('button', { name: 'Save note' }).click()
  await expect(panel.getByText(note)).toBeVisible()
}

async function openCopy(page: Page): Promise<void> {
  await page.getByRole('searchbox', { name: 'Filter articles' }).fill('worldnewshub24')
  await page.getByRole('grid', { name: 'Articles' }).getByRole('row').nth(1).click()
  await page.getByRole('searchbox', { name: 'Filter articles' }).fill('')
}

test('every view', async ({ page }) => {
  test.setTimeout(120_000)
  const nav = page.getByRole('navigation', { name: 'Views' })
  await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Light' }).check()
  await page.getByRole('grid', { name: 'Articles' }).getByRole('row', { name: /Ministry puts Aurora Vale spill at 800 tonnes/ }).click()
  await annotate(page, 'estimated that 800 tonnes', 'Ministry says 800 t; the harbour authority said 1,200 t the day before.', 'spill size, disputed')
  await openCopy(page)
  await annotate(page, 'about 1,200 tonnes of oil', 'Harbour master’s first estimate, at the midday briefing.', 'spill size')
  // Put the selection toolbar away and the article back at its top.
  await dragSelect(page, 'Grelle Bank')
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Dismiss' }).click()
  await page.evaluate(() => window.getSelection()?.removeAllRanges())
  await page.getByRole('region', { name: 'Reader' }).evaluate((el) => el.scrollTo(0, 0))
  await shot(page, 'library-reader')
  await page.getByRole('checkbox', { name: 'Show removed text' }).check()
  await page.getByRole('region', { name: 'Reader' }).locator('del').first().scrollIntoViewIfNeeded()
  await shot(page, 'removed-text')
  await nav.getByRole('button', { name: 'Search' }).click()
  await page.getByRole('combobox', { name: 'Search articles' }).fill('1,200 tonnes')
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible()
  await shot(page, 'search')
  await nav.getByRole('button', { name: 'Claims' }).click()
  await expect(page.getByRole('region', { name: 'Claims' }).getByRole('table').first()).toBeVisible()
  await shot(page, 'claims')
  await page.getByRole('tab', { name: /Clusters/ }).click()
  await page.locator('.cluster-item').filter({ hasText: /conflict/i }).first().click()
  await shot(page, 'claims-conflict')
  await nav.getByRole('button', { name: 'Compare' }).click()
  await page.getByRole('button', { name: /^Compare “.*” with its original/ }).first().click()
  await expect(page.getByRole('region', { name: 'Comparison' })).toHaveAttribute('aria-busy', 'false')
  await shot(page, 'compare')
  await nav.getByRole('button', { name: 'Notes' }).click()
  await expect(page.getByRole('region', { name: 'Notes' })).toBeVisible()
  await shot(page, 'notes')
  await page.keyboard.press('Control+k')
  await page.getByRole('combobox', { name: 'Type a command' }).fill('th')
  await shot(page, 'command-palette')
  await page.keyboard.press('Escape')
  await page.locator('body').press('?')
  await shot(page, 'keyboard-help')
  await page.keyboard.press('Escape')

  await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).check()
  await nav.getByRole('button', { name: 'Library' }).click()
  await page.getByRole('checkbox', { name: 'Show removed text' }).uncheck()
  await shot(page, 'library-reader-dark')
  await nav.getByRole('button', { name: 'Compare' }).click()
  await page.getByRole('button', { name: /^Compare “.*” with its original/ }).first().click()
  await expect(page.getByRole('region', { name: 'Comparison' })).toHaveAttribute('aria-busy', 'false')
  await shot(page, 'compare-dark')

  // Last, as it adds articles: a second run with a duplicate and failures, for the Imports view.
  await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Light' }).check()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import folder' }).click()
  await (await chooser).setFiles(join(projectRoot, 'tests/fixtures/import-sample'))
  await page.getByRole('dialog', { name: 'Import report' }).getByRole('button', { name: 'Close' }).click()
  await nav.getByRole('button', { name: 'Imports' }).click()
  await expect(page.getByRole('region', { name: /Imported in this window/ }).getByRole('row').nth(1)).toBeVisible()
  await page.getByRole('combobox', { name: 'Show' }).selectOption('all')
  await shot(page, 'imports')
})

test.describe('tour', () => {
  test.use({ tour: true })
  test('first-run tour', async ({ page }) => {
    await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Light' }).check()
    await page.getByRole('button', { name: 'Next', exact: true }).click()
    await page.getByRole('button', { name: 'Next', exact: true }).click()
    await expect(page.getByRole('dialog', { name: 'A claim conflict' })).toBeVisible()
    await expect(page.getByRole('tab', { name: /Clusters \(\d+ with conflicts\)/ })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Claims' }).getByRole('table').first()).toBeVisible()
    await shot(page, 'tour')
  })
})

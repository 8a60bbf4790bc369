import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { projectRoot } from '../support/host'

const sample = join(projectRoot, 'tests/fixtures/import-sample')

async function importFolder(page: Page, dir: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import folder' }).click()
  await (await chooser).setFiles(dir)
}

test.describe('import into an empty workspace', () => {
  test('shows an empty state that says what to do', async ({ page }) => {
    await expect(page.getByText('No articles yet — import files or drop a folder here')).toBeVisible()
  })

  test('imports a folder with a progress bar and a per-file report', async ({ page }) => {
    // Slow each upload a little so the progress bar can be seen as a person would see it.
    await page.route('**/api/import-file**', async (route) => {
      await new Promise((r) => setTimeout(r, 150))
      await route.continue()
    })
    await importFolder(page, sample)
    await expect(page.getByRole('progressbar', { name: /Importing \d+ of 8 files/ })).toBeVisible()
    const report = page.getByRole('dialog', { name: 'Import report' })
    await expect(report).toBeVisible()
    await expect(report.getByText('5 imported · 1 duplicates · 2 failed')).toBeVisible()
    await expect(report.getByRole('row', { name: /empty\.txt.*Failed.*The file is empty/ })).toBeVisible()
    await expect(report.getByRole('row', { name: /not-really-text\.txt.*Failed.*not text/ })).toBeVisible()
    await expect(
      report.getByRole('row', { name: /copy-of-alpha-harbour-closure\.txt.*Duplicate.*duplicate of Kessling harbour closed to ferries/ }),
    ).toBeVisible()
    await report.getByRole('button', { name: 'Close' }).click()
    await expect(report).toBeHidden()
    const grid = page.getByRole('grid', { name: 'Articles' })
    await expect(grid.getByRole('row')).toHaveCount(6) // header + 5 articles
    await expect(grid.getByRole('row', { name: /Tanker-Havarie vor Kessling/ })).toBeVisible()
  })

  test('imports files dropped on the window', async ({ page }) => {
    const text = readFileSync(join(sample, 'alpha-harbour-closure.txt'), 'utf8')
    const dataTransfer = await page.evaluateHandle((content) => {
      const dt = new DataTransfer()
      dt.items.add(new File([content], 'dropped-alpha.txt', { type: 'text/plain' }))
      return dt
    }, text)
    await page.dispatchEvent('body', 'dragenter', { dataTransfer })
    await expect(page.getByText('Drop files or folders to import')).toBeVisible()
    await page.dispatchEvent('body', 'drop', { dataTransfer })
    const report = page.getByRole('dialog', { name: 'Import report' })
    await expect(report.getByText('1 imported · 0 duplicates · 0 failed')).toBeVisible()
    await report.getByRole('button', { name: 'Close' }).click()
    await expect(page.getByRole('row', { name: /Kessling harbour closed to ferries/ })).toBeVisible()
  })

  test('shows hostile HTML as inert text', async ({ page }) => {
    let dialogs = 0
    page.on('dialog', (d) => {
      dialogs++
      void d.dismiss()
    })
    const html = `<html><head><title>Harbour notice</title></head><body><article><h1>Harbour notice</h1>
      <p>The harbour office said the quay would reopen on Monday after repairs to the north pier.</p>
      <p>Inspectors found no structural damage, the office said in a statement on Friday evening.</p>
      <img src="x" onerror="alert('img')"><script>alert('script')</script>
      <p><a href="javascript:alert('link')">Details</a> were posted at the harbour gate for residents.</p>
      </article></body></html>`
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Import files' }).click()
    await (await chooser).setFiles({ name: 'notice.html', mimeType: 'text/html', buffer: Buffer.from(html) })
    await page.getByRole('dialog', { name: 'Import report' }).getByRole('button', { name: 'Close' }).click()
    await page.getByRole('row', { name: /Harbour notice/ }).click()
    const reader = page.getByRole('region', { name: 'Reader' })
    await expect(reader.getByText(/quay would reopen on Monday/)).toBeVisible()
    await expect(reader.locator('img, script, a[href^="javascript"]')).toHaveCount(0)
    expect(dialogs).toBe(0)
  })
})

test.describe('the demo workspace', () => {
  test.use({ demo: true })

  test('sorts and filters the library', async ({ page }) => {
    const grid = page.getByRole('grid', { name: 'Articles' })
    await expect(grid.getByRole('row')).toHaveCount(11)
    const titleHeader = grid.getByRole('columnheader', { name: 'Title' })
    await titleHeader.getByRole('button', { name: 'Title' }).click()
    await expect(titleHeader).toHaveAttribute('aria-sort', 'ascending')
    const titles = await grid.getByRole('row').locator('td.cell-title').allTextContents()
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)))
    await titleHeader.getByRole('button', { name: 'Title' }).click()
    await expect(titleHeader).toHaveAttribute('aria-sort', 'descending')

    await page.getByRole('searchbox', { name: 'Filter articles' }).fill('viralpulse')
    await expect(grid.getByRole('row')).toHaveCount(2)
    await expect(page.getByText('1 article (of 10)')).toBeVisible()
  })

  test('opens an article and shows what cleaning removed, in place', async ({ page }) => {
    await page.getByRole('searchbox', { name: 'Filter articles' }).fill('worldnewshub24')
    await page.getByRole('grid', { name: 'Articles' }).getByRole('row').nth(1).click()
    const reader = page.getByRole('region', { name: 'Reader' })
    await expect(reader.getByRole('heading', { level: 2 })).toHaveText(/Aurora Vale runs aground/)
    await expect(reader.getByText(/KESSLING, Oct 14 \(Harbour Wire\)/)).toBeVisible()
    await expect(reader.getByText('Leave a Reply')).toHaveCount(0)
    await reader.getByRole('checkbox', { name: 'Show removed text' }).check()
    await expect(reader.locator('del', { hasText: 'Leave a Reply' })).toBeVisible()
    await expect(reader.locator('.removed:has(del:has-text("Leave a Reply"))')).toContainText('comments')
    await expect(reader.locator('del', { hasText: 'Source link' })).toBeVisible()
    await reader.getByRole('checkbox', { name: 'Show removed text' }).uncheck()
    await expect(reader.getByText('Leave a Reply')).toHaveCount(0)
  })

  test('moves through the library with the keyboard', async ({ page }) => {
    const grid = page.getByRole('grid', { name: 'Articles' })
    await expect(grid.getByRole('row')).toHaveCount(11)
    await grid.focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    const selected = grid.locator('[aria-selected="true"]')
    await expect(selected).toHaveCount(1)
    const title = (await selected.locator('td.cell-title').textContent()) ?? ''
    await expect(page.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 2 })).toHaveText(title)
    await page.keyboard.press('/')
    await expect(page.getByRole('searchbox', { name: 'Filter articles' })).toBeFocused()
  })
})

// Not a test of behaviour: refreshes the README's screenshots when SCREENSHOTS=1.
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test } from './fixtures'
import { projectRoot } from '../support/host'

test.use({ demo: true })
test.skip(!process.env['SCREENSHOTS'], 'set SCREENSHOTS=1 to refresh docs/screenshots')

const shot = (page: Page, name: string): Promise<Buffer> => page.screenshot({ path: join(projectRoot, `docs/screenshots/${name}.png`) })

test('every view', async ({ page }) => {
  const nav = page.getByRole('navigation', { name: 'Views' })
  await page.getByRole('searchbox', { name: 'Filter articles' }).fill('worldnewshub24')
  await page.getByRole('grid', { name: 'Articles' }).getByRole('row').nth(1).click()
  await page.getByRole('searchbox', { name: 'Filter articles' }).fill('')
  await shot(page, 'library-reader')
  await page.getByRole('checkbox', { name: 'Show removed text' }).check()
  await page.getByRole('region', { name: 'Reader' }).locator('del').first().scrollIntoViewIfNeeded()
  await shot(page, 'removed-text')
  await nav.getByRole('button', { name: 'Search' }).click()
  await page.getByRole('combobox', { name: 'Search articles' }).fill('1,200 tonnes')
  await page.waitForTimeout(1500)
  await shot(page, 'search')
  await nav.getByRole('button', { name: 'Claims' }).click()
  await page.waitForTimeout(1500)
  await shot(page, 'claims')
  await nav.getByRole('button', { name: 'Compare' }).click()
  await page.getByRole('button', { name: /^Compare “.*” with its original/ }).first().click()
  await page.waitForTimeout(1500)
  await shot(page, 'compare')
  await nav.getByRole('button', { name: 'Notes' }).click()
  await page.waitForTimeout(1000)
  await shot(page, 'notes')
})

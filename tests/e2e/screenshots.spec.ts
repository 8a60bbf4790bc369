// Not a test of behaviour: refreshes the README's screenshots when SCREENSHOTS=1.
import { join } from 'node:path'
import { test } from './fixtures'
import { projectRoot } from '../support/host'

test.use({ demo: true })
test.skip(!process.env['SCREENSHOTS'], 'set SCREENSHOTS=1 to refresh docs/screenshots')

test('library and reader', async ({ page }) => {
  await page.getByRole('searchbox', { name: 'Filter articles' }).fill('worldnewshub24')
  await page.getByRole('grid', { name: 'Articles' }).getByRole('row').nth(1).click()
  await page.getByRole('searchbox', { name: 'Filter articles' }).fill('')
  await page.screenshot({ path: join(projectRoot, 'docs/screenshots/library-reader.png') })
  await page.getByRole('checkbox', { name: 'Show removed text' }).check()
  await page.getByRole('region', { name: 'Reader' }).locator('del').first().scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(projectRoot, 'docs/screenshots/removed-text.png') })
})

// Crosscheck never uses the network. A whole working session (import, search, open, claims,
// compare, annotate, export) runs with every request recorded, at the page and at the browser
// context; any request to anything but the app's own origin fails the test.
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { projectRoot } from '../support/host'
import { dragSelect } from './select'

test.use({ demo: true })

const SAMPLE = join(projectRoot, 'tests/fixtures/import-sample')
const SPUN = 'Kessling races in opposition to the clock as Aurora Vale leak spreads'
const QUOTE = 'only rescue and recovery vessels would be allowed'

test('a whole session makes no request outside the app', async ({ page, host, context }) => {
  test.setTimeout(240_000)
  const seen: string[] = []
  page.on('request', (r) => seen.push(r.url()))
  const routed: string[] = []
  const outside: string[] = []
  await context.route('**/*', (route) => {
    const url = route.request().url()
    routed.push(url)
    if (new URL(url).origin !== host.origin) {
      outside.push(url)
      return route.abort()
    }
    return route.continue()
  })
  await page.reload()

  // Import a folder through the picker.
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import folder' }).click()
  await (await chooser).setFiles(SAMPLE)
  const report = page.getByRole('dialog', { name: 'Import report' })
  await expect(report.getByText(/\d+ imported · \d+ duplicates · \d+ failed/)).toBeVisible({ timeout: 60_000 })
  await report.getByRole('button', { name: 'Close' }).click()

  // Search, open a hit, export the hits as CSV.
  await page.getByRole('button', { name: /Search/ }).first().click()
  const box = page.getByRole('combobox', { name: 'Search articles' })
  await box.fill('Kessling harbour ferries')
  const results = page.getByRole('listbox', { name: 'Search results' })
  await expect(results.getByRole('option').first()).toBeVisible()
  const csv = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  expect(readFileSync(await (await csv).path(), 'utf8')).toContain('rank,articleId,title')
  await box.focus()
  await box.press('ArrowDown')
  await box.press('Enter')
  const reader = page.getByRole('region', { name: 'Reader' })
  await expect(reader.getByRole('heading', { level: 2 })).toBeVisible()

  // Open the imported article and annotate it.
  await page.getByRole('searchbox', { name: 'Filter articles' }).fill('closed to ferries')
  await page.getByRole('grid', { name: 'Articles' }).getByRole('row', { name: /Kessling harbour closed to ferries/ }).first().click()
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText(/Kessling harbour closed to ferries/)
  await dragSelect(page, QUOTE)
  await reader.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Highlight' }).click()
  const panel = reader.getByRole('complementary', { name: 'Annotations' })
  await panel.getByRole('textbox', { name: /Note/ }).fill('Check the harbour master’s statement.')
  await panel.getByRole('button', { name: 'Save note' }).click()
  await expect(panel.getByText('Check the harbour master’s statement.')).toBeVisible()

  // Claims.
  await page.getByRole('button', { name: /^Claims/ }).first().click()
  const claims = page.getByRole('region', { name: 'Claims' })
  await expect(claims.getByRole('table', { name: 'Claims' })).toBeVisible()
  await claims.getByRole('tab', { name: /Clusters/ }).click()
  await expect(claims.getByRole('list', { name: 'Clusters' })).toBeVisible()

  // Compare a spun copy with its original.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Compare' }).click()
  await page.getByRole('button', { name: `Compare “${SPUN}” with its original` }).click()
  await expect(page.getByRole('group', { name: 'Comparison summary' })).toBeVisible()

  // Export the notes as a download.
  await page.getByRole('button', { name: /^Notes/ }).first().click()
  const notes = page.getByRole('region', { name: 'Notes' })
  await notes.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export notes' })
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption('md')
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download' }).click()
  expect(readFileSync(await (await download).path(), 'utf8')).toContain(QUOTE)

  const local = (u: string): boolean => u.startsWith(`${host.origin}/`) || u.startsWith('data:') || u.startsWith('blob:')
  expect(outside, 'requests routed outside the app').toEqual([])
  expect(seen.filter((u) => !local(u)), 'requests the page made outside the app').toEqual([])
  // The recorder saw the session's calls (a recorder that saw nothing would prove nothing).
  expect(seen.filter((u) => u.includes('/api/')).length).toBeGreaterThan(20)
  console.log(`no-network journey: ${seen.length} requests observed by the page (${routed.length} routed), all to ${host.origin}`)
})

import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

test.use({ demo: true })

/** Each view in a state worth checking: with content shown, not only its empty frame. */
const VIEWS: Array<{ name: string; ready: (page: Page) => Promise<void> }> = [
  {
    name: 'Library',
    ready: async (page) => {
      await page.getByRole('grid', { name: 'Articles' }).getByRole('row').nth(1).click()
      await expect(page.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 2 })).toBeVisible()
    },
  },
  {
    name: 'Search',
    ready: async (page) => {
      await page.getByRole('combobox', { name: 'Search articles' }).fill('1,200 tonnes')
      await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible()
    },
  },
  { name: 'Claims', ready: async (page) => void (await expect(page.getByRole('region', { name: 'Claims' }).getByRole('table').first()).toBeVisible()) },
  {
    name: 'Compare',
    ready: async (page) => {
      await page.getByRole('button', { name: /^Compare “.*” with its original/ }).first().click()
      await expect(page.getByRole('region', { name: 'Comparison' })).toHaveAttribute('aria-busy', 'false')
    },
  },
  { name: 'Notes', ready: async (page) => void (await expect(page.getByRole('region', { name: 'Notes' })).toBeVisible()) },
  { name: 'Imports', ready: async (page) => void (await expect(page.getByRole('region', { name: /Files and folders from disk/ }).getByRole('row').nth(1)).toBeVisible()) },
]

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n    ')}`)
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every view has no serious or critical axe violations (${scheme})`, async ({ page }) => {
    test.setTimeout(180_000)
    await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: scheme === 'light' ? 'Light' : 'Dark' }).check()
    const found: string[] = []
    for (const view of VIEWS) {
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: view.name }).click()
      await view.ready(page)
      for (const v of await seriousViolations(page)) found.push(`${view.name}: ${v}`)
    }
    await page.keyboard.press('Control+k')
    await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible()
    for (const v of await seriousViolations(page)) found.push(`Command palette: ${v}`)
    await page.keyboard.press('Escape')
    await page.locator('body').press('?')
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
    for (const v of await seriousViolations(page)) found.push(`Help sheet: ${v}`)
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('button', { name: 'Start the tour' }).click()
    await expect(page.getByRole('dialog', { name: 'Import' })).toBeVisible()
    for (const v of await seriousViolations(page)) found.push(`Tour: ${v}`)
    expect(found, found.join('\n')).toEqual([])
  })
}

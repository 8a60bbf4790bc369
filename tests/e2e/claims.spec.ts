import type { TestInfo } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { expect, test } from './fixtures'

/** Screenshots for a person to look at, kept outside test-results (which every run clears). */
function shot(_info: TestInfo, name: string): string {
  mkdirSync('/tmp/claims-shots', { recursive: true })
  return `/tmp/claims-shots/${name}`
}

test.use({ demo: true })

test.describe('claims on the demo corpus', () => {
  test('accepts, tags and edits claims, opens a cluster and sees a conflict', async ({ page }, testInfo) => {
    await page.getByRole('button', { name: /^Claims/ }).first().click()
    const view = page.getByRole('region', { name: 'Claims' })
    await expect(view.getByRole('table', { name: 'Claims' })).toBeVisible()
    await page.screenshot({ path: shot(testInfo, 'claims-table.png'), fullPage: true })

    // Filter to the crew figures and accept every shown suggestion at once.
    await view.getByRole('searchbox', { name: 'Filter claims' }).fill('crew members')
    const table = view.getByRole('table', { name: 'Claims' })
    // The host filters: wait until the rows shown are the filtered ones.
    await expect(table).toHaveAttribute('aria-busy', 'false')
    await expect(view.getByRole('status').filter({ hasText: / of \d+ claims/ })).not.toHaveText(/^(\d+) of \1 claims/)
    const rows = table.locator('tbody tr')
    const shown = await rows.count()
    expect(shown).toBeGreaterThan(2)
    await view.getByRole('button', { name: 'Accept all shown' }).click()
    await expect(rows.filter({ hasText: 'Accepted' })).toHaveCount(shown)

    // A tag, created and put on one claim.
    await view.getByRole('tab', { name: 'Tags' }).click()
    await view.getByRole('textbox', { name: 'New tag' }).fill('Crew figures')
    await view.getByRole('button', { name: 'Create tag' }).click()
    await expect(view.getByRole('textbox', { name: 'Name of tag Crew figures' })).toBeVisible()
    await view.getByRole('tab', { name: 'Claims' }).click()
    await view.getByRole('searchbox', { name: 'Filter claims' }).fill('23 crew members')
    await expect(table).toHaveAttribute('aria-busy', 'false')
    await rows.first().getByRole('button').first().click()
    const detail = view.getByRole('complementary', { name: 'Claim details' })
    await detail.getByRole('checkbox', { name: 'Crew figures' }).click()
    await expect(detail.getByRole('checkbox', { name: 'Crew figures' })).toBeChecked()
    await expect(rows.first()).toContainText('Crew figures')

    // Edit the wording: the quantities follow the new text.
    await detail.getByRole('button', { name: 'Edit wording' }).click()
    await detail.getByRole('textbox', { name: 'Claim wording' }).fill('All 23 crew members were rescued, the operator said.')
    await detail.getByRole('button', { name: 'Save wording' }).click()
    await expect(detail.getByText('All 23 crew members were rescued, the operator said.')).toBeVisible()
    await expect(detail.getByText('“23 crew members” = 23 crew')).toBeVisible()
    await detail.getByRole('combobox', { name: 'Status' }).selectOption('disputed')
    await expect(rows.first()).toContainText('Disputed')

    // Clusters: the evacuation figures (C4: 340 vs about 600 residents) conflict. The tab counts
    // the clusters still in conflict before any cluster is read; resolving one takes it off.
    const clustersTab = view.getByRole('tab', { name: /Clusters/ })
    await expect(clustersTab).toHaveText(/^Clusters \(\d+ with conflicts\)$/)
    const before = Number(/\((\d+) with/.exec((await clustersTab.textContent()) ?? '')?.[1])
    await clustersTab.click()
    await view.getByRole('checkbox', { name: 'Only clusters with conflicts' }).check()
    const list = view.getByRole('list', { name: 'Clusters' })
    await list.getByRole('button', { name: /340 residents/ }).first().click()
    const conflict = view.getByRole('group', { name: 'Conflict on people' })
    await expect(conflict).toBeVisible()
    await expect(conflict.getByRole('cell', { name: '340 residents' }).first()).toBeVisible()
    await expect(conflict.getByRole('cell', { name: /about 600 residents/i }).first()).toBeVisible()
    await page.screenshot({ path: shot(testInfo, 'claims-cluster.png'), fullPage: true })
    await conflict.getByRole('textbox', { name: 'Resolution note' }).fill('Town hall figure confirmed by the mayor')
    await conflict.getByRole('button', { name: 'Mark resolved' }).click()
    await expect(view.getByRole('group', { name: 'Conflict on people' }).getByText('Note: Town hall figure confirmed by the mayor')).toBeVisible()
    await expect(clustersTab).toHaveText(before > 1 ? `Clusters (${before - 1} with conflicts)` : 'Clusters')

    // Corroboration matrix and ledger render real rows.
    await view.getByRole('tab', { name: 'Corroboration' }).click()
    await expect(view.getByRole('table', { name: 'Corroboration' })).toBeVisible()
    await page.screenshot({ path: shot(testInfo, 'claims-matrix.png'), fullPage: true })
    await view.getByRole('tab', { name: 'Outlet ledger' }).click()
    await expect(view.getByRole('rowheader', { name: 'Marren Courier' })).toBeVisible()
    await page.screenshot({ path: shot(testInfo, 'claims-ledger.png'), fullPage: true })
  })

  test('sorts and groups on the host, and folds a group', async ({ page }) => {
    await page.getByRole('button', { name: /^Claims/ }).first().click()
    const view = page.getByRole('region', { name: 'Claims' })
    const table = view.getByRole('table', { name: 'Claims' })
    await expect(table).toHaveAttribute('aria-busy', 'false')

    // Sorted by independent sources (a count sorts most first): the first row's count is the largest shown.
    const sources = table.getByRole('columnheader', { name: 'Sources' })
    await sources.getByRole('button').click()
    await expect(sources).toHaveAttribute('aria-sort', 'descending')
    await expect(table).toHaveAttribute('aria-busy', 'false')
    const counts = (await table.locator('tbody td.cell-clusterSources').allTextContents()).map(Number)
    expect(counts.length).toBeGreaterThan(3)
    expect(counts[0]).toBe(Math.max(...counts))
    expect(counts[0]).toBeGreaterThan(1)

    // Grouped by source: each outlet heads its claims with their number; folding one hides its rows.
    await view.getByRole('combobox', { name: 'Group by' }).selectOption('source')
    const heading = table.getByRole('button', { name: /^▾ Baltic Ledger \(\d+\)$/ })
    await expect(heading).toBeVisible()
    await expect(heading).toHaveAttribute('aria-expanded', 'true')
    await heading.click()
    await expect(table.getByRole('button', { name: /^▸ Baltic Ledger \(\d+\)$/ })).toHaveAttribute('aria-expanded', 'false')
    await expect(table).toHaveAttribute('aria-busy', 'false')
    await expect(table.locator('tbody td.cell-source', { hasText: /^Baltic Ledger$/ })).toHaveCount(0)
  })

  test('makes a claim from text selected in the reader', async ({ page }, testInfo) => {
    await page.getByRole('grid', { name: 'Articles' }).getByRole('row', { name: /Lower Harbour|evacuat/i }).first().click()
    const reader = page.getByRole('region', { name: 'Reader' })
    const para = reader.locator('.clean-text p').nth(2)
    await expect(para).toBeVisible()
    const wanted = (await para.textContent())?.slice(0, 40) ?? ''
    await para.evaluate((p) => {
      const range = document.createRange()
      const node = p.firstChild as Text
      range.setStart(node, 0)
      range.setEnd(node, 40)
      const sel = document.getSelection()
      sel?.removeAllRanges()
      sel?.addRange(range)
    })
    const toolbar = page.getByRole('toolbar', { name: 'Selected text' })
    await expect(toolbar).toBeVisible()
    await page.screenshot({ path: shot(testInfo, 'claims-selection.png'), fullPage: true })
    await toolbar.getByRole('button', { name: 'Make claim' }).click()
    await expect(toolbar.getByRole('status')).toHaveText('Make claim: done')
    await page.getByRole('button', { name: /^Claims/ }).first().click()
    const view = page.getByRole('region', { name: 'Claims' })
    await view.getByRole('searchbox', { name: 'Filter claims' }).fill(wanted.trim())
    await expect(view.getByRole('table', { name: 'Claims' }).locator('tbody tr', { hasText: 'Made by analyst' }).first()).toBeVisible()
  })
})

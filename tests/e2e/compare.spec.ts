import { expect, test } from './fixtures'

test.use({ demo: true })

const SPUN = 'Kessling races in opposition to the clock as Aurora Vale leak spreads'
const ORIGINAL = 'Kessling races against the clock as Aurora Vale leak spreads'

test.describe('side-by-side comparison on the demo corpus', () => {
  test('opens "compare with its original" on the spun copy, follows a pair and reads the summary', async ({ page }) => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Compare' }).click()
    await expect(page.getByText('Pick two articles on the left')).toBeVisible()
    await page.getByRole('button', { name: `Compare “${SPUN}” with its original` }).click()

    const summary = page.getByRole('group', { name: 'Comparison summary' })
    await expect(summary).toBeVisible()
    await expect(summary.getByText('Spun copy')).toBeVisible()
    await expect(summary.getByText(/^\d+% similar$/)).toBeVisible()
    await expect(summary.getByText(/^(2\d|3\d) paraphrased$/)).toBeVisible()

    const a = page.getByRole('region', { name: `Source A: ${ORIGINAL}` })
    const b = page.getByRole('region', { name: `Source B: ${SPUN}` })
    await expect(a).toBeVisible()
    await expect(b).toBeVisible()

    // Click a sentence in A: its spun counterpart in B becomes the active pair, and the detail says why.
    await a.locator('[data-sentence-start]', { hasText: 'were racing against the clock on Wednesday' }).click()
    const activeB = b.getByRole('button', { pressed: true })
    await expect(activeB).toHaveCount(1)
    await expect(b.locator('[data-sentence-start]', { has: page.getByRole('button', { pressed: true }) })).toContainText('racing in opposition to the clock')
    await expect(activeB).toBeInViewport()
    const detail = page.getByRole('region', { name: /^Pair \d+$/ })
    await expect(detail.getByText(/against ≈ in opposition to/)).toBeVisible()
    await expect(detail.getByText('Paired because:')).toBeVisible()

    // Clicking the last paired sentence scrolls the other column down to it.
    const last = b.getByRole('button', { name: /^Pair \d+, paraphrase: show its counterpart in source A$/ }).last()
    await last.scrollIntoViewIfNeeded()
    await last.click()
    const name = (await last.getAttribute('aria-label'))?.match(/^Pair (\d+)/)?.[1]
    await expect(a.getByRole('button', { name: new RegExp(`^Pair ${name},`) })).toBeInViewport()
  })

  test('the re-hosted copy is a near duplicate, and the library shows copies with an "originals only" filter', async ({ page }) => {
    const grid = page.getByRole('grid', { name: 'Articles' })
    await expect(grid.getByRole('row')).toHaveCount(11)
    await expect(grid.getByRole('row', { name: /runs aground off Kessling.*near duplicate of #1 · \d+%/ })).toBeVisible()
    await expect(grid.getByRole('row', { name: /races in opposition to the clock.*spun copy of #3 · \d+%/ })).toBeVisible()
    await expect(grid.getByRole('row', { name: /races against the clock.*original · 1 copy/ })).toBeVisible()
    await page.getByRole('checkbox', { name: 'Originals only' }).check()
    await expect(grid.getByRole('row')).toHaveCount(9)

    await page.getByRole('button', { name: 'Copy graph' }).click()
    const graph = page.getByRole('region', { name: 'Copy graph' })
    await expect(graph.getByText('likely original')).toHaveCount(2)
    await expect(graph.getByText(/spun copy of #3 · \d+% similar · \d+% of its sentences found in the original/)).toBeVisible()
    await graph.getByRole('button', { name: /Compare “#\d+ Chemical tanker Aurora Vale runs aground.*” with its original/ }).click()
    const summary = page.getByRole('group', { name: 'Comparison summary' })
    await expect(summary.getByText('Near duplicate')).toBeVisible()
    await expect(summary.getByText(/^\d+ identical$/)).toBeVisible()
  })

  test('six sources as a similarity matrix with the statements they share', async ({ page }) => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Compare' }).click()
    const picker = page.getByRole('complementary', { name: 'Articles to compare' })
    // 01 and its re-host 08 share a title; 03 and its spun copy 09; plus 02 and 05.
    const items = picker.getByRole('listitem')
    for (const title of [/^Chemical tanker/, /^Ministry puts/, /^Kessling races against/, /^Lower Harbour evacuated/, /^Kessling races in opposition/]) {
      await items.filter({ hasText: title }).first().getByRole('checkbox').check()
    }
    await items.filter({ hasText: /^Chemical tanker/ }).last().getByRole('checkbox').check()
    const matrix = page.getByRole('table', { name: 'Pairwise similarity' })
    await expect(matrix).toBeVisible()
    await expect(matrix.getByRole('button', { name: /near duplicate\. Compare side by side/ }).first()).toBeVisible()
    await expect(page.getByText(/Statements carried by more than one source \(\d+\)/)).toBeVisible()
    await matrix.getByRole('button', { name: /spun copy\. Compare side by side/ }).first().click()
    await expect(page.getByRole('group', { name: 'Comparison summary' }).getByText('Spun copy')).toBeVisible()
  })
})

test('screenshots of the compare view', async ({ page }) => {
  test.skip(!process.env['CC_SCREENSHOTS'], 'set CC_SCREENSHOTS=1 to write screenshots')
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Compare' }).click()
  await page.getByRole('button', { name: `Compare “${SPUN}” with its original` }).click()
  await page.getByRole('region', { name: `Source A: ${ORIGINAL}` }).locator('[data-sentence-start]', { hasText: 'were racing against the clock' }).click()
  await page.screenshot({ path: 'test-results/compare-side-by-side.png' })
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Library' }).click()
  await page.getByRole('button', { name: 'Copy graph' }).click()
  await page.screenshot({ path: 'test-results/compare-copy-graph.png' })
  await page.getByRole('region', { name: 'Copy graph' }).getByRole('button', { name: 'Close' }).click()
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Compare' }).click()
  const items = page.getByRole('complementary', { name: 'Articles to compare' }).getByRole('listitem')
  for (const title of [/^Ministry puts/, /^Lower Harbour evacuated/, /^Salvage crews/, /^Vantor says/]) {
    await items.filter({ hasText: title }).first().getByRole('checkbox').check()
  }
  await expect(page.getByRole('table', { name: 'Pairwise similarity' })).toBeVisible()
  await page.screenshot({ path: 'test-results/compare-matrix.png' })
})

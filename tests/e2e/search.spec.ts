import { expect, test } from './fixtures'

test.use({ demo: true })

test.describe('search', () => {
  test('types a query, narrows by outlet, moves with the keyboard and opens a highlighted result', async ({ page }) => {
    await page.getByRole('button', { name: /Search/ }).first().click()
    const box = page.getByRole('combobox', { name: 'Search articles' })
    await expect(box).toBeFocused()
    await expect(page.getByText('Type to search every article')).toBeVisible()

    await box.pressSequentially('Almqvist seabirds', { delay: 20 })
    const results = page.getByRole('listbox', { name: 'Search results' })
    await expect(results.getByRole('option').first()).toContainText('EcoWatch Bulletin')
    await expect(results.locator('mark').first()).toHaveText(/almqvist|seabirds/i)

    // Typo forgiveness, said out loud.
    await box.fill('Osterburg')
    await expect(page.getByText(/Showing results for/)).toContainText('osterberg')

    // Numbers in any notation; facets with counts narrow the list.
    await box.fill('1200 tonnes')
    await expect(page.getByText(/^\d+ articles$/)).toBeVisible()
    const before = await results.getByRole('option').count()
    expect(before).toBeGreaterThan(3)
    // The demo's text files carry no outlet; the HTML pages do.
    const courier = page.getByRole('checkbox', { name: 'Marren Courier 1' })
    await courier.check()
    await expect(results.getByRole('option')).toHaveCount(1)
    await expect(results.getByRole('option')).toContainText('Marren Courier')
    await courier.uncheck()
    await expect(results.getByRole('option')).toHaveCount(before)

    // Keyboard: down twice, up once, Enter opens the second result.
    await box.focus()
    await box.press('ArrowDown')
    await box.press('ArrowDown')
    await box.press('ArrowUp')
    const second = results.getByRole('option').nth(1)
    await expect(second).toHaveAttribute('aria-selected', 'true')
    const title = (await second.locator('.search-hit-title').textContent())!
    await box.press('Enter')

    const reader = page.getByRole('region', { name: 'Reader' })
    await expect(reader.getByRole('heading', { level: 2 })).toHaveText(title)
    const marks = reader.locator('.clean-text mark')
    await expect(marks.first()).toBeInViewport()
    expect(await marks.count()).toBeGreaterThan(1)
    for (const m of await marks.all()) await expect(m).toHaveText(/^(1,200|tonnes)$/i)
  })

  test('explains the syntax, filters exact phrases and exports every hit as CSV', async ({ page }) => {
    await page.getByRole('button', { name: /Search/ }).first().click()
    await page.getByRole('button', { name: 'Search syntax' }).click()
    const help = page.getByRole('dialog', { name: 'Search syntax' })
    await expect(help).toContainText('the exact phrase')
    await expect(help).toContainText('matched on word stems')
    await page.keyboard.press('Escape')
    await expect(help).toBeHidden()

    const box = page.getByRole('combobox', { name: 'Search articles' })
    await box.fill('"Lower Harbour" -ViralPulse')
    const results = page.getByRole('listbox', { name: 'Search results' })
    await expect(results.getByRole('option').first()).toBeVisible()
    for (const s of await results.locator('.search-hit-snippet').all()) await expect(s).toBeVisible()

    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export CSV' }).click()
    const file = await download
    const csv = await (await file.createReadStream()).toArray()
    const lines = Buffer.concat(csv).toString('utf8').trim().split('\r\n')
    expect(lines[0]).toBe('rank,articleId,title,outlet,publishedAt,score')
    expect(lines.length - 1).toBe(await results.getByRole('option').count())
    await expect(page.getByText(/Exported \d+ results? as CSV/)).toBeVisible()
    await page.screenshot({ path: 'test-results/search-view.png' })
  })
})

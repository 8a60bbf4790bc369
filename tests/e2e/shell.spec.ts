import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { projectRoot, startHost } from '../support/host'

const VIEWS = ['Library', 'Search', 'Claims', 'Compare', 'Notes', 'Imports']
const nav = (page: Page): Locator => page.getByRole('navigation', { name: 'Views' })
const current = (page: Page): Locator => nav(page).locator('[aria-current="page"]')

test.describe('on the demo workspace', () => {
  test.use({ demo: true })

  test('the sidebar names every view and marks the one shown', async ({ page }) => {
    for (const name of VIEWS) await expect(nav(page).getByRole('button', { name })).toBeVisible()
    await expect(current(page)).toHaveText(/Library/)
    await nav(page).getByRole('button', { name: 'Claims' }).click()
    await expect(current(page)).toHaveText(/Claims/)
    await expect(page.getByRole('region', { name: 'Claims' })).toBeVisible()
    await expect(nav(page).getByRole('button', { name: 'Library' })).not.toHaveAttribute('aria-current', 'page')
  })

  test('Alt+1…6 show the six views', async ({ page }) => {
    for (const [i, name] of VIEWS.entries()) {
      await page.keyboard.press(`Alt+${i + 1}`)
      await expect(current(page)).toHaveText(new RegExp(name))
    }
    await expect(page.getByRole('region', { name: 'Import runs' })).toBeVisible()
  })

  test('? opens a help sheet listing the shortcuts; Escape closes it', async ({ page }) => {
    await page.locator('body').press('?')
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(help).toBeVisible()
    await expect(help.getByText('Command palette: go anywhere, import, export, theme, tour')).toBeVisible()
    await expect(help.getByText('Show Imports')).toBeVisible()
    await expect(help.getByText('Back and forward between views')).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(help).toBeHidden()
  })

  test('the command palette filters commands fuzzily and runs the chosen one', async ({ page }) => {
    await expect(current(page)).toHaveText(/Library/)
    await page.keyboard.press('Control+k')
    const palette = page.getByRole('dialog', { name: 'Command palette' })
    const box = palette.getByRole('combobox', { name: 'Type a command' })
    await expect(box).toBeFocused()
    await box.fill('gcla')
    const options = palette.getByRole('option')
    await expect(options.first()).toHaveText(/Go to Claims/)
    await expect(options).toHaveCount(1)
    await box.press('Enter')
    await expect(palette).toBeHidden()
    await expect(current(page)).toHaveText(/Claims/)

    await page.keyboard.press('Control+k')
    await box.fill('zzzz')
    await expect(palette.getByRole('status')).toHaveText(/No command matches “zzzz”/)
    await box.fill('imp')
    await expect(options.first()).toHaveText(/Go to Imports|Import/)
    await box.press('Escape')
    await expect(palette).toBeHidden()
  })

  test('the palette moves with arrow keys and can open the notes export', async ({ page }) => {
    await expect(current(page)).toHaveText(/Library/)
    await page.keyboard.press('Control+k')
    const palette = page.getByRole('dialog', { name: 'Command palette' })
    const box = palette.getByRole('combobox', { name: 'Type a command' })
    await box.fill('export')
    await expect(palette.getByRole('option', { selected: true })).toHaveText(/Export notes/)
    await box.press('Enter')
    await expect(current(page)).toHaveText(/Notes/)
    await expect(page.getByRole('dialog', { name: 'Export notes' })).toBeVisible()

    await page.keyboard.press('Escape')
    await page.keyboard.press('Control+k')
    await box.fill('')
    await box.press('ArrowDown')
    await expect(palette.getByRole('option', { selected: true })).toHaveText(/Go to Search/)
    await box.press('Enter')
    await expect(current(page)).toHaveText(/Search/)

    await page.keyboard.press('Control+k')
    await box.fill('shortcuts')
    await box.press('Enter')
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
    await expect(palette).toBeHidden()
  })

  test('back and forward move between views: browser buttons and Alt+←/→', async ({ page }) => {
    await nav(page).getByRole('button', { name: 'Search' }).click()
    await nav(page).getByRole('button', { name: 'Claims' }).click()
    await expect(current(page)).toHaveText(/Claims/)
    await page.goBack()
    await expect(current(page)).toHaveText(/Search/)
    await page.locator('body').press('Alt+ArrowLeft')
    await expect(current(page)).toHaveText(/Library/)
    await page.locator('body').press('Alt+ArrowRight')
    await expect(current(page)).toHaveText(/Search/)
    await page.goForward()
    await expect(current(page)).toHaveText(/Claims/)
    // The view survives a reload; the access token stays out of the address bar.
    expect(page.url()).toMatch(/#\/claims$/)
    expect(page.url()).not.toContain('token')
    await page.reload()
    await expect(current(page)).toHaveText(/Claims/)
    await expect(page.getByRole('region', { name: 'Claims' })).toBeVisible()
  })

  test('the Imports view lists past runs and each file’s outcome, linked to its article', async ({ page }) => {
    await nav(page).getByRole('button', { name: 'Imports' }).click()
    const runs = page.getByRole('region', { name: 'Import runs' })
    await expect(runs.getByRole('button', { name: /Files and folders from disk.*10 files: 10 imported/ })).toBeVisible()
    const report = page.getByRole('region', { name: /Files and folders from disk/ })
    await expect(report.getByRole('row')).toHaveCount(11)
    await report.getByRole('button', { name: /Vantor says Aurora Vale lost/ }).click()
    await expect(current(page)).toHaveText(/Library/)
    await expect(page.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 2 })).toHaveText(/Vantor says Aurora Vale lost/)
  })

  test('a failure says what happened and what to do, and Try again recovers', async ({ page }) => {
    let fail = true
    await page.route('**/api/imports-list', (route) =>
      fail
        ? route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'internal', message: 'disk I/O error.' } }) })
        : route.continue(),
    )
    await nav(page).getByRole('button', { name: 'Imports' }).click()
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('Could not read the import history. disk I/O error.')
    await expect(alert).toContainText('Try again. If it keeps failing, restart Crosscheck')
    fail = false
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(alert).toBeHidden()
    await expect(page.getByRole('region', { name: 'Import runs' }).getByRole('button', { name: /10 files/ })).toBeVisible()
  })

  test('themes: System follows the OS, Light and Dark stick across a reload', async ({ page }) => {
    const background = (): Promise<string> => page.evaluate(() => getComputedStyle(document.body.parentElement!).backgroundColor)
    const picker = page.getByRole('group', { name: 'Theme' })
    await expect(picker.getByRole('radio', { name: 'System' })).toBeChecked()
    await page.emulateMedia({ colorScheme: 'dark' })
    const darkBg = await background()
    await page.emulateMedia({ colorScheme: 'light' })
    const lightBg = await background()
    expect(darkBg).not.toBe(lightBg)

    await picker.getByRole('radio', { name: 'Dark' }).check()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    expect(await background()).toBe(darkBg)
    await page.reload()
    await expect(page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' })).toBeChecked()
    expect(await background()).toBe(darkBg)

    await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Light' }).check()
    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await background()).toBe(lightBg)
  })
})

test.describe('first-run tour', () => {
  test.use({ demo: true, tour: true })

  test('walks import, search, a conflict, a comparison, an annotation and an export; shown once; restartable', async ({ page }) => {
    const tour = page.getByRole('dialog', { name: 'Import' })
    await expect(tour).toBeVisible()
    await expect(tour.getByText('Tour · step 1 of 6')).toBeVisible()
    await expect(tour).toBeFocused()
    const steps: Array<[string, string]> = [
      ['Search', 'Search'],
      ['A claim conflict', 'Claims'],
      ['A comparison', 'Compare'],
      ['An annotation', 'Library'],
      ['An export', 'Notes'],
    ]
    for (const [title, view] of steps) {
      await page.getByRole('button', { name: 'Next', exact: true }).click()
      await expect(page.getByRole('dialog', { name: title })).toBeVisible()
      await expect(current(page)).toHaveText(new RegExp(view))
    }
    // The annotation step opened an article to annotate.
    await page.keyboard.press('Alt+1')
    await expect(page.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 2 })).toBeVisible()
    await page.keyboard.press('Alt+5')
    // The keyboard walks it too: ← goes back a step, → forward.
    const last = page.getByRole('dialog', { name: 'An export' })
    await last.focus()
    await page.keyboard.press('ArrowLeft')
    await expect(page.getByRole('dialog', { name: 'An annotation' })).toBeVisible()
    await page.keyboard.press('ArrowRight')
    await page.getByRole('button', { name: 'Finish' }).click()
    await expect(page.getByRole('dialog', { name: 'An export' })).toBeHidden()

    await page.reload()
    await expect(nav(page)).toBeVisible()
    await expect(page.getByRole('dialog', { name: 'Import' })).toBeHidden()

    await page.locator('body').press('?')
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('button', { name: 'Start the tour' }).click()
    await expect(page.getByRole('dialog', { name: 'Import' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog', { name: 'Import' })).toBeHidden()
  })
})

test.describe('the tour on a workspace of the analyst\'s own', () => {
  test('does not open by itself there, however many articles it holds; the help sheet still starts it', async ({ browser }) => {
    const file = join(mkdtempSync(join(tmpdir(), 'cc-e2e-own-')), 'case.sqlite')
    const run = spawnSync(join(projectRoot, 'bin/crosscheck'), ['--db', file, 'import', join(projectRoot, 'tests/fixtures/import-sample')], { encoding: 'utf8', timeout: 120_000 })
    expect(run.status, run.stderr).toBe(0)
    const host = await startHost({ dbPath: file })
    const context = await browser.newContext()
    const page = await context.newPage()
    try {
      await page.goto(host.url)
      await expect(page.getByText('5 articles in workspace')).toBeVisible()
      await expect(page.getByRole('grid', { name: 'Articles' }).getByRole('row').nth(1)).toBeVisible()
      await expect(page.getByRole('dialog', { name: 'Import' })).toBeHidden()
      await page.locator('body').press('?')
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('button', { name: 'Start the tour' }).click()
      await expect(page.getByRole('dialog', { name: 'Import' })).toBeVisible()
    } finally {
      await context.close()
      await host.stop()
    }
  })
})

test.describe('in an empty workspace', () => {
  test('every view says what to do next, and each import becomes its own run', async ({ page }) => {
    const next: Array<[string, RegExp]> = [
      ['Library', /No articles yet — import files or drop a folder here/],
      ['Search', /Nothing to search yet\. Import files/],
      ['Claims', /No claims yet — import articles/],
      ['Compare', /Import some articles first/],
      ['Notes', /No notes yet\. Open an article, select text and press Highlight/],
    ]
    for (const [view, text] of next) {
      await nav(page).getByRole('button', { name: view }).click()
      await expect(page.getByText(text)).toBeVisible()
    }
    await nav(page).getByRole('button', { name: 'Imports' }).click()
    await expect(page.getByText('No imports yet. Every import you run is listed here with a report of each file.')).toBeVisible()
    await expect(page.getByRole('dialog', { name: 'Import' })).toBeHidden()

    for (const name of ['alpha-harbour-closure.txt', 'notes-on-the-slick.md']) {
      const chooser = page.waitForEvent('filechooser')
      await page.getByRole('button', { name: 'Import files', exact: true }).click()
      await (await chooser).setFiles(join(projectRoot, 'tests/fixtures/import-sample', name))
      await page.getByRole('dialog', { name: 'Import report' }).getByRole('button', { name: 'Close' }).click()
    }
    const runs = page.getByRole('region', { name: 'Import runs' })
    await expect(runs.getByRole('button', { name: /Imported in this window.*1 file: 1 imported/ })).toHaveCount(2)
  })
})

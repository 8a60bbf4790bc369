import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { damageBigWorkspace, makeCorruptWorkspace, makeForeignDatabase } from '../support/broken-workspaces'
import { projectRoot, startHost } from '../support/host'
import { expect, test } from './fixtures'

const sample = join(projectRoot, 'tests/fixtures/import-sample')

/** Serious and critical accessibility violations inside `selector`. */
async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(selector).analyze()
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

function switcherButton(page: Page, name: string | RegExp) {
  return page.getByRole('button', { name: typeof name === 'string' ? `Workspace: ${name}` : name })
}

async function openSwitcher(page: Page, current: string) {
  await switcherButton(page, current).click()
  const dialog = page.getByRole('dialog', { name: 'Workspaces' })
  await expect(dialog).toBeVisible()
  return dialog
}

/** A throwaway file made by `make`, opened from the switcher by typing its path. */
async function openFileFromSwitcher(page: Page, name: string, make: (file: string) => void): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'cc-e2e-file-')), name)
  make(file)
  const dialog = await openSwitcher(page, 'workspace')
  await dialog.getByLabel('Path to a workspace file').fill(file)
  await dialog.getByRole('button', { name: 'Open', exact: true }).click()
}

test.describe('several workspaces', () => {
  test('create a workspace, switch between two, rename one', async ({ page }) => {
    await expect(switcherButton(page, 'workspace')).toBeVisible()
    // Some articles in the first workspace, to tell the two apart; slowed so the import can be seen.
    await page.route('**/api/import-file**', async (route) => {
      await new Promise((r) => setTimeout(r, 150))
      await route.continue()
    })
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Import folder' }).click()
    await (await chooser).setFiles(sample)
    // No switching while files are on their way into this workspace.
    await expect(switcherButton(page, 'workspace')).toBeDisabled()
    const report = page.getByRole('dialog', { name: 'Import report' })
    await expect(report.getByText('5 imported · 1 duplicates · 2 failed')).toBeVisible()
    await report.getByRole('button', { name: 'Close' }).click()
    await expect(page.getByText('5 articles in workspace')).toBeVisible()

    let dialog = await openSwitcher(page, 'workspace')
    expect(await seriousViolations(page, '.workspace-switcher')).toEqual([])
    await dialog.getByLabel('Name of the new workspace').fill('Harbour inquiry')
    await dialog.getByRole('button', { name: 'Create' }).click()
    await expect(switcherButton(page, 'Harbour inquiry')).toBeVisible()
    await expect(page.getByText('No articles yet — import files or drop a folder here')).toBeVisible()

    // The command palette reaches the switcher too.
    await page.keyboard.press('Control+k')
    await page.getByRole('combobox', { name: 'Type a command' }).fill('switch work')
    await page.keyboard.press('Enter')
    dialog = page.getByRole('dialog', { name: 'Workspaces' })
    await expect(dialog).toBeVisible()
    const recents = dialog.getByRole('list', { name: 'Recent workspaces' })
    await expect(recents.getByRole('button', { name: 'Harbour inquiry (open now)' })).toBeDisabled()
    await recents.getByRole('button', { name: 'Open workspace' }).click()
    await expect(switcherButton(page, 'workspace')).toBeVisible()
    await expect(page.getByText('5 articles in workspace')).toBeVisible()
    await expect(page.getByRole('row', { name: /Kessling harbour closed to ferries/ })).toBeVisible()

    dialog = await openSwitcher(page, 'workspace')
    const name = dialog.getByLabel('Name of this workspace')
    await name.fill('Gulf desk')
    await dialog.getByRole('button', { name: 'Rename' }).click()
    await expect(switcherButton(page, 'Gulf desk')).toBeVisible()
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(dialog).toBeHidden()
    // The name lives in the workspace file: it survives a reload of the window.
    await page.reload()
    await expect(switcherButton(page, 'Gulf desk')).toBeVisible()
    dialog = await openSwitcher(page, 'Gulf desk')
    await expect(dialog.getByRole('list', { name: 'Recent workspaces' }).getByRole('button', { name: 'Open Harbour inquiry' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    // Other parts of the window (the command palette) open it with an event.
    await page.evaluate(() => window.dispatchEvent(new Event('crosscheck:open-workspace-switcher')))
    await expect(dialog).toBeVisible()
  })

  test('opening a damaged file explains the problem and offers a way back', async ({ page }) => {
    await openFileFromSwitcher(page, 'damaged.sqlite', makeCorruptWorkspace)

    const problem = page.getByRole('main', { name: 'The workspace file is damaged' })
    await expect(problem).toBeVisible()
    await expect(problem.getByText('damaged.sqlite is damaged')).toBeVisible()
    await expect(problem.getByRole('heading', { name: 'What you can do' })).toBeVisible()
    await expect(problem.getByRole('heading', { name: 'Restore a backup' })).toBeVisible()
    expect(await seriousViolations(page, '.problem-screen')).toEqual([])

    await problem.getByRole('button', { name: 'Try again' }).click()
    await expect(problem).toBeVisible()
    await problem.getByRole('button', { name: 'Back to workspace' }).click()
    await expect(switcherButton(page, 'workspace')).toBeVisible()
    await expect(page.getByText('No articles yet — import files or drop a folder here')).toBeVisible()
  })

  test("another program's database is refused and the way out is a new workspace", async ({ page }) => {
    await openFileFromSwitcher(page, 'contacts.db', makeForeignDatabase)
    const problem = page.getByRole('main', { name: 'This database belongs to another program' })
    await expect(problem.getByText('contacts.db is an SQLite database, but not a Crosscheck workspace. Crosscheck left it untouched.')).toBeVisible()
    await problem.getByLabel('Name of the new workspace').fill('Fresh case')
    await problem.getByRole('button', { name: 'Create' }).click()
    await expect(switcherButton(page, 'Fresh case')).toBeVisible()
  })
})

test.describe('a backup opened by mistake', () => {
  test('is refused, and restored into a new workspace from the problem screen', async ({ page }) => {
    // A backup made by the CLI from a workspace holding the sample articles.
    const dir = mkdtempSync(join(tmpdir(), 'cc-e2e-backup-'))
    const source = join(dir, 'source.sqlite')
    const backup = join(dir, 'harbour.crosscheck')
    for (const args of [['import', sample], ['backup', backup]]) {
      const run = spawnSync(join(projectRoot, 'bin/crosscheck'), ['--db', source, ...args], { encoding: 'utf8', timeout: 120_000 })
      expect(run.status, run.stderr).toBe(0)
    }
    const dialog = await openSwitcher(page, 'workspace')
    await dialog.getByLabel('Path to a workspace file').fill(backup)
    await dialog.getByRole('button', { name: 'Open', exact: true }).click()
    const problem = page.getByRole('main', { name: 'This is a backup, not a workspace' })
    await expect(problem).toBeVisible()
    await expect(problem.getByLabel('Path to a backup file')).toHaveValue(backup)
    await problem.getByLabel('Name of the restored workspace').fill('Harbour, restored')
    await problem.getByRole('button', { name: 'Restore into a new workspace' }).click()
    await expect(switcherButton(page, 'Harbour, restored')).toBeVisible()
    await expect(page.getByText('5 articles in workspace')).toBeVisible()
  })
})

test.describe('starting on a workspace that cannot be opened', () => {
  test('shows the problem screen, never a white page, and gets out of it', async ({ browser }) => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-e2e-start-'))
    const broken = join(dir, 'case.sqlite')
    makeCorruptWorkspace(broken)
    const host = await startHost({ dbPath: broken })
    const context = await browser.newContext()
    const page = await context.newPage()
    try {
      await page.goto(host.url)
      const problem = page.getByRole('main', { name: 'The workspace file is damaged' })
      await expect(problem).toBeVisible()
      // Nothing to go back to: no such button, but every other way out is there.
      await expect(problem.getByRole('button', { name: /^Back to/ })).toHaveCount(0)
      expect(await seriousViolations(page, '.problem-screen')).toEqual([])
      await problem.getByLabel('Name of the new workspace').fill('Second try')
      await problem.getByRole('button', { name: 'Create' }).click()
      await expect(switcherButton(page, 'Second try')).toBeVisible()
      await expect(page.getByText('No articles yet — import files or drop a folder here')).toBeVisible()
    } finally {
      await context.close()
      await host.stop()
    }
  })
})

/** A workspace of the sample articles, then damaged deep inside (see damageBigWorkspace). */
function makeBigDamagedWorkspace(file: string): void {
  const run = spawnSync(join(projectRoot, 'bin/crosscheck'), ['--db', file, 'import', sample], { encoding: 'utf8', timeout: 120_000 })
  expect(run.status, run.stderr).toBe(0)
  damageBigWorkspace(file)
}

test.describe('a big workspace damaged deep inside', () => {
  // Each test writes a 68 MB workspace first: slow on a busy 2-core machine.
  test.describe.configure({ timeout: 180_000 })

  test('switched to from the window: it opens, and once its check finds the damage the window explains it', async ({ page }) => {
    await openFileFromSwitcher(page, 'big-case.sqlite', makeBigDamagedWorkspace)
    const problem = page.getByRole('main', { name: 'The workspace file is damaged' })
    // The window learns of it on its next call to the host: here, a search.
    await page.keyboard.press('Alt+2')
    let tries = 0
    await expect(async () => {
      if (!(await problem.isVisible())) await page.getByRole('combobox', { name: 'Search articles' }).fill(`harbour ${++tries}`)
      await expect(problem).toBeVisible({ timeout: 1_000 })
    }).toPass({ timeout: 30_000 })
    await expect(problem.getByText('big-case.sqlite is damaged')).toBeVisible()
    // The workspace left behind is closed, but one click away in the recent list.
    await problem.getByRole('button', { name: 'Open workspace' }).click()
    await expect(switcherButton(page, 'workspace')).toBeVisible()
  })

  test('opens without waiting for its check; when the check finds the damage, the problem screen says so', async ({ browser }) => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-e2e-big-'))
    const file = join(dir, 'big.sqlite')
    makeBigDamagedWorkspace(file)
    const host = await startHost({ dbPath: file })
    const context = await browser.newContext()
    const page = await context.newPage()
    try {
      // It opened (a check before opening would have refused it), and the check in the background found the damage.
      expect(host.output()).toContain(`Workspace: ${file}`)
      await expect.poll(() => host.output(), { timeout: 30_000 }).toContain(`${file} is damaged`)
      await page.goto(host.url)
      const problem = page.getByRole('main', { name: 'The workspace file is damaged' })
      await expect(problem).toBeVisible()
      await expect(problem.getByText('big.sqlite is damaged')).toBeVisible()
    } finally {
      await context.close()
      await host.stop()
    }
  })
})

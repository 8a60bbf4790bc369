// The desktop window, driven through Playwright's Electron support. Runs where `npm run setup`
// could install Electron's binary; skipped with the reason where it could not (as on machines
// that reach only the npm registry).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import { projectRoot } from '../support/host'

function electronBinary(): string | null {
  const pathFile = join(projectRoot, 'node_modules/electron/path.txt')
  if (!existsSync(pathFile)) return null
  const bin = join(projectRoot, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(bin) ? bin : null
}

const binary = electronBinary()

test.describe('desktop window', () => {
  test.skip(binary === null, "Electron's binary is not installed here (it could not be downloaded); the browser host tests cover the UI")

  test('opens the demo workspace in a sandboxed window', async () => {
    const workspace = join(mkdtempSync(join(tmpdir(), 'cc-electron-')), 'workspace.sqlite')
    const app = await electron.launch({
      executablePath: binary ?? undefined,
      args: [projectRoot, '--no-sandbox'],
      env: { ...process.env, CROSSCHECK_WORKSPACE: workspace, CROSSCHECK_CONFIG_DIR: join(dirname(workspace), 'config') },
    })
    try {
      const window = await app.firstWindow()
      await expect(window.getByRole('heading', { name: 'Crosscheck' })).toBeVisible()
      await expect(window.getByText('10 articles in workspace')).toBeVisible()
      // The page has no Node and sees only the one-method bridge: nothing imported can reach the disk.
      const page = await window.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        bridge: Object.keys((globalThis as { crosscheck?: object }).crosscheck ?? {}),
      }))
      expect(page).toEqual({ require: 'undefined', process: 'undefined', bridge: ['invoke'] })
    } finally {
      await app.close()
    }
  })
  test('opens no window, reaches nothing, grants nothing, sandboxes every renderer', async () => {
    const workspace = join(mkdtempSync(join(tmpdir(), 'cc-electron-')), 'workspace.sqlite')
    const app = await electron.launch({
      executablePath: binary ?? undefined,
      args: [projectRoot, '--no-sandbox'],
      env: { ...process.env, CROSSCHECK_WORKSPACE: workspace },
    })
    try {
      const window = await app.firstWindow()
      await expect(window.getByRole('heading', { name: 'Crosscheck' })).toBeVisible()
      const tried = await window.evaluate(async () => {
        const opened = globalThis.open('https://example.com/')
        let reached = false
        try {
          await fetch('https://example.com/')
          reached = true
        } catch {
          reached = false
        }
        const geo = await navigator.permissions.query({ name: 'geolocation' })
        return { opened: opened !== null, reached, geolocation: geo.state }
      })
      expect(tried).toEqual({ opened: false, reached: false, geolocation: 'denied' })
      expect(app.windows()).toHaveLength(1)
      // The sandbox is on for every renderer, not only for the windows we create.
      expect(await app.evaluate(({ app: a }) => a.commandLine.hasSwitch('enable-sandbox'))).toBe(true)
    } finally {
      await app.close()
    }
  })
})

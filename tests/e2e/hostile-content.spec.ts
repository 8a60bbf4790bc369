// Imported documents are hostile. Each payload below tries to run script or to load something
// from elsewhere; the test imports them through the UI, reads every article (clean text and the
// removed text) and proves that nothing ran, nothing was blocked (nothing got far enough to be),
// no dialog opened and no request left the app. A few payloads are then written straight into
// stored fields through the API, past every importer, so the renderer's text-only rendering and
// the CSP must hold on their own.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { callApi } from './host-api'
import { inspect, recordViolations } from './hostile/inertness'
import { code, emlDocument, FORCED, HTML_PAYLOADS, htmlDocument, markdownDocument, prose, textDocument, TXT_MARKUP } from './hostile/payloads'

interface Written {
  dir: string
  codes: number[]
  payloads: number
  txtCode: number
}

function writeFixtures(): Written {
  const dir = mkdtempSync(join(tmpdir(), 'cc-hostile-'))
  const codes: number[] = []
  let payloads = 0
  HTML_PAYLOADS.forEach((p, i) => {
    const n = i + 1
    writeFileSync(join(dir, `${code(n).toLowerCase()}-${p.label.replace(/[^a-z0-9]+/gi, '-')}.html`), htmlDocument(n, p))
    codes.push(n)
    payloads++
  })
  const extra: Array<[string, (n: number) => { text: string; payloads: number }]> = [
    ['eml', emlDocument],
    ['md', markdownDocument],
    ['txt', textDocument],
  ]
  let txtCode = 0
  for (const [ext, make] of extra) {
    const n = codes.length + 1
    const doc = make(n)
    writeFileSync(join(dir, `${code(n).toLowerCase()}-document.${ext}`), doc.text)
    codes.push(n)
    payloads += doc.payloads
    if (ext === 'txt') txtCode = n
  }
  return { dir, codes, payloads, txtCode }
}

async function openByCode(page: Page, n: number): Promise<void> {
  await page.getByRole('searchbox', { name: 'Filter articles' }).fill(code(n).toLowerCase())
  const grid = page.getByRole('grid', { name: 'Articles' })
  await expect(grid.getByRole('row')).toHaveCount(2)
  await grid.getByRole('row').nth(1).click()
  await expect(page.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 2 })).toContainText(code(n))
}

async function expectInert(page: Page, where: string, dialogs: string[]): Promise<void> {
  const state = await inspect(page)
  expect(state, where).toEqual({ pwned: undefined, cspViolations: [], foreignMarkup: [] })
  expect(dialogs, `dialogs opened (${where})`).toEqual([])
}

test('hostile documents imported through the UI are shown as inert text', async ({ page, host, context }) => {
  test.setTimeout(300_000)
  const written = writeFixtures()
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  const consoleProblems: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to|exfil\.invalid/i.test(m.text())) consoleProblems.push(m.text())
  })
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  // Anything aimed elsewhere is stopped here as well as counted, so nothing can leave even if a rule broke.
  const outside: string[] = []
  await context.route(
    (url) => url.origin !== host.origin,
    (route) => {
      outside.push(route.request().url())
      return route.abort()
    },
  )
  await recordViolations(page)
  await page.reload()

  try {
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Import folder' }).click()
    await (await chooser).setFiles(written.dir)
    const report = page.getByRole('dialog', { name: 'Import report' })
    await expect(report.getByText(`${written.codes.length} imported · 0 duplicates · 0 failed`)).toBeVisible({ timeout: 60_000 })
    await report.getByRole('button', { name: 'Close' }).click()

    const reader = page.getByRole('region', { name: 'Reader' })
    for (const n of written.codes) {
      await openByCode(page, n)
      await expect(reader.getByText(`ferry berth ${n} would stay closed`)).toBeVisible()
      await expectInert(page, `${code(n)} clean text`, dialogs)
      await reader.getByRole('checkbox', { name: 'Show removed text' }).check()
      await expect(reader.locator('.raw-text')).toContainText(`berth ${n}`)
      await expectInert(page, `${code(n)} with removed text`, dialogs)
      // The page's own text of the markup, hovered and clicked, is still only text.
      await reader.locator('.raw-text').hover()
      await reader.getByRole('checkbox', { name: 'Show removed text' }).uncheck()
    }
    // Plain text that carries HTML source is shown as exactly those characters.
    await openByCode(page, written.txtCode)
    await expect(reader.getByText(TXT_MARKUP, { exact: false })).toBeVisible()
    await expectInert(page, 'plain text carrying markup', dialogs)
  } finally {
    rmSync(written.dir, { recursive: true, force: true })
  }

  expect(consoleProblems, 'console messages about blocked or hostile content').toEqual([])
  expect(outside, 'requests that left the app').toEqual([])
  expect(requests.filter((u) => !u.startsWith(host.origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([])
  console.log(`hostile payloads tried: ${written.payloads} in ${written.codes.length} documents; requests observed: ${requests.length}, all to ${host.origin}`)
})

test('payloads written past the importer are still only text', async ({ page, host }) => {
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  const [a, b, c] = prose(90, 'forced')
  const res = await fetch(`${host.origin}/api/import-file?name=forced.txt`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-crosscheck-token': host.token },
    body: Buffer.from(`Harbour report HX90 forced\n\n${a}\n\n${b}\n\n${c}\n`),
  })
  const id = ((await res.json()) as { value: { articleId: number } }).value.articleId
  await callApi(host, 'article-update-metadata', { id, patch: { title: FORCED.title, outlet: FORCED.outlet, author: FORCED.author, url: FORCED.url } })
  await callApi(host, 'annotation-create', { articleId: id, start: 0, end: 20, note: FORCED.note })
  await recordViolations(page)
  await page.reload()

  const grid = page.getByRole('grid', { name: 'Articles' })
  await expect(grid.getByRole('row', { name: /Forced <img src=x onerror=/ })).toBeVisible()
  await grid.getByRole('row', { name: /Forced <img src=x onerror=/ }).click()
  const reader = page.getByRole('region', { name: 'Reader' })
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText(FORCED.title)
  await expect(reader.getByText(FORCED.outlet, { exact: true })).toBeVisible()
  await expect(reader.getByText(FORCED.author, { exact: true })).toBeVisible()
  await expect(reader.getByText(FORCED.note, { exact: true })).toBeVisible()
  await expectInert(page, 'forced fields', dialogs)

  await reader.getByRole('button', { name: 'Open original…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Open the original article?' })
  await expect(dialog.getByLabel('Full address')).toHaveText(FORCED.url)
  await expect(dialog.getByText('not a web address')).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expectInert(page, 'forced address', dialogs)
  console.log(`hostile payloads forced past the importer: ${Object.keys(FORCED).length}`)
})

test('control: markup that did reach the DOM would be caught by these checks, and the CSP still stops it', async ({ page }) => {
  await recordViolations(page)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Crosscheck' })).toBeVisible()
  // What a renderer using innerHTML would do with an imported page.
  await page.evaluate(() => {
    document.getElementById('root')?.insertAdjacentHTML('beforeend', `<img src="x" onerror="window.__pwned='control'"><script>window.__pwned='control-script'</script>`)
  })
  await expect.poll(async () => (await inspect(page)).cspViolations.length).toBeGreaterThan(0)
  const state = await inspect(page)
  expect(state.foreignMarkup).toEqual(expect.arrayContaining(['<img>', 'img[onerror]', '<script>']))
  expect(state.cspViolations.some((v) => v.startsWith('script-src'))).toBe(true)
  // The second wall: even in the DOM, the handler did not run.
  expect(state.pwned).toBeUndefined()
})

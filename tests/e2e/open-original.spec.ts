// "Open original…": always a confirmation that shows the whole address; the browser host only
// copies it; the desktop app (its bridge played here by a stand-in) opens http(s) only.
import type { Page } from '@playwright/test'
import { callApi, importText } from './host-api'
import { expect, test } from './fixtures'

const URL_SHOWN = 'https://news.example/2024/03/kessling-harbour-closure?ref=wire&id=8812'

const story = `---
title: Kessling harbour closed to ferries
url: ${URL_SHOWN}
outlet: Coast Courier
---

The harbour office in Kessling closed the ferry quay on Monday after inspectors found cracks in the north pier.

Ferries to the islands will dock at the fishing harbour until repairs are finished, the office said on Tuesday.
`

async function openStory(page: Page): Promise<void> {
  await page.reload()
  await page.getByRole('row', { name: /Kessling harbour closed to ferries/ }).click()
  await page.getByRole('region', { name: 'Reader' }).getByRole('button', { name: 'Open original…' }).click()
}

test.describe('Open original… in the browser host', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('asks first, shows the full address, and only copies it', async ({ page, host, context }) => {
    await importText(host, 'kessling.md', story)
    const popups: string[] = []
    context.on('page', (p) => popups.push(p.url()))
    const before = page.url()
    await openStory(page)
    const dialog = page.getByRole('dialog', { name: 'Open the original article?' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByLabel('Full address')).toHaveText(URL_SHOWN)
    await expect(dialog.getByText('does not open links')).toBeVisible()
    await expect(dialog.getByRole('button', { name: 'Open in browser' })).toHaveCount(0)
    await expect(dialog.locator('a')).toHaveCount(0)
    await dialog.getByRole('button', { name: 'Copy address' }).click()
    await expect(dialog.getByRole('status')).toHaveText('Address copied.')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(URL_SHOWN)
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toBeHidden()
    expect(page.url()).toBe(before.replace(/\?token=[^&]+/, ''))
    expect(popups).toEqual([])
  })
})

/** Plays the preload's bridge: API calls go to the host over HTTP; open-external is recorded, not performed. */
async function installDesktopBridge(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const opened: string[] = []
    Object.assign(window, { __opened: opened })
    Object.defineProperty(window, 'crosscheck', {
      value: {
        invoke: async (method: string, args: { url?: string }) => {
          if (method === 'open-external') {
            opened.push(String(args.url))
            return { ok: true, value: { opened: true } }
          }
          const token = sessionStorage.getItem('crosscheck.token') ?? ''
          const res = await fetch(`/api/${method}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-crosscheck-token': token },
            body: JSON.stringify(args),
          })
          return res.json() as Promise<unknown>
        },
      },
    })
  })
}

const openedUrls = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __opened: string[] }).__opened)

test.describe('Open original… in the desktop app', () => {
  test('opens the address only after the analyst confirms', async ({ page, host }) => {
    await importText(host, 'kessling.md', story)
    await installDesktopBridge(page)
    await openStory(page)
    const dialog = page.getByRole('dialog', { name: 'Open the original article?' })
    await expect(dialog.getByLabel('Full address')).toHaveText(URL_SHOWN)
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toBeHidden()
    expect(await openedUrls(page)).toEqual([])

    await page.getByRole('region', { name: 'Reader' }).getByRole('button', { name: 'Open original…' }).click()
    await dialog.getByRole('button', { name: 'Open in browser' }).click()
    await expect(dialog).toBeHidden()
    expect(await openedUrls(page)).toEqual([URL_SHOWN])
  })

  test('offers no way to open an address that is not http(s)', async ({ page, host }) => {
    const id = await importText(host, 'kessling.md', story)
    // Forced in past the importer (which keeps only http(s) addresses): the analyst's own edit.
    await callApi(host, 'article-update-metadata', { id, patch: { url: 'javascript:alert(document.domain)' } })
    await installDesktopBridge(page)
    await openStory(page)
    const dialog = page.getByRole('dialog', { name: 'Open the original article?' })
    await expect(dialog.getByText('not a web address')).toBeVisible()
    await expect(dialog.getByLabel('Full address')).toHaveText('javascript:alert(document.domain)')
    await expect(dialog.getByRole('button', { name: 'Open in browser' })).toHaveCount(0)
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    expect(await openedUrls(page)).toEqual([])
  })
})

import { test as base, expect } from '@playwright/test'
import { startHost, type RunningHost } from '../support/host'

interface Fixtures {
  /** Start with the demo corpus (true) or an empty workspace (false). */
  demo: boolean
  /** Let the first-run tour open by itself (off: tests of other views start without it). */
  tour: boolean
  host: RunningHost
}

/**
 * Every test gets its own browser host and workspace. Every request the page makes is
 * recorded; one that leaves the host's own origin fails the test (Crosscheck never uses the
 * network).
 */
export const test = base.extend<Fixtures>({
  demo: [false, { option: true }],
  tour: [false, { option: true }],
  host: async ({ demo }, use) => {
    const host = await startHost({ demo })
    await use(host)
    await host.stop()
  },
  page: async ({ page, host, tour }, use) => {
    if (!tour) await page.addInitScript(() => window.localStorage.setItem('crosscheck.tour', 'done'))
    const outside: string[] = []
    page.on('request', (req) => {
      const url = req.url()
      if (!url.startsWith(host.origin + '/') && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url)
    })
    await page.goto(host.url)
    await use(page)
    expect(outside, 'requests that left the app').toEqual([])
  },
})

export { expect }

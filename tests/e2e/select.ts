import { expect, type Page } from '@playwright/test'

/** Selects `text` in the reader with the mouse: press at its first character, drag to its last. */
export async function dragSelect(page: Page, text: string): Promise<void> {
  // The article may still be loading after the click that opened it.
  await expect(page.locator('.annotated-text').filter({ hasText: text }).first()).toBeVisible()
  const box = await page.evaluate((needle) => {
    const root = document.querySelector('.annotated-text')!
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(needle)
      if (at < 0) continue
      const r = document.createRange()
      r.setStart(n, at)
      r.setEnd(n, at + 1)
      const first = r.getBoundingClientRect()
      r.setStart(n, at + needle.length - 1)
      r.setEnd(n, at + needle.length)
      const last = r.getBoundingClientRect()
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 }
    }
    return null
  }, text)
  if (!box) throw new Error(`"${text}" is not in the reader`)
  await page.mouse.move(box.x1, box.y1)
  await page.mouse.down()
  await page.mouse.move(box.x2, box.y2, { steps: 8 })
  await page.mouse.up()
}

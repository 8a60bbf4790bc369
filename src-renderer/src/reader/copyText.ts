/**
 * Copies text to the clipboard. The Clipboard API may be refused (the desktop app grants no
 * permissions), so the fallback selects the shown text and uses the copy command.
 */
export async function copyText(text: string, shown: HTMLElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    if (!shown) return false
    const range = document.createRange()
    range.selectNodeContents(shown)
    const selection = window.getSelection()
    selection?.removeAllRanges()
    selection?.addRange(range)
    return document.execCommand('copy')
  }
}

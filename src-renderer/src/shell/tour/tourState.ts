/** Whether the first-run tour was already seen (finished or dismissed) in this profile. */
const KEY = 'crosscheck.tour'

export function tourSeen(): boolean {
  try {
    return window.localStorage.getItem(KEY) === 'done'
  } catch {
    return true
  }
}

export function markTourSeen(): void {
  try {
    window.localStorage.setItem(KEY, 'done')
  } catch {
    // Without storage the tour may show again next time; nothing else depends on it.
  }
}

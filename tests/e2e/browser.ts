import { existsSync } from 'node:fs'

/**
 * Playwright may not download its own browsers here, so tests use an installed Chromium:
 * CHROMIUM_PATH if set, else Debian's, else Playwright's own (undefined lets it choose).
 */
export function chromiumExecutable(): string | undefined {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  return candidates.find((c): c is string => !!c && existsSync(c))
}

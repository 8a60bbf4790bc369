// The built renderer loads nothing from elsewhere: no CDN script, stylesheet or font, and the
// CSP in its index.html is the app's one policy.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_CSP } from '../../src-main/host/csp'
import { projectRoot } from '../support/host'
import { countFiles, findRemoteRefs } from '../support/remote-refs'

const renderer = join(projectRoot, 'out/renderer')

describe('the built renderer', () => {
  it('exists (run `npm run build` first)', () => {
    expect(existsSync(join(renderer, 'index.html'))).toBe(true)
  })

  it('references no remote script, stylesheet, font or image', () => {
    expect(findRemoteRefs(renderer)).toEqual([])
    console.log(`offline bundle: ${countFiles(renderer, ['.html', '.js', '.css'])} files scanned, 0 remote references`)
  })

  it("carries the app's CSP in its index.html", () => {
    const html = readFileSync(join(renderer, 'index.html'), 'utf8')
    expect(html).toContain(`content="${APP_CSP}"`)
  })
})

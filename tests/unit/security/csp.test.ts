import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_CSP, APP_CSP_HEADER, CSP_PLACEHOLDER, injectCsp } from '../../../src-main/host/csp'
import { SECURITY_HEADERS } from '../../../src-main/server/security'

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/)
      return [name, values]
    }),
  )
}

describe('the Content-Security-Policy', () => {
  const d = directives(APP_CSP_HEADER)

  it('names no remote origin, scheme wildcard or host anywhere', () => {
    for (const [name, values] of d) {
      for (const v of values) {
        expect(v, `${name} ${v}`).toMatch(/^'(self|none)'$|^data:$/)
      }
    }
  })

  it('allows no inline script, no eval, no wasm eval', () => {
    expect(APP_CSP_HEADER).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic|nonce-|sha256-/)
    expect(d.get('script-src')).toEqual(["'self'"])
  })

  it('starts from nothing and closes plugins, frames, forms and <base>', () => {
    expect(d.get('default-src')).toEqual(["'none'"])
    for (const name of ['object-src', 'frame-src', 'base-uri', 'form-action', 'frame-ancestors']) expect(d.get(name), name).toEqual(["'none'"])
    expect(d.get('connect-src')).toEqual(["'self'"])
  })

  it('is the very policy the browser host sends', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(APP_CSP_HEADER)
    expect(APP_CSP_HEADER.startsWith(APP_CSP)).toBe(true)
  })

  it('goes into index.html at build time, and a page without the placeholder is refused', () => {
    const html = readFileSync(join(__dirname, '../../../src-renderer/index.html'), 'utf8')
    expect(html).toContain(CSP_PLACEHOLDER)
    const built = injectCsp(html)
    expect(built).toContain(`http-equiv="Content-Security-Policy"`)
    expect(built).toContain(`content="${APP_CSP}"`)
    expect(built).not.toContain(CSP_PLACEHOLDER)
    expect(() => injectCsp('<html><head></head></html>')).toThrow(/placeholder/)
  })

  it('in a <meta> leaves out frame-ancestors, which only a header may carry', () => {
    expect(directives(APP_CSP).has('frame-ancestors')).toBe(false)
  })
})

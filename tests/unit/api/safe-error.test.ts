import { describe, expect, it } from 'vitest'
import { internalError, safeApiError, safeMessage } from '../../../src-main/api/safe-error'

describe('errors that cross IPC or HTTP', () => {
  it('lose their stack frames', () => {
    const e = new Error('Cannot read properties of undefined')
    const withStack = `${e.message}\n${e.stack ?? ''}`
    const out = safeMessage(withStack)
    expect(out).not.toMatch(/\bat\s.*:\d+:\d+/)
    expect(out.startsWith('Cannot read properties of undefined')).toBe(true)
  })

  it('lose the folders of absolute paths but keep the file name the analyst knows', () => {
    expect(safeMessage("ENOENT: no such file or directory, open '/home/analyst/cases/leak/report.pdf'")).toBe(
      "ENOENT: no such file or directory, open '…/report.pdf'",
    )
    expect(safeMessage('cannot open C:\\Users\\analyst\\Documents\\ws.sqlite now')).toBe('cannot open …/ws.sqlite now')
    expect(safeMessage('share \\\\fileserver\\cases\\a.eml gone')).toBe('share …/a.eml gone')
    expect(safeMessage('loaded file:///opt/Crosscheck/resources/app.asar/out/main/index.js')).toBe('loaded …/index.js')
    expect(safeMessage('see /tmp/')).toBe('see …/')
  })

  it('keep ordinary text, dates, fractions and zod field paths intact', () => {
    for (const text of ['Article 12 not found.', 'Invalid arguments for article-get: ✖ Expected number\n  → at id', 'on 2024/01/02, 3/4 of boats', 'and/or'])
      expect(safeMessage(text)).toBe(text)
  })

  it('are bounded in length and never empty', () => {
    expect(safeMessage('x'.repeat(5000)).length).toBeLessThanOrEqual(600)
    expect(safeMessage('    at f (/a/b.js:1:2)')).toBe('Something went wrong.')
  })

  it('have exactly the fields code and message', () => {
    const thrown = Object.assign(new Error('disk I/O error at /var/lib/x/ws.sqlite'), { path: '/var/lib/x', errno: -5 })
    const e = internalError(thrown)
    expect(Object.keys(e).sort()).toEqual(['code', 'message'])
    expect(e).toEqual({ code: 'internal', message: 'disk I/O error at …/ws.sqlite' })
    expect(internalError({ weird: true })).toEqual({ code: 'internal', message: 'Internal error.' })
    expect(safeApiError('not_found', 'gone')).toEqual({ code: 'not_found', message: 'gone' })
  })
})

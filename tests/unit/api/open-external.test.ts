import { describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../../src-main/api/dispatch'
import type { Workspace } from '../../../src-main/core/workspace'

// open-external never touches the workspace; a stand-in proves it.
const ws = {} as Workspace

describe('open-external', () => {
  it('hands an http(s) address to the desktop host', async () => {
    const openExternal = vi.fn(() => Promise.resolve(true))
    const r = await dispatch(ws, 'open-external', { url: 'https://news.example/story' }, { host: 'electron', openExternal })
    expect(r).toEqual({ ok: true, value: { opened: true } })
    expect(openExternal).toHaveBeenCalledWith('https://news.example/story')
  })

  it('refuses every other scheme before the host sees it', async () => {
    const openExternal = vi.fn(() => Promise.resolve(true))
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://x/y', 'data:text/html,x']) {
      const r = await dispatch(ws, 'open-external', { url }, { host: 'electron', openExternal })
      expect(r, url).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    }
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('is refused by the browser host, which has no system browser to hand it to', async () => {
    const r = await dispatch(ws, 'open-external', { url: 'https://news.example/' }, { host: 'browser' })
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('validates its argument object', async () => {
    const r = await dispatch(ws, 'open-external', { url: 'https://a.example/', extra: 1 }, { host: 'electron', openExternal: vi.fn() })
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })
})

// The preload with stand-ins for contextBridge and ipcRenderer: the page gets one object with
// one function, and that function only ever uses the app's one prefixed channel.
import { describe, expect, it, vi } from 'vitest'
import { INVOKE_CHANNEL } from '../../../src-main/electron/channels'

const exposed = new Map<string, unknown>()
const invoke = vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: null }))
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke, send: vi.fn(), on: vi.fn() },
}))

describe('preload', () => {
  it('exposes exactly one bridge with exactly one function, on the prefixed channel', async () => {
    await import('../../../src-main/electron/preload')
    expect([...exposed.keys()]).toEqual(['crosscheck'])
    const bridge = exposed.get('crosscheck') as Record<string, unknown>
    expect(Object.keys(bridge)).toEqual(['invoke'])
    await (bridge['invoke'] as (m: string, a: unknown) => Promise<unknown>)('articles-list', {})
    expect(invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'articles-list', {})
    // Not ipcRenderer itself, nor any of its methods.
    expect(Object.values(bridge)).not.toContain(invoke)
  })
})

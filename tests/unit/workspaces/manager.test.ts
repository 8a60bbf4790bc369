import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src-main/api/dispatch'
import { InProcessParser } from '../../../src-main/core/ingest/in-process-parser'
import { InvalidInputError, Workspace } from '../../../src-main/core/workspace'
import { WorkspaceManager } from '../../../src-main/core/workspaces/manager'
import { RecentsStore } from '../../../src-main/core/workspaces/recents'
import { makeCorruptWorkspace } from '../../support/broken-workspaces'

const managers: WorkspaceManager[] = []

function setup(): { dir: string; manager: WorkspaceManager; recents: RecentsStore } {
  const dir = mkdtempSync(join(tmpdir(), 'cc-manager-'))
  const recents = new RecentsStore(join(dir, 'config'))
  const manager = new WorkspaceManager({
    recents,
    folder: join(dir, 'config', 'workspaces'),
    open: (path, how) => Promise.resolve(Workspace.open(path, { parser: new InProcessParser(), mustExist: !how.create })),
  })
  managers.push(manager)
  return { dir, manager, recents }
}

afterEach(async () => {
  await Promise.all(managers.splice(0).map((m) => m.close()))
})

const article = new TextEncoder().encode('Harbour closed\n\nThe harbour of Tessel closed on Monday after the spill.')

describe('WorkspaceManager', () => {
  it('closes a workspace whose background integrity check finds damage, and keeps the problem to explain', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-manager-'))
    let damage: (detail: string) => void = () => undefined
    const manager = new WorkspaceManager({
      recents: new RecentsStore(join(dir, 'config')),
      folder: join(dir, 'workspaces'),
      open: (path) => {
        const ws = Workspace.open(path, { parser: new InProcessParser() })
        ws.integrity = new Promise((resolve) => (damage = resolve))
        return Promise.resolve(ws)
      },
    })
    managers.push(manager)
    const opened = await manager.start(join(dir, 'big.sqlite'), { create: true })
    expect(opened.current?.name).toBe('big')
    const ws = manager.current
    damage('Tree 14 page 2051: btreeInitPage() returns error code 11')
    await expect.poll(() => manager.current).toBeNull()
    expect(ws?.db.open).toBe(false)
    const state = manager.state()
    expect(state.problem).toMatchObject({ code: 'corrupt', path: join(dir, 'big.sqlite') })
    expect(state.problem?.detail).toContain('btreeInitPage')
  })

  it('starts on a new file, named after it, and remembers it', async () => {
    const { dir, manager, recents } = setup()
    const state = await manager.start(join(dir, 'gulf.sqlite'), { create: true })
    expect(state.problem).toBeNull()
    expect(state.current).toMatchObject({ name: 'gulf', articleCount: 0 })
    expect(recents.list().map((e) => e.name)).toEqual(['gulf'])
  })

  it('creates workspaces by name in its folder, never over an existing file, and switches to them', async () => {
    const { dir, manager } = setup()
    await manager.start(join(dir, 'first.sqlite'), { create: true })
    const first = manager.current
    const a = await manager.create('Gulf inquiry')
    expect(a.current?.name).toBe('Gulf inquiry')
    expect(basename(a.current?.path ?? '')).toBe('gulf-inquiry.sqlite')
    const b = await manager.create('Gulf inquiry')
    expect(basename(b.current?.path ?? '')).toBe('gulf-inquiry-2.sqlite')
    // The one left behind is closed, so its file is free for the CLI or a copy.
    expect(first?.db.open).toBe(false)
    expect(b.recents.map((r) => r.name)).toEqual(['Gulf inquiry', 'Gulf inquiry', 'first'])
    expect(b.recents.filter((r) => r.current)).toHaveLength(1)
    await expect(manager.create('Elsewhere', join(dir, 'first.sqlite'))).rejects.toThrow(InvalidInputError)
  })

  it('switches between two workspaces, each keeping its own articles', async () => {
    const { dir, manager } = setup()
    await manager.start(join(dir, 'one.sqlite'), { create: true })
    await manager.current?.importFile('harbour.txt', article)
    await manager.create('Two')
    expect(manager.current?.info().articleCount).toBe(0)
    const back = await manager.open(join(dir, 'one.sqlite'))
    expect(back.current).toMatchObject({ name: 'one', articleCount: 1 })
  })

  it('keeps a new name in the workspace file itself, where the CLI and another host read it', async () => {
    const { dir, manager, recents } = setup()
    const file = join(dir, 'case.sqlite')
    await manager.start(file, { create: true })
    const state = manager.rename('  Port   strike  2026 ')
    expect(state.current?.name).toBe('Port strike 2026')
    expect(recents.list()[0]?.name).toBe('Port strike 2026')
    await manager.close()
    const again = Workspace.open(file, { parser: new InProcessParser() })
    expect(again.info().name).toBe('Port strike 2026')
    await again.close()
  })

  it('on a damaged file keeps the open workspace, explains the problem, and opens it once repaired', async () => {
    const { dir, manager } = setup()
    const good = join(dir, 'good.sqlite')
    await manager.start(good, { create: true })
    const bad = join(dir, 'bad.sqlite')
    makeCorruptWorkspace(bad)
    const failed = await manager.open(bad)
    expect(failed.problem).toMatchObject({ code: 'corrupt', path: bad })
    expect(failed.current?.path).toBe(good)
    expect(failed.recents.map((r) => r.path)).toEqual([good])
    expect(manager.dismissProblem().problem).toBeNull()

    await manager.open(bad)
    expect((await manager.retry()).problem?.code).toBe('corrupt')
    // Repaired (here: a good workspace put in its place), a retry opens it.
    const spare = join(dir, 'spare.sqlite')
    Workspace.open(spare, { parser: new InProcessParser() }).db.close()
    copyFileSync(spare, bad)
    const retried = await manager.retry()
    expect(retried.problem).toBeNull()
    expect(retried.current?.path).toBe(bad)
  })

  it('says a file is missing rather than creating it on open, and lets it be forgotten', async () => {
    const { dir, manager } = setup()
    const here = join(dir, 'here.sqlite')
    await manager.start(here, { create: true })
    const elsewhere = join(dir, 'elsewhere.sqlite')
    await manager.create('Moved', elsewhere)
    await manager.open(here)
    for (const suffix of ['', '-wal', '-shm']) rmSync(elsewhere + suffix, { force: true })
    const state = await manager.open(elsewhere)
    expect(state.problem).toMatchObject({ code: 'missing', path: elsewhere })
    expect(existsSync(elsewhere)).toBe(false)
    expect(state.recents.find((r) => r.path === elsewhere)?.exists).toBe(false)
    const after = manager.forget(elsewhere)
    expect(after.recents.map((r) => r.path)).toEqual([here])
    expect(after.problem).toBeNull()
    expect(() => manager.forget(here)).toThrow(InvalidInputError)
  })

  it('reads "~/" in a typed path as the home folder', async () => {
    const { dir, manager } = setup()
    await manager.start(join(dir, 'first.sqlite'), { create: true })
    const home = process.env['HOME']
    process.env['HOME'] = dir
    try {
      const state = await manager.open('  ~/first.sqlite ')
      expect(state.problem).toBeNull()
      expect(state.current?.path).toBe(join(dir, 'first.sqlite'))
      expect((await manager.open('~/elsewhere.sqlite')).problem).toMatchObject({ code: 'missing', path: join(dir, 'elsewhere.sqlite') })
    } finally {
      process.env['HOME'] = home
    }
  })

  it('starts without a workspace when the first one fails; only workspaces-* calls are served', async () => {
    const { dir, manager } = setup()
    const bad = join(dir, 'bad.sqlite')
    makeCorruptWorkspace(bad)
    const state = await manager.start(bad, { create: false })
    expect(state.current).toBeNull()
    expect(state.problem?.code).toBe('corrupt')
    const ctx = { host: 'browser' as const, workspaces: manager }
    expect(await dispatch(manager.current, 'articles-list', {}, ctx)).toMatchObject({ ok: false, error: { code: 'no_workspace' } })
    const listed = await dispatch(manager.current, 'workspaces-current', {}, ctx)
    expect(listed).toMatchObject({ ok: true, value: { current: null, problem: { code: 'corrupt' } } })
    const created = await dispatch(manager.current, 'workspaces-create', { name: 'Fresh start' }, ctx)
    expect(created).toMatchObject({ ok: true, value: { current: { name: 'Fresh start' }, problem: null } })
    expect(await dispatch(manager.current, 'articles-list', {}, ctx)).toEqual({ ok: true, value: [] })
  })

  it('refuses the workspaces-* calls on a host that serves one fixed workspace', async () => {
    const { dir } = setup()
    const ws = Workspace.open(join(dir, 'fixed.sqlite'), { parser: new InProcessParser() })
    try {
      const answer = await dispatch(ws, 'workspaces-list', {}, { host: 'browser' })
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
      expect(answer.ok === false && answer.error.message).toContain('cannot switch')
    } finally {
      await ws.close()
    }
  })

  it('restores a backup into a new workspace, leaving the damaged file alone', async () => {
    const { dir, manager } = setup()
    const source = join(dir, 'source.sqlite')
    await manager.start(source, { create: true })
    await manager.current?.importFile('harbour.txt', article)
    const backup = join(dir, 'case.crosscheck')
    manager.current?.exports.backupToFile(backup)
    makeCorruptWorkspace(join(dir, 'broken.sqlite'))
    await manager.open(join(dir, 'broken.sqlite'))
    const restored = await manager.restoreBackup(backup, 'Case (restored)')
    expect(restored.problem).toBeNull()
    expect(restored.current).toMatchObject({ name: 'Case (restored)', articleCount: 1 })
    expect(basename(restored.current?.path ?? '')).toBe('case-restored.sqlite')
    // A file that is no backup: refused, and the half-made workspace is removed again.
    const junk = join(dir, 'junk.crosscheck')
    writeFileSync(junk, 'not a backup')
    await expect(manager.restoreBackup(junk, 'Junk')).rejects.toThrow(/not a Crosscheck backup/)
    expect(readdirSync(join(dir, 'config', 'workspaces')).filter((f) => f.startsWith('junk'))).toEqual([])
    expect(manager.current?.info().name).toBe('Case (restored)')
  })
})

describe('RecentsStore', () => {
  it('keeps the most recent first, without duplicates, and forgets on request', () => {
    const store = new RecentsStore(mkdtempSync(join(tmpdir(), 'cc-recents-')))
    store.touch('/a.sqlite', 'A', '2026-01-01T00:00:00Z')
    store.touch('/b.sqlite', 'B', '2026-01-02T00:00:00Z')
    store.touch('/a.sqlite', 'A', '2026-01-03T00:00:00Z')
    expect(store.list().map((e) => e.path)).toEqual(['/a.sqlite', '/b.sqlite'])
    expect(store.forget('/b.sqlite')).toBe(true)
    expect(store.forget('/b.sqlite')).toBe(false)
    expect(store.last()?.path).toBe('/a.sqlite')
  })

  it('sets a damaged list aside and starts afresh', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-recents-'))
    writeFileSync(join(dir, 'workspaces.json'), '{"recents": [ broken')
    const store = new RecentsStore(dir)
    expect(store.list()).toEqual([])
    expect(readdirSync(dir).some((f) => f.startsWith('workspaces.json.damaged-'))).toBe(true)
    store.touch('/a.sqlite', 'A')
    expect(existsSync(join(dir, 'workspaces.json'))).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { buildCommands, type CommandTargets } from '../../../src-renderer/src/shell/commands'
import { fuzzyFilter, fuzzyScore } from '../../../src-renderer/src/shell/fuzzy'
import { hashOf, viewFromHash } from '../../../src-renderer/src/shell/viewHistory'
import { VIEWS } from '../../../src-renderer/src/shell/views'

const labels = (query: string, items: string[]): string[] => fuzzyFilter(items, query, (s) => s)

describe('fuzzyScore', () => {
  it('matches characters in order, anywhere, ignoring case', () => {
    expect(fuzzyScore('gcl', 'Go to Claims')).not.toBeNull()
    expect(fuzzyScore('CLAIMS', 'Go to Claims')).not.toBeNull()
    expect(fuzzyScore('lcg', 'Go to Claims')).toBeNull()
    expect(fuzzyScore('x', 'Go to Claims')).toBeNull()
  })

  it('prefers consecutive letters and word starts', () => {
    expect(labels('dark', ['Go to Notes (marked)', 'Theme: Dark'])[0]).toBe('Theme: Dark')
    expect(labels('imp', ['Go to Compare', 'Import files…'])[0]).toBe('Import files…')
    expect(labels('no', ['Go to Notes', 'Go to Library', 'Go to Compare'])).toEqual(['Go to Notes'])
  })

  it('keeps everything, in order, for an empty query', () => {
    expect(labels('  ', ['b', 'a', 'c'])).toEqual(['b', 'a', 'c'])
  })
})

describe('buildCommands', () => {
  const noop = (): void => undefined
  const targets = (over: Partial<CommandTargets> = {}): CommandTargets => ({
    go: noop, back: noop, forward: noop, importFiles: noop, importFolder: noop, exportNotes: noop,
    setTheme: noop, showHelp: noop, startTour: noop, switchWorkspace: noop, canImport: true, ...over,
  })

  it('offers every view, import, export, each theme, help and the tour', () => {
    const names = buildCommands(targets()).map((c) => c.label)
    for (const v of VIEWS) expect(names).toContain(`Go to ${v.label}`)
    expect(names).toEqual(expect.arrayContaining(['Import files…', 'Export notes and claims…', 'Theme: System', 'Theme: Light', 'Theme: Dark', 'Keyboard shortcuts', 'Start the tour', 'Switch workspace…']))
  })

  it('runs the target of the chosen command', () => {
    const seen: string[] = []
    const commands = buildCommands(targets({ go: (v) => seen.push(v), setTheme: (t) => seen.push(t) }))
    commands.find((c) => c.label === 'Go to Imports')?.run()
    commands.find((c) => c.label === 'Theme: Dark')?.run()
    expect(seen).toEqual(['imports', 'dark'])
  })

  it('leaves the import commands out while an import runs', () => {
    const names = buildCommands(targets({ canImport: false })).map((c) => c.label)
    expect(names.some((n) => n.startsWith('Import'))).toBe(false)
    expect(names).not.toContain('Switch workspace…')
  })
})

describe('view history in the hash', () => {
  it('round-trips every view and refuses anything else', () => {
    for (const v of VIEWS) expect(viewFromHash(hashOf(v.id))).toBe(v.id)
    expect(viewFromHash('')).toBeNull()
    expect(viewFromHash('#/nowhere')).toBeNull()
    expect(viewFromHash('#claims')).toBe('claims')
  })
})

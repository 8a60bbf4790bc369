import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InProcessParser } from '../../src-main/core/ingest/in-process-parser'
import { Workspace } from '../../src-main/core/workspace'
import {
  makeCorruptWorkspace,
  makeForeignDatabase,
  makeNotADatabase,
  makeReadOnlyDir,
  makeTooNewWorkspace,
} from '../support/broken-workspaces'
import { cli, tempDb } from './run-cli'

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'cc-cli-ws-'))

/** The CLI's answer to a workspace it cannot use: exit 1, the problem's own words, no stack. */
function expectProblem(file: string, title: string, more: RegExp): void {
  const run = cli(file, 'articles')
  expect(run.code).toBe(1)
  expect(run.stdout).toBe('')
  expect(run.stderr).toContain(`${title}: ${file}`)
  expect(run.stderr).toMatch(more)
  expect(run.stderr).toContain('What you can do:')
  expect(run.stderr).not.toMatch(/^\s+at /m)
  expect(run.stderr).not.toContain('crosscheck: ')
}

describe('crosscheck --db on a file it cannot use', () => {
  it('says a non-database file is not a workspace, and leaves it alone', () => {
    const file = join(tempDir(), 'minutes.sqlite')
    makeNotADatabase(file)
    const before = readFileSync(file)
    expectProblem(file, 'This is not a workspace file', /not a database at all/)
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it('says a damaged workspace is damaged and points to a backup', () => {
    const file = join(tempDir(), 'ws.sqlite')
    makeCorruptWorkspace(file)
    expectProblem(file, 'The workspace file is damaged', /Restore your latest backup/)
  })

  it("refuses another program's database without touching it", () => {
    const file = join(tempDir(), 'contacts.db')
    makeForeignDatabase(file)
    const before = readFileSync(file)
    expectProblem(file, 'This database belongs to another program', /left it untouched/)
    expect(readFileSync(file).equals(before)).toBe(true)
    expect(existsSync(`${file}-wal`)).toBe(false)
  })

  it('refuses a workspace from a newer Crosscheck', () => {
    const file = join(tempDir(), 'ws.sqlite')
    makeTooNewWorkspace(file)
    expectProblem(file, 'Saved by a newer Crosscheck', /Update Crosscheck/)
  })

  it('says a read-only folder cannot be saved to', (ctx) => {
    const dir = join(tempDir(), 'locked')
    mkdirSync(dir)
    const undo = makeReadOnlyDir(dir)
    if (!undo) return ctx.skip('cannot make a folder read-only here (neither chmod nor chattr takes effect)')
    try {
      expectProblem(join(dir, 'ws.sqlite'), 'The workspace cannot be saved to', /read-only/)
    } finally {
      undo()
    }
  })
})

describe('crosscheck workspace', () => {
  it('shows and changes the same name the app keeps in the file', async () => {
    const db = tempDb()
    const ws = Workspace.open(db, { parser: new InProcessParser() })
    ws.rename('Harbour inquiry')
    await ws.close()
    expect(cli(db, 'workspace', '--json').json()).toMatchObject({ path: db, name: 'Harbour inquiry', articleCount: 0 })
    const renamed = cli(db, 'workspace', 'rename', 'Gulf desk')
    expect(renamed.code).toBe(0)
    expect(renamed.stdout).toContain('Gulf desk')
    const again = Workspace.open(db, { parser: new InProcessParser() })
    expect(again.info().name).toBe('Gulf desk')
    await again.close()
    expect(cli(db, 'workspace', 'rename').code).toBe(1)
  })
})

import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { InProcessParser } from '../../../src-main/core/ingest/in-process-parser'
import { migrate } from '../../../src-main/core/store/migrate'
import { openDatabase } from '../../../src-main/core/store/open'
import { LATEST_VERSION } from '../../../src-main/core/store/migrations'
import { CROSSCHECK_APPLICATION_ID } from '../../../src-main/core/store/migrations/0070-workspace-meta'
import { Workspace } from '../../../src-main/core/workspace'
import { dispatch } from '../../../src-main/api/dispatch'
import { classifyOpenError, formatProblem, PROBLEM_CODES, describeProblem, type ProblemCode } from '../../../src-main/core/workspaces/problems'
import {
  fileBytes,
  FUTURE_SCHEMA_VERSION,
  makeCorruptWorkspace,
  makeForeignDatabase,
  makeNotADatabase,
  makeReadOnlyDir,
  makeTooNewWorkspace,
} from '../../support/broken-workspaces'

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'cc-problem-'))

/** What opening `file` as a workspace says, or 'opened' when it worked. */
function problemOf(file: string): ProblemCode | 'opened' {
  try {
    openDatabase(file).close()
    return 'opened'
  } catch (error) {
    return classifyOpenError(error, file).code
  }
}

describe('opening a workspace file that is not fit to work in', () => {
  it('names a file that is not a database at all, and leaves it as it was', () => {
    const file = join(tempDir(), 'minutes.sqlite')
    makeNotADatabase(file)
    const before = fileBytes(file)
    expect(problemOf(file)).toBe('not_a_database')
    expect(fileBytes(file).equals(before)).toBe(true)
  })

  it('names a damaged workspace as corrupt (its header still says SQLite)', () => {
    const file = join(tempDir(), 'ws.sqlite')
    makeCorruptWorkspace(file)
    expect(problemOf(file)).toBe('corrupt')
  })

  it("refuses another program's SQLite database without writing a byte to it", () => {
    const file = join(tempDir(), 'contacts.db')
    makeForeignDatabase(file)
    const before = fileBytes(file)
    expect(problemOf(file)).toBe('foreign')
    expect(fileBytes(file).equals(before)).toBe(true)
    expect(existsSync(`${file}-wal`)).toBe(false)
  })

  it('refuses a database that carries another application id, or a version but no articles', () => {
    const other = join(tempDir(), 'other.db')
    const a = new Database(other)
    a.pragma('application_id = 1234')
    a.close()
    expect(problemOf(other)).toBe('foreign')
    const versioned = join(tempDir(), 'versioned.db')
    const b = new Database(versioned)
    b.exec('CREATE TABLE things (x)')
    b.pragma('user_version = 3')
    b.close()
    expect(problemOf(versioned)).toBe('foreign')
  })

  it('refuses a workspace saved by a newer app, unchanged, and says which versions', () => {
    const file = join(tempDir(), 'ws.sqlite')
    makeTooNewWorkspace(file)
    const before = fileBytes(file)
    let problem
    try {
      openDatabase(file)
    } catch (error) {
      problem = classifyOpenError(error, file)
    }
    expect(problem?.code).toBe('too_new')
    expect(problem?.message).toContain(`schema ${FUTURE_SCHEMA_VERSION}; this app knows up to ${LATEST_VERSION}`)
    expect(fileBytes(file).equals(before)).toBe(true)
  })

  it('says a workspace in a read-only folder cannot be saved to', (ctx) => {
    const dir = join(tempDir(), 'locked')
    const file = join(dir, 'ws.sqlite')
    mkdirSync(dir)
    openDatabase(file).close()
    const undo = makeReadOnlyDir(dir)
    if (!undo) return ctx.skip('cannot make a folder read-only here (neither chmod nor chattr takes effect)')
    try {
      expect(problemOf(file)).toBe('read_only')
      // A new workspace there fails the same way, before any file is made.
      expect(problemOf(join(dir, 'new.sqlite'))).toBe('read_only')
    } finally {
      undo()
    }
  })

  it('says the disk is full when SQLite runs out of room while saving, in an import and in any call', async () => {
    const ws = Workspace.open(join(tempDir(), 'ws.sqlite'), { parser: new InProcessParser() })
    try {
      // A cap on the file's pages is SQLite's own "disk full" (SQLITE_FULL), without filling a disk.
      const pages = ws.db.pragma('page_count', { simple: true }) as number
      ws.db.pragma(`max_page_count = ${pages}`)
      const text = `Harbour report\n\n${'The tanker stayed at the quay for another week. '.repeat(2000)}`
      const imported = await ws.importFile('big.txt', new TextEncoder().encode(text))
      expect(imported.status).toBe('failed')
      expect(imported.error).toContain('The disk is full')
      expect(ws.listArticles()).toEqual([])
      // Any other save: the contract answers with what happened and what to do, not "internal".
      let answer: Awaited<ReturnType<typeof dispatch>> | undefined
      for (let i = 0; i < 5000 && (answer === undefined || answer.ok); i++) {
        answer = await dispatch(ws, 'tag-create', { name: `tag number ${i} ${'x'.repeat(60)}` }, { host: 'browser' })
      }
      expect(answer).toMatchObject({ ok: false, error: { code: 'workspace_problem' } })
      expect(answer?.ok === false && answer.error.message).toMatch(/The disk is full.*Free some disk space/)
    } finally {
      await ws.close()
    }
  })

  it('accepts a brand-new file and an empty one, and marks them as Crosscheck workspaces', () => {
    const dir = tempDir()
    const empty = join(dir, 'empty.sqlite')
    writeFileSync(empty, '')
    for (const file of [join(dir, 'new.sqlite'), empty]) {
      const db = openDatabase(file)
      expect(db.pragma('application_id', { simple: true })).toBe(CROSSCHECK_APPLICATION_ID)
      db.close()
    }
  })

  it('opens a workspace from before the application id and stamps it', () => {
    const file = join(tempDir(), 'old.sqlite')
    // A real v60 workspace, as the app wrote them before the application id existed.
    const old = new Database(file)
    migrate(old, 60)
    old.close()
    const db = openDatabase(file)
    expect(db.pragma('application_id', { simple: true })).toBe(CROSSCHECK_APPLICATION_ID)
    db.close()
  })
})

describe('problem descriptions', () => {
  it('give every code a title, a message, advice and at least one way out', () => {
    for (const code of PROBLEM_CODES) {
      const p = describeProblem(code, '/cases/gulf.sqlite', 'detail')
      expect(p.title.length).toBeGreaterThan(5)
      expect(p.message.length).toBeGreaterThan(20)
      expect(p.advice.length).toBeGreaterThan(0)
      expect(p.ways.length).toBeGreaterThan(0)
    }
  })

  it('offer a backup where the file itself is lost to this app', () => {
    expect(describeProblem('corrupt', '/x.sqlite').ways).toContain('restore_backup')
    expect(describeProblem('too_new', '/x.sqlite').ways).toContain('restore_backup')
    expect(describeProblem('missing', '/x.sqlite').ways).toContain('retry')
  })

  it('call an unexpected error unknown, keeping its message and no stack', () => {
    const p = classifyOpenError(new Error('the moon is in the way'), '/x.sqlite')
    expect(p.code).toBe('unknown')
    const text = formatProblem(p)
    expect(text).toContain('the moon is in the way')
    expect(text).toContain('What you can do:')
    expect(text).not.toMatch(/\n\s+at /)
  })
})

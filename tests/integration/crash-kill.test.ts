/**
 * Crash safety: the CLI is killed (SIGKILL) in the middle of a large import, at several points,
 * then the workspace is opened again. Whatever the kill interrupted, the file must pass
 * PRAGMA integrity_check, hold no half-written article, and hold every article the import
 * reported stored before it died; a re-run then finishes the job.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { MARKER, writeCorpus } from '../support/make-corpus'
import { cli, root } from './run-cli'

interface ProgressLine {
  stored: string
  id: number | null
  status: 'imported' | 'duplicate' | 'failed'
  record?: number
  done: number
  total: number
}

interface ImportRun {
  lines: ProgressLine[]
  /** The signal that ended the process (SIGKILL when the kill landed), or null. */
  signal: NodeJS.Signals | null
  code: number | null
}

/**
 * Runs `import --progress` and sends SIGKILL as soon as `killAfter` lines are in (or, with 'stored',
 * right after the last file is stored: while the derived data is being built). Every line read
 * counts, also those that arrive after the kill: each was written after its commit.
 */
function importUntil(db: string, folder: string, killAfter: number | 'stored' | null): Promise<ImportRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, 'bin/crosscheck'), ['--db', db, 'import', folder, '--progress'], { stdio: ['ignore', 'ignore', 'pipe'] })
    const lines: ProgressLine[] = []
    let buffered = ''
    let killed = false
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => {
      buffered += chunk
      const parts = buffered.split('\n')
      buffered = parts.pop() ?? ''
      for (const part of parts) {
        if (!part.startsWith('{')) continue
        const line = JSON.parse(part) as ProgressLine
        lines.push(line)
        const due = killAfter === 'stored' ? line.done === line.total : killAfter !== null && lines.length >= killAfter
        if (due && !killed) {
          killed = true
          child.kill('SIGKILL')
        }
      }
    })
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ lines, signal, code }))
  })
}

/** What a restart must find, checked straight in the file after the CLI opened it again. */
function checkWorkspace(db: string, reported: ReadonlyMap<number, string>): { articles: number } {
  // A restart: the app opens the workspace (and catches up on what the kill interrupted).
  const reopen = cli(db, 'articles', '--json')
  expect(reopen.code, reopen.stderr).toBe(0)
  const conn = new Database(db)
  try {
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(conn.pragma('foreign_key_check')).toEqual([])
    const rows = conn
      .prepare(
        `SELECT a.id, a.source_file AS file, length(a.original) AS original, length(a.raw_text) AS raw, length(a.clean_text) AS clean,
           (SELECT count(*) FROM article_origins o WHERE o.article_id = a.id) AS origins,
           (SELECT count(*) FROM import_files f WHERE f.article_id = a.id AND f.status = 'imported') AS reports,
           (SELECT count(*) FROM claims_extracted c WHERE c.article_id = a.id) AS extracted,
           (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims,
           (SELECT count(*) FROM copy_signatures s WHERE s.article_id = a.id) AS signed
         FROM articles a ORDER BY a.id`,
      )
      .all() as Array<Record<string, number | string>>
    const half = rows.filter(
      (r) => !(Number(r.original) > 0 && Number(r.raw) > 0 && Number(r.clean) > 0 && r.origins === 1 && r.reports === 1 && r.extracted === 1 && Number(r.claims) > 0 && r.signed === 1),
    )
    expect(half, 'articles with part of their data missing').toEqual([])
    const byId = new Map(rows.map((r) => [Number(r.id), String(r.file)]))
    for (const [id, file] of reported) expect(byId.get(id), `article #${id} (${file}) was reported stored`).toBe(file)
    // The search index holds every article (it catches up by itself on first use).
    const search = cli(db, 'search', MARKER, '--limit', '0', '--json')
    expect(search.code, search.stderr).toBe(0)
    expect(search.json<{ total: number }>().total).toBe(rows.length)
    return { articles: rows.length }
  } finally {
    conn.close()
  }
}

describe('crash safety: SIGKILL in the middle of an import', () => {
  it('keeps the workspace whole at every kill point, and a re-run completes the import', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-crash-'))
    const folder = join(dir, 'articles')
    const first = writeCorpus(folder, 260, { bulkRecords: 40 })
    const db = join(dir, 'ws.sqlite')
    const reported = new Map<number, string>()
    // Early (workers barely started); a few dozen files in; after the last commit, while claims,
    // copies and spam are derived for some 250 articles; then, with 150 more files in the folder,
    // among the new ones.
    const killPoints: Array<number | 'stored'> = [3, 45, 'stored', 380]
    const landed: string[] = []
    let articles = first.articles
    for (const point of killPoints) {
      if (point === 380) articles += writeCorpus(folder, 150, { start: 1000 }).articles
      const run = await importUntil(db, folder, point)
      for (const l of run.lines) if (l.status === 'imported' && l.id !== null) reported.set(l.id, l.stored)
      landed.push(`${point}: ${run.signal ?? `exit ${run.code}`} after ${run.lines.length} lines, ${reported.size} articles reported`)
      expect(run.signal, `the kill at ${point} landed before the import finished`).toBe('SIGKILL')
      checkWorkspace(db, reported)
    }
    const last = await importUntil(db, folder, null)
    expect(last.code).toBe(0)
    expect(last.lines.filter((l) => l.status === 'failed')).toEqual([])
    // The re-run stores what the kills cut off and reports the rest as duplicates of what was kept.
    for (const l of last.lines) if (l.status === 'imported' && l.id !== null) reported.set(l.id, l.stored)
    expect(last.lines).toHaveLength(articles)
    expect(reported.size).toBe(articles)
    expect(checkWorkspace(db, reported).articles).toBe(articles)
    console.log(`crash-kill: ${killPoints.length} kills\n  ${landed.join('\n  ')}`)
  }, 120_000)
})

import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const root = resolve(__dirname, '../..')

export function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'cc-cli-')), 'ws.sqlite')
}

export interface CliRun {
  code: number
  stdout: string
  stderr: string
  json: <T = unknown>() => T
}

/** Runs the built CLI through its launcher, as a person or a script would. */
export function cli(db: string, ...args: string[]): CliRun {
  const r = spawnSync(join(root, 'bin/crosscheck'), ['--db', db, ...args], { encoding: 'utf8', timeout: 120_000 })
  return {
    code: r.status ?? -1,
    stdout: r.stdout,
    stderr: r.stderr,
    json: <T>() => JSON.parse(r.stdout) as T,
  }
}

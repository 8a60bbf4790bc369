/** The workspace's display name, kept in the file itself so every host and the CLI agree on it. */
import type Database from 'better-sqlite3'
import { basename, extname } from 'node:path'

export const MAX_NAME_LENGTH = 120

/** A name from the file name, for workspaces never renamed: "gulf-inquiry.sqlite" -> "gulf-inquiry". */
export function nameFromPath(path: string): string {
  const base = basename(path)
  return base.slice(0, base.length - extname(base).length) || base
}

export function workspaceName(db: Database.Database, path: string): string {
  const row = db.prepare("SELECT value FROM workspace_meta WHERE key = 'name'").pluck().get() as string | undefined
  return row ?? nameFromPath(path)
}

export function setWorkspaceName(db: Database.Database, name: string): string {
  const clean = cleanName(name)
  db.prepare("INSERT INTO workspace_meta (key, value) VALUES ('name', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(clean)
  return clean
}

/** Trimmed, one line, bounded; the caller validates non-emptiness at the boundary. */
export function cleanName(name: string): string {
  return name.replace(/\s+/gu, ' ').trim().slice(0, MAX_NAME_LENGTH)
}

/** Whether the host filled this workspace with the demo corpus (the first-run tour walks through it). */
export function isDemoWorkspace(db: Database.Database): boolean {
  return db.prepare("SELECT value FROM workspace_meta WHERE key = 'demo'").pluck().get() === '1'
}

export function markDemoWorkspace(db: Database.Database): void {
  db.prepare("INSERT INTO workspace_meta (key, value) VALUES ('demo', '1') ON CONFLICT (key) DO UPDATE SET value = excluded.value").run()
}

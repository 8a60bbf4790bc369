import type Database from 'better-sqlite3'
import { copyOfMap } from '../compare/copies'

/**
 * Which articles are copies of one original: article id -> the id of its group's original.
 * Copy detection lives in another module (compare/); until the workspace hands its relation in,
 * every article is its own original ("no copies").
 */
export type CopyRelation = (db: Database.Database) => Map<number, number>

/** The relation used when copy detection is absent: no article is a copy. */
export const NO_COPIES: CopyRelation = () => new Map()

/**
 * The copy relation from copy detection (core/compare, table `copies`); "no copies" when that
 * table is absent (a store older than copy detection).
 */
export const STORED_COPIES: CopyRelation = (db) => {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'copies'").get()
  return table === undefined ? new Map<number, number>() : copyOfMap(db)
}

/** The original an article counts as, for counting independent sources. */
export function originalOf(copies: Map<number, number>, articleId: number): number {
  return copies.get(articleId) ?? articleId
}

/** Builds a relation from groups of article ids (each group: copies of one original). */
export function relationFromGroups(groups: ReadonlyArray<readonly number[]>): Map<number, number> {
  const map = new Map<number, number>()
  for (const g of groups) {
    const root = Math.min(...g)
    for (const id of g) map.set(id, root)
  }
  return map
}

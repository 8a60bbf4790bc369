import * as m0010 from './0010-articles'

/** Every schema step, in order. Never edit a shipped step: add a new one (steps of 10). */
export const MIGRATIONS: ReadonlyArray<{ version: number; sql: string }> = [m0010]

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0

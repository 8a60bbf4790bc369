import * as m0010 from './0010-articles'
import * as m0020 from './0020-search'
import * as m0030 from './0030-claims'
import * as m0040 from './0040-copies'
import * as m0050 from './0050-ingest'
import * as m0060 from './0060-annotations'
import * as m0070 from './0070-workspace-meta'
import * as m0080 from './0080-search-dirty'
import * as m0090 from './0090-claim-clusters'
import * as m0100 from './0100-article-summaries'

/** Every schema step, in order. Never edit a shipped step: add a new one (steps of 10). */
export const MIGRATIONS: ReadonlyArray<{ version: number; sql: string }> = [m0010, m0020, m0030, m0040, m0050, m0060, m0070, m0080, m0090, m0100]

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0

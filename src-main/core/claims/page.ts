import type Database from 'better-sqlite3'
import type { ClaimGroupBy, ClaimSortColumn, ClaimsQuery } from './types'

/** A claim's first tag by name, as the table groups by tag. */
const FIRST_TAG = `coalesce((SELECT t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.claim_id = c.id
  ORDER BY t.name COLLATE NOCASE LIMIT 1), 'No tag')`
const ALL_TAGS = `coalesce((SELECT group_concat(name, ', ') FROM (SELECT t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id
  WHERE ct.claim_id = c.id ORDER BY t.name)), '')`
/** A claim's cluster as the table shows it: only listed (cross-source) clusters, never for rejected claims. */
const CLUSTER = `CASE WHEN cc.id IS NULL THEN 'No other source' ELSE 'Cluster ' || cc.id END`
const SOURCE = 'coalesce(a.outlet, a.title)'

const SORT: Record<ClaimSortColumn, string> = {
  claim: 'c.text COLLATE NOCASE',
  source: `${SOURCE} COLLATE NOCASE`,
  kind: 'c.kind',
  review: 'c.review',
  status: 'c.status',
  tags: `${ALL_TAGS} COLLATE NOCASE`,
  quantities: 'c.quantities',
  cluster: 'coalesce(cc.id, 9223372036854775807)',
  clusterSources: 'coalesce(cc.independent_sources, 1)',
}

const GROUP: Record<ClaimGroupBy, string> = { tag: FIRST_TAG, cluster: CLUSTER, source: SOURCE }

const FROM = `FROM claims c JOIN articles a ON a.id = c.article_id
  LEFT JOIN claim_clusters cc ON cc.id = c.cluster_id AND c.review <> 'rejected'`

/** LIKE patterns escape their wildcards. */
function like(word: string): string {
  return `%${word.toLowerCase().replace(/[\\%_]/gu, (m) => `\\${m}`)}%`
}

/**
 * The SQL of a claims query: a WHERE clause with its parameters, the group key expression and the
 * ORDER BY. Searching, sorting, grouping and counting all run in SQLite, so the table can show a
 * window of 50,000 claims without the host shipping them all.
 */
export function claimsQuerySql(q: ClaimsQuery): { from: string; where: string; params: unknown[]; group: string | null; order: string } {
  const conds: string[] = []
  const params: unknown[] = []
  if (q.review) {
    conds.push('c.review = ?')
    params.push(q.review)
  }
  if (q.articleId !== undefined) {
    conds.push('c.article_id = ?')
    params.push(q.articleId)
  }
  if (q.clusterId !== undefined) {
    conds.push("c.cluster_id = ? AND c.review <> 'rejected'")
    params.push(q.clusterId)
  }
  if (q.ids) {
    conds.push('c.id IN (SELECT value FROM json_each(?))')
    params.push(JSON.stringify(q.ids))
  }
  for (const word of (q.search ?? '').trim().split(/\s+/u).filter(Boolean)) {
    conds.push(`(lower(c.text) LIKE ? ESCAPE '\\' OR lower(${SOURCE}) LIKE ? ESCAPE '\\' OR lower(a.title) LIKE ? ESCAPE '\\'
      OR EXISTS (SELECT 1 FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.claim_id = c.id AND lower(t.name) LIKE ? ESCAPE '\\'))`)
    const p = like(word)
    params.push(p, p, p, p)
  }
  const group = q.groupBy ? GROUP[q.groupBy] : null
  const keys = [
    ...(group ? [`${group} COLLATE NOCASE`] : []),
    ...(q.sort ? [`${SORT[q.sort.column]} ${q.sort.desc ? 'DESC' : 'ASC'}`] : []),
    'c.article_id', 'c.start', 'c.id',
  ]
  return { from: FROM, where: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params, group, order: `ORDER BY ${keys.join(', ')}` }
}

/** The matching claim ids of one window (or all of them), the match count and the group sizes. */
export function queryClaimIds(
  db: Database.Database,
  q: ClaimsQuery,
  window: { offset: number; limit: number } | null,
): { ids: number[]; groups: Array<{ key: string; count: number }> | undefined; matching: number; total: number } {
  const s = claimsQuerySql(q)
  const total = (db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n
  const groups = s.group
    ? (db.prepare(`SELECT ${s.group} AS key, count(*) AS count ${s.from} ${s.where} GROUP BY 1 ORDER BY 1 COLLATE NOCASE`).all(...s.params) as Array<{ key: string; count: number }>)
    : undefined
  const matching = groups
    ? groups.reduce((n, g) => n + g.count, 0)
    : (db.prepare(`SELECT count(*) AS n ${s.from} ${s.where}`).get(...s.params) as { n: number }).n
  const folded = s.group && q.collapsed?.length ? `${s.where ? `${s.where} AND` : 'WHERE'} ${s.group} NOT IN (SELECT value FROM json_each(?))` : s.where
  const params = s.group && q.collapsed?.length ? [...s.params, JSON.stringify(q.collapsed)] : s.params
  const page = window ? ` LIMIT ${Math.floor(window.limit)} OFFSET ${Math.floor(window.offset)}` : ''
  const ids = (db.prepare(`SELECT c.id AS id ${s.from} ${folded} ${s.order}${page}`).all(...params) as Array<{ id: number }>).map((r) => r.id)
  return { ids, groups, matching, total }
}

/** The group key of each of `ids` (the table draws a group's heading above its first row). */
export function groupKeys(db: Database.Database, groupBy: ClaimGroupBy, ids: readonly number[]): Map<number, string> {
  const rows = db
    .prepare(`SELECT c.id AS id, ${GROUP[groupBy]} AS key ${FROM} WHERE c.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as Array<{ id: number; key: string }>
  return new Map(rows.map((r) => [r.id, r.key]))
}

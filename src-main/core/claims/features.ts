import type { ClaimDraft, Entity } from './types'

/** The kinds of clustering feature, weighted in thresholds.ts. */
export type FeatureKind = 'word' | 'entity' | 'unit' | 'count' | 'figure' | 'context'

const STOP = new Set(
  ('a an the and or but of to in on at for with by from as is are was were be been being has have had do does did ' +
    'it its this that these those he she they we i you his her their our there here which who whom whose what when ' +
    'where why how not no yes so than then also just only very more most less least about over under into onto out up ' +
    'down after before since while during between among across against per via would could should will shall may ' +
    'might must can said says say told tells added stated claimed mentioned according reported noted wrote believes ' +
    'believed mr mrs ms dr s t one two new last year years week month day today tuesday monday wednesday ' +
    'thursday friday saturday sunday').split(' '),
)

/**
 * Spinners swap words for crude synonyms ("first time" -> "primary time", "military" -> "navy");
 * folding the common swaps back lets a spun copy meet its original.
 */
const FOLD: Record<string, string> = {
  primary: 'first', navy: 'military', chief: 'leader', trip: 'visit', journey: 'visit', travel: 'visit', go: 'visit',
  head: 'visit', mentioned: 'said', opposition: 'against', decrease: 'lower', grasp: 'master', attack: 'invasion',
  assault: 'invasion', invade: 'invasion', supply: 'provide', deliver: 'send', delivery: 'shipping',
  munition: 'ammunition', shell: 'ammunition', round: 'ammunition', weapon: 'arm', defense: 'defence', tonne: 't',
  boat: 'vessel', kilometre: 'km', kilometer: 'km', metre: 'm', meter: 'm', pact: 'agreement',
  deal: 'agreement', treaty: 'agreement', nation: 'country', kill: 'die', died: 'die', dead: 'die', death: 'die',
  folk: 'people', burst: 'fail', collapse: 'fail', gave: 'fail',
}

/** Units of measurement (as opposed to counted things: "containers", "crew", "shells"). */
const MEASURES = new Set(['%', 't', 'kg', 'km', 'm', 'mm', 'cm', 'km2', 'm2', 'm3', 'l', 'barrel', 'knot', 'second',
  'minute', 'hour', 'day', 'week', 'month', 'year', 'time', 'USD', 'EUR', 'GBP', 'JPY'])

/** A light suffix stemmer: enough to meet "shipped"/"shipping"/"ships" and "containers"/"container". */
export function stem(word: string): string {
  let w = word
  if (w.length > 5 && w.endsWith('ies')) w = w.slice(0, -3) + 'y'
  else if (w.length > 4 && /(?:ches|shes|sses|xes)$/u.test(w)) w = w.slice(0, -2)
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1)
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3)
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2)
  if (w.length > 3 && /([^aeiouls])\1$/u.test(w)) w = w.slice(0, -1)
  return FOLD[w] ?? w
}

/** The name an entity is matched by: people by surname, without possessives and dots. */
function entityKey(e: Pick<Entity, 'text' | 'kind'>): string {
  // People are named in full once and by surname after: the surname is the identity.
  const name = e.kind === 'person' ? (e.text.split(/\s+/u).pop() ?? e.text) : e.text
  return name.toLowerCase().replace(/['’]s$/u, '').replace(/[.’']/gu, '')
}

/** The named places, people and organisations of a whole article: what event its claims are about. */
export function articleContext(claims: ReadonlyArray<Pick<ClaimDraft, 'entities'>>): string[] {
  return [...new Set(claims.flatMap((c) => c.entities.map(entityKey)))]
}

/**
 * Features of a claim for clustering, each with its kind: figures and counted units, entities,
 * content words, and (as 'context') the entities of its article, which tell events apart.
 */
export function claimFeatures(c: Pick<ClaimDraft, 'text' | 'quantities' | 'entities'>, context: readonly string[] = []): Map<string, FeatureKind> {
  const f = new Map<string, FeatureKind>()
  const covered: Array<[number, number]> = []
  for (const q of c.quantities) {
    covered.push([q.start, q.end])
    if (q.unit && q.unit !== 'calendar year') f.set(`u:${q.unit}`, MEASURES.has(q.unit) ? 'unit' : 'count')
    // Times of day stay exact (in minutes), so the clusterer can tell 03:55 and 04:40 apart from 18:00.
    f.set(`f:${q.unit === 'time' ? q.value : significant(q.value)}:${q.unit}`, 'figure')
  }
  for (const e of c.entities) {
    covered.push([e.start, e.end])
    f.set(`e:${entityKey(e)}`, 'entity')
  }
  for (const name of context) f.set(`x:${name}`, 'context')
  for (const m of c.text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    if (covered.some(([s, e]) => m.index >= s && m.index < e)) continue
    const word = m[0].replace(/['’]s$/u, '')
    if (word.length < 3 || STOP.has(word)) continue
    const s = stem(word)
    if (!STOP.has(s) && !f.has(`w:${s}`)) f.set(`w:${s}`, 'word')
  }
  return f
}

/** Two significant digits: "4.8m" and "4,800,000" meet; 6,700 and 10,000 do not. */
function significant(v: number): string {
  return v === 0 ? '0' : Number(v.toPrecision(2)).toString()
}

const KIND_LETTER: Record<FeatureKind, string> = { word: 'w', entity: 'e', unit: 'u', count: 'c', figure: 'f', context: 'x' }
/** Kind letters of stored features back to kinds (read by FeatureTable.encodeStored). */
export const LETTER_KIND: Record<string, FeatureKind> = { w: 'word', e: 'entity', u: 'unit', c: 'count', f: 'figure', x: 'context' }

/** Features as stored (claims.features): one per line, a kind letter then the key. */
export function encodeFeatures(f: Map<string, FeatureKind>): string {
  return [...f].map(([key, kind]) => KIND_LETTER[kind] + key.replace(/\n/gu, ' ')).join('\n')
}

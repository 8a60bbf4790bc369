/** An invented news corpus for search tests (fiction: places, people and outlets are made up). */
import { SearchEngine, type ArticleMeta, type SearchSource } from '../../../src-main/core/search/engine'
import { Segment, type IndexDoc } from '../../../src-main/core/search/segment'
import { buildSegment } from '../../../src-main/core/search/segment-builder'

export interface FixtureArticle {
  id: number
  title: string
  outlet: string
  date: string | null
  lang?: string
  body: string
}

export const ARTICLES: FixtureArticle[] = [
  { id: 1, title: 'Ferry Solvik Maren runs aground near Pyŏngdal lighthouse', outlet: 'Coast Courier', date: '2025-03-02',
    body: 'The ferry Solvik Maren ran aground near the Pyŏngdal lighthouse on Sunday. Captain Elin Malmqvist said all 212 passengers were safe. Divers inspected the hull for damage.' },
  { id: 2, title: 'Harbour authority counts 6,700 litres of diesel lost', outlet: 'Port Ledger', date: '2025-03-03',
    body: 'The harbour authority said 6,700 litres of diesel leaked from the ferry. Booms were laid across the inner basin. Malmqvist declined to comment on the cause.' },
  { id: 3, title: 'Diesel slick reaches Tarn beaches', outlet: 'Coast Courier', date: '2025-03-04',
    body: 'A diesel slick about 6.7 thousand litres in size reached the beaches at Tarn. Volunteers cleaned seabirds at a makeshift station in the town hall.' },
  { id: 4, title: 'Insurer puts salvage bill at 4.8 million crowns', outlet: 'Finance Weekly', date: '2025-03-10',
    body: 'The salvage operation will cost 4.8m crowns, the insurer Nordhav Mutual said. The ferry operator disputes the figure and says the bill is closer to three million.' },
  { id: 5, title: 'Lighthouse keeper recalls the night of the grounding', outlet: 'Island Voice', date: '2025-03-06',
    body: 'The lighthouse keeper heard the ferry horn before midnight. "The fog came in fast," she said. The keeper has worked at Pyongdal point for thirty years.' },
  { id: 6, title: 'Fishermen demand compensation after diesel spill', outlet: 'Port Ledger', date: '2025-03-07',
    body: 'Local fishermen say the diesel spill closed their grounds for a week. The fishing cooperative wants compensation from the ferry operator.' },
  { id: 7, title: 'Seabird rescue volunteers overwhelmed', outlet: 'Island Voice', date: null,
    body: 'Volunteers at the seabird station washed more than 300 birds. The rescue centre asked for towels, warm water and washing-up liquid.' },
  { id: 8, title: 'Parliament questions ferry safety rules', outlet: 'Capital Times', date: '2025-03-12',
    body: 'Members of parliament asked the transport minister why the ferry sailed in fog. The minister promised an inquiry into safety rules for coastal ferries.' },
  { id: 9, title: 'Fähre auf Grund gelaufen', outlet: 'Nordsee Bote', date: '2025-03-03', lang: 'de',
    body: 'Die Fähre Solvik Maren ist vor dem Leuchtturm auf Grund gelaufen. Die Häuser am Hafen wurden nicht beschädigt. Taucher untersuchten den Rumpf.' },
  { id: 10, title: 'Weather office warned of fog hours before grounding', outlet: 'Capital Times', date: '2025-03-08',
    body: 'The weather office issued a dense fog warning at six in the evening, hours before the ferry ran aground. The warning was broadcast on coastal radio.' },
  { id: 11, title: 'Ferry operator shares fall', outlet: 'Finance Weekly', date: '2025-03-05',
    body: 'Shares in the ferry operator fell 12 percent after the grounding. Analysts expect the salvage bill of 4.8 million crowns to hit annual profits.' },
  { id: 12, title: 'Copy: Ferry runs aground near lighthouse', outlet: 'NewsHub Aggregator', date: '2025-03-02',
    body: 'The ferry Solvik Maren ran aground near the Pyŏngdal lighthouse on Sunday. Captain Elin Malmqvist said all 212 passengers were safe. Divers inspected the hull for damage.' },
]

export function toDoc(a: FixtureArticle): IndexDoc {
  return { id: a.id, lang: a.lang ?? 'en', title: a.title, outlet: a.outlet, body: a.body, tags: '', notes: '' }
}

/** A SearchSource over fixture articles; `copies` and `tags` are settable to test the hooks. */
export class FixtureSource implements SearchSource {
  copyIds = new Set<number>()
  tagMap = new Map<number, string[]>()
  bodyReads = 0
  constructor(public articles: FixtureArticle[]) {}
  meta(ids?: readonly number[]): Map<number, ArticleMeta> {
    const want = ids ? new Set(ids) : null
    return new Map(
      this.articles
        .filter((a) => !want || want.has(a.id))
        .map((a) => [a.id, { title: a.title, outlet: a.outlet, publishedAt: a.date, lang: a.lang ?? 'en' }]),
    )
  }
  bodies(ids: readonly number[]): Map<number, string> {
    this.bodyReads += ids.length
    const want = new Set(ids)
    return new Map(this.articles.filter((a) => want.has(a.id)).map((a) => [a.id, a.body]))
  }
  copies(): ReadonlySet<number> {
    return this.copyIds
  }
  allTags(): Map<number, string[]> {
    return new Map(this.tagMap)
  }
}

/** A segment through its persisted bytes, positions loaded lazily as the app does. */
export function roundTrip(seg: Segment): Segment {
  const bytes = seg.serialize()
  return Segment.load(bytes.core, () => bytes.positions)
}

/** An engine over the fixtures, split into segments of `perSegment` articles (round-tripped through bytes). */
export function fixtureEngine(perSegment = 5, articles = ARTICLES): { engine: SearchEngine; source: FixtureSource } {
  const source = new FixtureSource(articles)
  const engine = new SearchEngine(source)
  engine.loadMeta()
  for (let i = 0; i < articles.length; i += perSegment) {
    const seg = buildSegment(articles.slice(i, i + perSegment).map(toDoc))
    engine.addSegment(i + 1, roundTrip(seg))
  }
  return { engine, source }
}

export const ids = (engine: SearchEngine, query: string, limit = 50): number[] =>
  engine.search({ query, limit }).hits.map((h) => h.articleId)

/**
 * Everything search does with a database connection, as plain methods: the search worker
 * exposes exactly these over messages, and tests (or the CLI) call them in-process.
 */
import type Database from 'better-sqlite3'
import { SearchEngine } from './engine'
import { Segment } from './segment'
import { buildSegment } from './segment-builder'
import {
  detectedCopies,
  lastDirtySeq,
  loadSegmentCore,
  loadSegmentPositions,
  loadSegmentRows,
  saveSegment,
  SqliteSearchSource,
  type CopySource,
} from './store'
import { ANALYZER_VERSION } from './tunables'
import type { SearchRequest, SearchResult } from './types'

export class SearchHost {
  private readonly source: SqliteSearchSource
  readonly engine: SearchEngine

  constructor(
    private readonly db: Database.Database,
    copies: CopySource = detectedCopies,
  ) {
    this.source = new SqliteSearchSource(db, copies)
    this.engine = new SearchEngine(this.source)
  }

  /**
   * Loads article facts and every persisted segment's core (positions wait for the first phrase);
   * returns segments of another analyzer version.
   */
  init(): { stale: number[]; loadMs: number } {
    const t0 = performance.now()
    this.engine.loadMeta()
    const stale: number[] = []
    for (const row of loadSegmentRows(this.db)) {
      if (row.analyzer !== ANALYZER_VERSION) stale.push(row.id)
      else this.engine.addSegment(row.id, this.segmentFrom(row.id, row.data))
    }
    return { stale, loadMs: performance.now() - t0 }
  }

  /** Merges the vocabulary now (the worker is idle after start) so the first prefix or fuzzy query need not. */
  warm(): void {
    this.engine.vocabulary()
  }

  private segmentFrom(key: number, core: Uint8Array): Segment {
    return Segment.load(core, () => loadSegmentPositions(this.db, key))
  }

  private stored(key: number): Segment {
    const core = loadSegmentCore(this.db, key)
    if (!core) throw new Error(`search segment ${key} is not stored`)
    return this.segmentFrom(key, core)
  }

  /**
   * Builds a segment of the given articles (reading them from SQLite), stores it in place of
   * `replaces`, and returns its key: the build worker does all of it, the main thread only waits.
   */
  build(ids: number[], replaces: number[] = []): { key: number; docCount: number; buildMs: number } {
    const t0 = performance.now()
    // One read snapshot: changes noted up to `seen` are in the texts read.
    const { docs, seen } = this.db.transaction(() => ({ seen: lastDirtySeq(this.db), docs: this.source.docs(ids) }))()
    const bytes = buildSegment(docs).serialize()
    const key = saveSegment(this.db, ANALYZER_VERSION, docs.map((d) => d.id), bytes, replaces, seen)
    return { key, docCount: docs.length, buildMs: performance.now() - t0 }
  }

  /** Serves a segment the build worker stored. */
  addSegment(key: number): void {
    this.engine.addSegment(key, this.stored(key))
  }

  replaceSegments(oldKeys: number[], key: number): void {
    this.engine.replaceSegments(oldKeys, key, this.stored(key))
  }

  refreshMeta(ids: number[]): void {
    this.engine.refreshMeta(ids)
  }

  removeArticles(ids: number[]): void {
    this.engine.removeArticles(ids)
  }

  unindexed(): number[] {
    return this.engine.unindexed()
  }

  segmentInfo(): Array<{ key: number; size: number; live: number[] }> {
    return this.engine.segmentInfo()
  }

  setBuilding(building: boolean): void {
    this.engine.building = building
  }

  search(req: SearchRequest): SearchResult {
    return this.engine.search(req)
  }

  exportCsv(req: SearchRequest): { csv: string; rows: number } {
    return this.engine.exportCsv(req)
  }
}

/** Method name -> its function type, for the message protocol. */
export type SearchHostMethod = Exclude<keyof SearchHost, 'engine'>
export type SearchHostApi = { [M in SearchHostMethod]: SearchHost[M] }

export interface SearchWorkerInit {
  dbPath: string
  nativeBinding?: string
  /** The build worker writes the segments it builds; the query worker only reads. */
  writable?: boolean
}

export type SearchWorkerRequest = { id: number; method: SearchHostMethod; args: unknown[] }
export type SearchWorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string }

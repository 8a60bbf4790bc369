/**
 * Everything search does with a database connection, as plain methods: the search worker
 * exposes exactly these over messages, and tests (or the CLI) call them in-process.
 */
import type Database from 'better-sqlite3'
import { SearchEngine } from './engine'
import { Segment } from './segment'
import { detectedCopies, loadSegmentRows, SqliteSearchSource, type CopySource } from './store'
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

  /** Loads article facts and every persisted segment; returns segments of another analyzer version. */
  init(): { stale: number[]; loadMs: number } {
    const t0 = performance.now()
    this.engine.loadMeta()
    const stale: number[] = []
    for (const row of loadSegmentRows(this.db)) {
      if (row.analyzer !== ANALYZER_VERSION) stale.push(row.id)
      else this.engine.addSegment(row.id, Segment.load(row.data))
    }
    return { stale, loadMs: performance.now() - t0 }
  }

  /** Builds a segment of the given articles (reading them from SQLite) and returns its bytes. */
  build(ids: number[]): { bytes: Uint8Array; docCount: number } {
    const docs = this.source.docs(ids)
    return { bytes: Segment.build(docs).serialize(), docCount: docs.length }
  }

  addSegment(key: number, bytes: Uint8Array): void {
    this.engine.addSegment(key, Segment.load(bytes))
  }

  replaceSegments(oldKeys: number[], key: number, bytes: Uint8Array): void {
    this.engine.replaceSegments(oldKeys, key, Segment.load(bytes))
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
}

export type SearchWorkerRequest = { id: number; method: SearchHostMethod; args: unknown[] }
export type SearchWorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string }

/** What every reader hands to the finishing step before spam, metadata and checks are applied. */
import type { MetadataHints } from './metadata'
import type { RemovedSpan } from './types'

export interface Reading {
  rawText: string
  removed: RemovedSpan[]
  hints: MetadataHints
  warnings: string[]
  /** Raw-text offset where each page starts (PDFs only). */
  pages?: number[]
}

/** The export and backup methods of the contract (merged into Api in src-main/api/contract.ts). */
import type { ExportRequest } from './types'

/** Counts and facts of a verified backup or restore. */
export interface BackupInfo {
  schemaVersion: number
  createdAt: string | null
  /** Rows per table. */
  counts: Record<string, number>
}

export interface ExportApi {
  /** What an export will write (text, cut at 20,000 characters), its file name and size. */
  'export-preview': (args: ExportRequest) => { fileName: string; mimeType: string; text: string; truncated: boolean; count: number; bytes: number }
  /** The export's bytes, base64-encoded (so both hosts carry it the same way), to save as `fileName`. */
  'export-file': (args: ExportRequest) => { fileName: string; mimeType: string; base64: string; count: number }
  /** A verified one-file backup of the whole workspace, base64-encoded, to save as `fileName`. */
  'workspace-backup': (args: Record<string, never>) => BackupInfo & { fileName: string; base64: string; bytes: number }
  /** Replace the workspace with a backup's content, after checking it (integrity, version, counts). */
  'workspace-restore': (args: { data: Uint8Array }) => BackupInfo
}

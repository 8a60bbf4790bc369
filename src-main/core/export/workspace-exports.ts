/** The workspace's export, backup and restore, wired to its annotations, claims and articles. */
import type { Workspace } from '../workspace'
import { backupBytes, backupTo, restoreFrom, restoreFromBytes, type BackupReport, type RestoreReport } from './backup'
import { exportFile, exportPreview, type ExportSource } from './service'
import type { ClaimRecord, ExportRequest } from './types'

export class WorkspaceExports {
  constructor(
    private readonly ws: Workspace,
    /** Called after a restore replaced the tables: services drop their caches and reload. */
    private readonly afterRestore: () => Promise<void>,
  ) {}

  private source(): ExportSource {
    const ws = this.ws
    return {
      annotations: (filter) => ws.annotations.list(filter),
      article: (id) => {
        try {
          const a = ws.getArticle(id)
          return { id, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt, url: a.url, pages: a.pages ?? [] }
        } catch {
          return null
        }
      },
      // Claims are optional: without the claims service the claims CSV is simply empty.
      claims: (articleIds, clusterId) => {
        const claims = ws.claims as Workspace['claims'] | undefined
        if (!claims) return []
        const all = articleIds && articleIds.length === 1 ? claims.list({ articleId: articleIds[0]! }) : claims.list()
        return all
          .filter((c) => (articleIds === null || articleIds.includes(c.articleId)) && (clusterId === null || c.clusterId === clusterId))
          .map(
            (c): ClaimRecord => ({
              id: c.id,
              articleId: c.articleId,
              text: c.text,
              kind: c.kind,
              review: c.review,
              status: c.status,
              tags: c.tags,
              clusterId: c.clusterId,
              quantities: c.quantities.map((q) => q.text),
              start: c.start,
              end: c.end,
            }),
          )
      },
    }
  }

  preview(req: ExportRequest): ReturnType<typeof exportPreview> {
    return exportPreview(this.source(), req)
  }

  file(req: ExportRequest): ReturnType<typeof exportFile> {
    return exportFile(this.source(), req)
  }

  /** A verified backup written to `file`. */
  backupToFile(file: string): BackupReport {
    return backupTo(this.ws.db, file)
  }

  /** A verified backup as bytes, named for the day. */
  backup(): BackupReport & { data: Uint8Array; fileName: string } {
    const r = backupBytes(this.ws.db)
    return { ...r, fileName: `crosscheck-backup-${r.createdAt.slice(0, 10)}.crosscheck` }
  }

  async restoreFile(file: string): Promise<RestoreReport> {
    const r = restoreFrom(this.ws.db, file)
    await this.afterRestore()
    return r
  }

  async restoreBytes(data: Uint8Array): Promise<RestoreReport> {
    const r = restoreFromBytes(this.ws.db, data)
    await this.afterRestore()
    return r
  }
}

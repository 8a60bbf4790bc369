/** Contract handlers of the annotation, export and backup methods (spread into dispatch's HANDLERS). */
import type { ExportApi } from '../export/contract'
import type { Workspace } from '../workspace'
import type { AnnotationsApi } from './contract'

type Api = AnnotationsApi & ExportApi
type Handlers = { [M in keyof Api]: (ws: Workspace, args: Parameters<Api[M]>[0]) => ReturnType<Api[M]> | Promise<ReturnType<Api[M]>> }

export const annotationHandlers: Handlers = {
  'annotations-list': (ws, filter) => ws.annotations.list(filter),
  'annotation-create': (ws, input) => ws.annotations.create(input),
  'annotation-update': (ws, { id, ...change }) => ws.annotations.update(id, change),
  'annotation-delete': (ws, { id }) => ws.annotations.delete(id),
  'annotation-restore': (ws, { annotation }) => ws.annotations.restore(annotation),
  'colour-meanings-get': (ws) => ws.annotations.colourMeanings(),
  'colour-meanings-set': (ws, { meanings }) => ws.annotations.setColourMeanings(meanings),
  'export-preview': (ws, req) => ws.exports.preview(req),
  'export-file': (ws, req) => {
    const f = ws.exports.file(req)
    return { fileName: f.fileName, mimeType: f.mimeType, base64: Buffer.from(f.bytes).toString('base64'), count: f.count }
  },
  'workspace-backup': (ws) => {
    const b = ws.exports.backup()
    return { fileName: b.fileName, base64: Buffer.from(b.data).toString('base64'), bytes: b.bytes, schemaVersion: b.schemaVersion, createdAt: b.createdAt, counts: b.counts }
  },
  'workspace-restore': async (ws, { data }) => {
    const r = await ws.exports.restoreBytes(data)
    return { schemaVersion: r.schemaVersion, createdAt: r.createdAt, counts: r.counts }
  },
}

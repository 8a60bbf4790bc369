/**
 * Parser worker: runs the readers away from the main thread, inside the time and memory limits
 * the pool sets, so a hostile page costs one file, never the app.
 */
import { parentPort } from 'node:worker_threads'
import { readArticle } from './read-article'
import type { ParseReply, ParseRequest } from './parser'
import { IngestError } from './types'

if (!parentPort) throw new Error('ingest worker must run in a worker thread')
const port = parentPort

port.on('message', (req: ParseRequest) => {
  void handle(req)
})

async function handle(req: ParseRequest): Promise<void> {
  let reply: ParseReply
  try {
    const { id: _id, ...input } = req
    reply = { id: req.id, ok: true, article: await readArticle(input) }
  } catch (error) {
    if (error instanceof IngestError) reply = { id: req.id, ok: false, code: error.code, message: error.message }
    else if (error instanceof RangeError)
      reply = {
        id: req.id,
        ok: false,
        code: 'parse_failed',
        message: `The document is nested too deeply to read (${error.message}).`,
      }
    else reply = { id: req.id, ok: false, code: 'parse_failed', message: `The reader failed: ${String(error)}` }
  }
  port.postMessage(reply)
}

import { Worker } from 'node:worker_threads'
import type { ArticleParser, ParseInput, ParseReply, ParseRequest } from './parser'
import { IngestError, type IngestErrorCode, type ParsedArticle } from './types'

export interface PoolOptions {
  /** Built worker script (out/main/ingest-worker.js). */
  workerFile: string
  size?: number
  /** Wall-clock limit for one file. */
  timeoutMs?: number
  /** Heap limit for one worker; a file that needs more fails alone. */
  maxHeapMb?: number
}

interface Task {
  req: ParseRequest
  resolve: (a: ParsedArticle) => void
  reject: (e: Error) => void
}

interface Slot {
  worker: Worker
  task: Task | null
  timer: NodeJS.Timeout | null
}

/**
 * A small pool of parser workers. A worker that times out or runs out of memory is terminated
 * and replaced; only the file it was reading fails.
 */
export class WorkerPoolParser implements ArticleParser {
  private readonly slots: Slot[] = []
  private readonly queue: Task[] = []
  private nextId = 1
  private closed = false

  constructor(private readonly options: PoolOptions) {}

  parse(input: ParseInput): Promise<ParsedArticle> {
    if (this.closed) return Promise.reject(new Error('parser pool is closed'))
    // Started on the first file, not with the host: each worker loads every reader (PDF, DOCX,
    // HTML...), CPU the window's start needs on a 2-core laptop.
    if (this.slots.length === 0) for (let i = 0; i < (this.options.size ?? 2); i++) this.slots.push(this.spawn())
    return new Promise((resolve, reject) => {
      this.queue.push({ req: { id: this.nextId++, ...input }, resolve, reject })
      this.pump()
    })
  }

  async close(): Promise<void> {
    this.closed = true
    for (const t of this.queue.splice(0)) t.reject(new Error('parser pool closed'))
    await Promise.all(this.slots.map((s) => s.worker.terminate()))
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.workerFile, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 512, stackSizeMb: 8 },
    })
    const slot: Slot = { worker, task: null, timer: null }
    worker.on('message', (reply: ParseReply) => {
      const task = this.finish(slot)
      if (!task) return
      if (reply.ok) task.resolve(reply.article)
      else task.reject(new IngestError(reply.code as IngestErrorCode, reply.message))
      this.pump()
    })
    worker.on('error', (error: Error & { code?: string }) => {
      const oom = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
      this.replace(
        slot,
        oom
          ? new IngestError('out_of_memory', 'Reading this file needed more memory than one article may use.')
          : new IngestError('parse_failed', `The reader crashed on this file: ${error.message}`),
      )
    })
    worker.on('exit', () => {
      if (slot.task) this.replace(slot, new IngestError('parse_failed', 'The reader stopped while reading this file.'))
    })
    worker.unref()
    return slot
  }

  private finish(slot: Slot): Task | null {
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = null
    const task = slot.task
    slot.task = null
    return task
  }

  private replace(slot: Slot, error: Error): void {
    const task = this.finish(slot)
    task?.reject(error)
    const index = this.slots.indexOf(slot)
    if (index < 0) return
    slot.worker.removeAllListeners()
    void slot.worker.terminate()
    if (!this.closed) {
      this.slots[index] = this.spawn()
      this.pump()
    }
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.task) continue
      const task = this.queue.shift()
      if (!task) return
      slot.task = task
      slot.timer = setTimeout(() => {
        const seconds = Math.round((this.options.timeoutMs ?? 20_000) / 1000)
        this.replace(slot, new IngestError('timeout', `Reading this file took longer than ${seconds} s, so it was stopped.`))
      }, this.options.timeoutMs ?? 20_000)
      slot.worker.ref()
      slot.worker.postMessage(task.req)
    }
    // Idle workers must not keep a CLI process alive.
    for (const slot of this.slots) if (!slot.task) slot.worker.unref()
  }
}

import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { WorkerPoolParser } from '../../../src-main/core/ingest/worker-pool'

const workerFile = join(__dirname, '../../fixtures/workers/misbehaving-parser.cjs')
const bytes = new Uint8Array([1])
let pool: WorkerPoolParser | null = null
afterEach(async () => {
  await pool?.close()
  pool = null
})

describe('WorkerPoolParser', () => {
  it('stops a file that hangs the parser, and keeps serving the next ones', async () => {
    pool = new WorkerPoolParser({ workerFile, size: 1, timeoutMs: 300 })
    const hang = pool.parse({ name: 'hang', bytes })
    const after = pool.parse({ name: 'fine', bytes })
    await expect(hang).rejects.toMatchObject({ code: 'timeout', message: expect.stringMatching(/longer than/) as unknown })
    await expect(after).resolves.toMatchObject({ title: 'fine' })
  })

  it('fails a file whose parsing exceeds the memory limit, alone', async () => {
    pool = new WorkerPoolParser({ workerFile, size: 1, timeoutMs: 20_000, maxHeapMb: 64 })
    await expect(pool.parse({ name: 'oom', bytes })).rejects.toMatchObject({ code: 'out_of_memory' })
    await expect(pool.parse({ name: 'fine', bytes })).resolves.toMatchObject({ title: 'fine' })
  })

  it('fails a file whose worker dies, and replaces the worker', async () => {
    pool = new WorkerPoolParser({ workerFile, size: 2 })
    await expect(pool.parse({ name: 'crash', bytes })).rejects.toMatchObject({ code: 'parse_failed' })
    const names = ['a', 'b', 'c', 'd']
    const results = await Promise.all(names.map((name) => pool!.parse({ name, bytes })))
    expect(results.map((r) => r.title)).toEqual(names)
  })
})

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InProcessParser } from '../../../src-main/core/ingest/in-process-parser'
import { Workspace } from '../../../src-main/core/workspace'

describe('the demo flag', () => {
  it('is off for a workspace of one\'s own, and once set stays with the file (the tour opens only there)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cc-demo-')), 'w.sqlite')
    const ws = Workspace.open(file, { parser: new InProcessParser() })
    await ws.importFile('harbour.txt', new TextEncoder().encode('Harbour closed\n\nThe harbour of Tessel closed on Monday after the spill.'))
    expect(ws.info()).toMatchObject({ articleCount: 1, demo: false })
    ws.markDemo()
    await ws.close()
    const again = Workspace.open(file, { parser: new InProcessParser() })
    expect(again.info().demo).toBe(true)
    await again.close()
  })
})

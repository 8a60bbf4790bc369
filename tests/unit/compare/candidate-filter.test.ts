// Why copy detection's candidate filter sits at TUNABLES.candidateMinJaccard: on the demo corpus
// (our own invented articles, with a re-host and a spun rewrite planted; see resources/DEMO.md)
// the copies estimate well above it and every other pair of reports on the same story well below.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, it } from 'vitest'
import { estimateJaccard, minhash, shingles } from '../../../src-main/core/compare/minhash'
import { analyseText } from '../../../src-main/core/compare/tokens'
import { TUNABLES } from '../../../src-main/core/compare/tunables'
import { applyRemovals } from '../../../src-main/core/ingest/clean-text'
import { parseArticle } from '../../../src-main/core/ingest/parse'

const demo = resolve(__dirname, '../../../resources/demo')

it('candidateMinJaccard lets the re-host and the spun copy through and nothing else', () => {
  const files = readdirSync(demo).sort()
  const sig = new Map(
    files.map((f) => {
      const a = parseArticle({ name: f, bytes: readFileSync(join(demo, f)) })
      return [f.slice(0, 2), minhash(shingles(analyseText(applyRemovals(a.rawText, a.removed).text)))] as const
    }),
  )
  const copies = new Set(['01-08', '03-09'])
  for (const [a, sa] of sig) {
    for (const [b, sb] of sig) {
      if (a >= b) continue
      const j = estimateJaccard(sa, sb)
      if (copies.has(`${a}-${b}`)) expect(j, `${a}-${b}`).toBeGreaterThan(TUNABLES.candidateMinJaccard * 2)
      else expect(j, `${a}-${b}`).toBeLessThan(TUNABLES.candidateMinJaccard * 0.7)
    }
  }
})

import { it } from 'vitest'
import { parseArticle } from '../../../src-main/core/ingest/parse'
it('big', () => {
  const line = 'The ferry sailed again today.\n'
  const text = line.repeat(Math.floor(19 * 1024 * 1024 / line.length))
  const bytes = new TextEncoder().encode(text)
  let t = performance.now()
  const a = parseArticle({ name: 'big.txt', bytes })
  console.log('BIG lines', (performance.now() - t).toFixed(0), 'ms', a.removed.length)
  const para = 'The ferry link between Port Elsmere and the island of Lindholm reopened on Monday morning, ending a shutdown. Number ' 
  let s = ''; for (let i = 0; s.length < 19 * 1024 * 1024; i++) s += para + i + '.\n\n'
  t = performance.now()
  const b = parseArticle({ name: 'big2.txt', bytes: new TextEncoder().encode(s) })
  console.log('BIG paras', (performance.now() - t).toFixed(0), 'ms', b.removed.length)
  const html = '<!DOCTYPE html><html><body>' + '<p>The ferry link between Port Elsmere and the island reopened on Monday, ending a shutdown.</p>'.repeat(20000) + '</body></html>'
  t = performance.now()
  const c = parseArticle({ name: 'big.html', bytes: new TextEncoder().encode(html) })
  console.log('BIG html', html.length, (performance.now() - t).toFixed(0), 'ms', c.removed.length)
}, 120000)

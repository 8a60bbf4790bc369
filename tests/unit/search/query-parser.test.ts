import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatClause, parseQuery } from '../../../src-main/core/search/query-parser'

describe('parseQuery', () => {
  it('reads words, operators, phrases, scopes, prefixes and fuzziness', () => {
    const q = parseQuery('ferry +diesel -fog "inner basin" title:harbour outlet:"Port Ledger" tag:spill harb* malmquist~1 fog~')
    expect(q.map(formatClause)).toEqual([
      'ferry', '+diesel', '-fog', '"inner basin"', 'title:harbour', 'outlet:"Port Ledger"', 'tag:spill', 'harb*', 'malmquist~1', 'fog~',
    ])
    expect(q[3]).toMatchObject({ kind: 'phrase', text: 'inner basin', presence: 'default', field: null })
    expect(q[4]).toMatchObject({ kind: 'word', field: 'title' })
    expect(q[6]).toMatchObject({ field: 'tags' })
    expect(q[7]).toMatchObject({ prefix: true, text: 'harb' })
    expect(q[8]).toMatchObject({ fuzzy: 1, text: 'malmquist' })
    expect(q[9]).toMatchObject({ fuzzy: -1, text: 'fog' })
  })

  it('keeps numbers written with spaces or scale words as one word', () => {
    expect(parseQuery('6 700 litres').map((c) => c.text)).toEqual(['6 700', 'litres'])
    expect(parseQuery('4.8 million crowns').map((c) => c.text)).toEqual(['4.8 million', 'crowns'])
    expect(parseQuery('+6.7k').map(formatClause)).toEqual(['+6.7k'])
  })

  it('treats an unknown scope as part of the word and skips bare operators', () => {
    expect(parseQuery('10:30 - + "" *').map((c) => c.text)).toEqual(['10:30'])
    expect(parseQuery('foo:bar')[0]).toMatchObject({ text: 'foo:bar', field: null })
  })

  it('accepts an unterminated phrase', () => {
    expect(parseQuery('"salvage bill')[0]).toMatchObject({ kind: 'phrase', text: 'salvage bill' })
  })

  it('never throws, whatever is typed', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (s) => Array.isArray(parseQuery(s))))
  })
})

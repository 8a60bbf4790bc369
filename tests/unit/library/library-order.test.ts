import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../../src-main/api/contract'
import { filterArticles, filterText, libraryOrders, sortArticles } from '../../../src-renderer/src/library/libraryOrder'

let next = 1
function article(fields: Partial<ArticleSummary>): ArticleSummary {
  const id = next++
  return {
    id,
    title: `Article ${id}`,
    outlet: null,
    publishedAt: null,
    url: null,
    language: null,
    sourceFile: `a${id}.txt`,
    wordCount: 100,
    importedAt: '2026-01-01T00:00:00Z',
    ...fields,
  }
}

const titles = (list: readonly ArticleSummary[]): string[] => list.map((a) => a.title)

describe('sortArticles', () => {
  it('keeps the list as it is with no sort, or a sort on a column that does not order', () => {
    const list = [article({ title: 'b' }), article({ title: 'a' })]
    expect(sortArticles(list, [], libraryOrders)).toBe(list)
    expect(sortArticles(list, [{ id: 'copies', desc: false }], libraryOrders)).toBe(list)
  })

  it('orders titles by locale, ignoring case and accents, numbers by value', () => {
    const list = ['Harbour 10', 'éclair', 'harbour 9', 'Zebra', 'apple'].map((title) => article({ title }))
    expect(titles(sortArticles(list, [{ id: 'title', desc: false }], libraryOrders))).toEqual([
      'apple', 'éclair', 'harbour 9', 'Harbour 10', 'Zebra',
    ])
    expect(titles(sortArticles(list, [{ id: 'title', desc: true }], libraryOrders))).toEqual([
      'Zebra', 'Harbour 10', 'harbour 9', 'éclair', 'apple',
    ])
  })

  it('keeps articles without an outlet or a date at the bottom in both directions', () => {
    const list = [
      article({ title: 'none 1' }),
      article({ title: 'Courier', outlet: 'Courier', publishedAt: '2026-02-01' }),
      article({ title: 'none 2' }),
      article({ title: 'Atlas', outlet: 'Atlas', publishedAt: '2026-03-01' }),
    ]
    expect(titles(sortArticles(list, [{ id: 'outlet', desc: false }], libraryOrders))).toEqual(['Atlas', 'Courier', 'none 1', 'none 2'])
    expect(titles(sortArticles(list, [{ id: 'outlet', desc: true }], libraryOrders))).toEqual(['Courier', 'Atlas', 'none 1', 'none 2'])
    expect(titles(sortArticles(list, [{ id: 'publishedAt', desc: true }], libraryOrders))).toEqual(['Atlas', 'Courier', 'none 1', 'none 2'])
  })

  it('orders numbers and timestamps by value, equal ones in list order', () => {
    const list = [
      article({ title: 'w900', wordCount: 900 }),
      article({ title: 'w80 first', wordCount: 80 }),
      article({ title: 'w1000', wordCount: 1000 }),
      article({ title: 'w80 second', wordCount: 80 }),
    ]
    expect(titles(sortArticles(list, [{ id: 'wordCount', desc: true }], libraryOrders))).toEqual(['w1000', 'w900', 'w80 first', 'w80 second'])
    expect(titles(sortArticles(list, [{ id: 'wordCount', desc: false }], libraryOrders))).toEqual(['w80 first', 'w80 second', 'w900', 'w1000'])
  })
})

describe('filterArticles', () => {
  it('matches title, outlet and source file, case-insensitively, and returns the list itself with no filter', () => {
    const list = [article({ title: 'Port strike' }), article({ outlet: 'Harbour Times' }), article({ sourceFile: 'harbour-notes.md' })]
    expect(filterArticles(list, '', filterText)).toBe(list)
    expect(filterArticles(list, 'harbour', filterText).map((a) => a.id)).toEqual([list[1]?.id, list[2]?.id])
    expect(filterArticles(list, 'strike', filterText).map((a) => a.id)).toEqual([list[0]?.id])
  })
})

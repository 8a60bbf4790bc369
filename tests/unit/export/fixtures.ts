import type { Annotation } from '../../../src-main/core/annotate/types'
import type { CitedArticle, ExportData } from '../../../src-main/core/export/types'

function annotation(over: Partial<Annotation> & Pick<Annotation, 'id' | 'articleId' | 'quote'>): Annotation {
  return {
    uuid: `00000000-0000-4000-8000-00000000000${over.id}`,
    prefix: 'before ',
    suffix: ' after',
    start: 10,
    end: 10 + over.quote.length,
    state: 'anchored',
    score: 1,
    currentText: over.quote,
    colour: 'yellow',
    note: '',
    tags: [],
    claimIds: [],
    page: null,
    createdAt: '2025-03-05T10:00:00.000Z',
    updatedAt: '2025-03-05T10:00:00.000Z',
    article: { title: 'Storm damages boats', outlet: 'Harbour Gazette', publishedAt: '2025-03-04', url: 'https://gazette.example/storm' },
    ...over,
  }
}

/** Invented notes with the characters that break careless writers: quotes, commas, newlines, markup. */
export function sampleData(grouping: 'article' | 'tag' = 'article'): ExportData {
  const articles = new Map<number, CitedArticle>([
    [1, { id: 1, title: 'Storm damages boats', outlet: 'Harbour Gazette', publishedAt: '2025-03-04', url: 'https://gazette.example/storm', pages: [] }],
    [2, { id: 2, title: 'Report <PDF> "final"', outlet: null, publishedAt: null, url: null, pages: [{ page: 1, start: 0 }, { page: 2, start: 500 }, { page: 3, start: 900 }] }],
  ])
  return {
    title: 'Crosscheck notes',
    scopeLabel: 'All notes',
    generatedAt: '2025-03-06T08:00:00.000Z',
    grouping,
    articles,
    claims: [
      { id: 7, articleId: 1, text: 'twelve boats, "at least"', kind: 'quantity', review: 'accepted', status: 'disputed', tags: ['boats'], clusterId: 3, quantities: ['twelve boats'], start: 1, end: 20 },
    ],
    annotations: [
      annotation({ id: 1, articleId: 1, quote: 'twelve fishing boats were damaged', note: 'Figure **disputed** by the\nport office, see claim.', tags: ['disputed', 'boats'], claimIds: [7], colour: 'red' }),
      annotation({
        id: 2,
        articleId: 2,
        quote: 'costs "rose", sharply\nin <March>',
        note: '=SUM(A1) # not a heading',
        tags: [],
        start: 620,
        end: 650,
        state: 'moved',
        article: { title: 'Report <PDF> "final"', outlet: null, publishedAt: null, url: null },
      }),
      annotation({ id: 3, articleId: 1, quote: 'the pier stays closed', tags: ['boats'] }),
    ],
  }
}

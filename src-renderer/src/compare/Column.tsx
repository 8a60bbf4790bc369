import type { JSX, Ref, UIEvent } from 'react'
import type { ComparedArticle } from '../../../src-main/api/contract'
import { formatDate } from '../format'
import { RELATION_LABEL, type ColumnSentence } from './segments'
import { SentenceText } from './SentenceText'

interface Props {
  side: 'a' | 'b'
  article: ComparedArticle
  sentences: ColumnSentence[]
  activePair: number | null
  onFollow: (pair: number, from: 'a' | 'b') => void
  onScroll: (e: UIEvent<HTMLDivElement>) => void
  scrollRef: Ref<HTMLDivElement>
}

/** Groups sentences into the article's paragraphs. */
function paragraphs(sentences: ColumnSentence[]): ColumnSentence[][] {
  const out: ColumnSentence[][] = []
  for (const s of sentences) {
    if (s.paragraph || out.length === 0) out.push([])
    out[out.length - 1]!.push(s)
  }
  return out
}

/** One article of a side-by-side comparison: its sentences coloured by relation, pairs numbered. */
export function Column({ side, article, sentences, activePair, onFollow, onScroll, scrollRef }: Readonly<Props>): JSX.Element {
  const label = side === 'a' ? 'A' : 'B'
  return (
    <section className="cmp-column" aria-label={`Source ${label}: ${article.title}`}>
      <header className="cmp-column-head">
        <span className={`cmp-side cmp-side-${side}`} aria-hidden="true">
          {label}
        </span>
        <div>
          <h3>{article.title || 'Untitled article'}</h3>
          <p className="muted">
            {article.outlet ?? 'Unknown outlet'} · {formatDate(article.publishedAt)} · #{article.id}
          </p>
        </div>
      </header>
      <div className="cmp-column-text" ref={scrollRef} onScroll={onScroll} data-side={side}>
        {sentences.length === 0 && <p className="muted">This article has no text left after cleaning.</p>}
        {paragraphs(sentences).map((para) => (
          <p key={para[0]!.start}>
            {para.map((s) => {
              const active = s.pair !== null && s.pair === activePair
              return (
                <span
                  key={s.start}
                  id={s.pair === null ? undefined : `cmp-${side}-pair-${s.pair}`}
                  data-sentence-start={s.start}
                  className={`cmp-sentence cmp-${s.relation}${active ? ' cmp-active' : ''}`}
                  onClick={() => {
                    // A click that ends a text selection is for the selection toolbar, not for following.
                    if (s.pair !== null && document.getSelection()?.isCollapsed !== false) onFollow(s.pair, side)
                  }}
                >
                  {s.pair !== null && (
                    <button
                      type="button"
                      className="cmp-pair-tag"
                      aria-pressed={active}
                      aria-label={`Pair ${s.pair + 1}, ${RELATION_LABEL[s.relation]}: show its counterpart in source ${side === 'a' ? 'B' : 'A'}`}
                      onClick={(e) => {
                        e.stopPropagation()
                        onFollow(s.pair!, side)
                      }}
                    >
                      {s.pair + 1}
                    </button>
                  )}
                  <SentenceText sentence={s} marks={s.marks} />{' '}
                </span>
              )
            })}
          </p>
        ))}
      </div>
    </section>
  )
}

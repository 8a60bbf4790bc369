import { useCallback, useMemo, useRef, useState, type JSX } from 'react'
import type { ComparedArticle, Comparison, Omission } from '../../../src-main/api/contract'
import { Column } from './Column'
import { ColumnSelection } from './ColumnSelection'
import { OmissionsList } from './OmissionsList'
import { PairDetail } from './PairDetail'
import { columnSentences } from './segments'
import { SummaryBar } from './SummaryBar'
import { useSyncedScroll } from './useSyncedScroll'

interface Props {
  a: ComparedArticle
  b: ComparedArticle
  comparison: Comparison
}

function reveal(container: HTMLElement | null, el: HTMLElement | null): void {
  if (!container || !el) return
  const top = el.getBoundingClientRect().top - container.getBoundingClientRect().top + container.scrollTop
  container.scrollTo({ top: Math.max(0, top - container.clientHeight / 3) })
  el.classList.remove('cmp-flash')
  void el.offsetWidth
  el.classList.add('cmp-flash')
}

/** Two sources in synchronised columns with the summary, the selected pair's detail and the omissions. */
export function SideBySide({ a, b, comparison }: Readonly<Props>): JSX.Element {
  const refA = useRef<HTMLDivElement>(null)
  const refB = useRef<HTMLDivElement>(null)
  const refs = useMemo(() => ({ a: refA, b: refB }), [])
  const [active, setActive] = useState<number | null>(null)
  const [sync, setSync] = useState(true)
  const onScroll = useSyncedScroll(refs, sync)
  const colA = useMemo(() => columnSentences(comparison, 'a', a.text), [comparison, a.text])
  const colB = useMemo(() => columnSentences(comparison, 'b', b.text), [comparison, b.text])
  const selectionColumns = useMemo(
    () => [
      { ref: refA, articleId: a.id, text: a.text },
      { ref: refB, articleId: b.id, text: b.text },
    ],
    [a, b],
  )

  const follow = useCallback((pair: number, from: 'a' | 'b') => {
    setActive(pair)
    const to = from === 'a' ? 'b' : 'a'
    const container = (to === 'a' ? refA : refB).current
    reveal(container, container?.querySelector<HTMLElement>(`#cmp-${to}-pair-${pair}`) ?? null)
  }, [])
  const showOmission = useCallback((o: Omission) => {
    const container = (o.side === 'a' ? refA : refB).current
    const sentences = [...(container?.querySelectorAll<HTMLElement>('[data-sentence-start]') ?? [])]
    const el = sentences.filter((s) => Number(s.dataset['sentenceStart']) <= o.start).pop() ?? null
    reveal(container, el)
  }, [])

  const pair = active === null ? undefined : comparison.pairs[active]
  return (
    <div className="cmp-side-by-side">
      <SummaryBar comparison={comparison} />
      <div className="cmp-toolbar">
        <label className="switch">
          <input type="checkbox" checked={sync} onChange={(e) => setSync(e.target.checked)} />
          Sync scrolling
        </label>
        <span className="cmp-legend muted" aria-label="Colour key">
          <span className="cmp-identical">identical</span>
          <span className="cmp-paraphrase">paraphrase</span>
          <span className="cmp-conflict">conflict</span>
          <span className="cmp-unique">only one side</span>
        </span>
      </div>
      <OmissionsList omissions={comparison.omissions} onShow={showOmission} />
      {pair && active !== null && <PairDetail pair={pair} index={active} onClose={() => setActive(null)} />}
      <ColumnSelection columns={selectionColumns} />
      <div className="cmp-columns">
        <Column side="a" article={a} sentences={colA} activePair={active} onFollow={follow} onScroll={onScroll} scrollRef={refA} />
        <Column side="b" article={b} sentences={colB} activePair={active} onFollow={follow} onScroll={onScroll} scrollRef={refB} />
      </div>
    </div>
  )
}

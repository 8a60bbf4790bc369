import { useEffect, useMemo, type JSX, type RefObject } from 'react'
import { findHighlights } from './findHighlights'
import { HighlightedText } from './highlightText'

/** `text` with every occurrence of the given words or phrases marked (none: plain text). */
export function HighlightTerms({ text, terms }: Readonly<{ text: string; terms: readonly string[] | undefined }>): JSX.Element {
  const ranges = useMemo(() => (terms?.length ? findHighlights(text, terms) : []), [text, terms])
  return ranges.length ? <HighlightedText text={text} ranges={ranges} /> : <>{text}</>
}

/** Scrolls the first <mark> inside `container` into view (and flags it) when the terms change. */
export function useScrollToFirstMark(container: RefObject<HTMLElement | null>, terms: readonly string[] | undefined, text: string): void {
  useEffect(() => {
    if (!terms?.length) return
    const first = container.current?.querySelector('mark')
    if (!first) return
    first.classList.add('first-match')
    first.scrollIntoView({ block: 'center' })
  }, [container, terms, text])
}

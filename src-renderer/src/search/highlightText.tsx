import type { JSX, ReactNode } from 'react'

/** Text with [start, end) ranges wrapped in <mark>, as React text nodes (never markup). */
export function HighlightedText({ text, ranges }: Readonly<{ text: string; ranges: ReadonlyArray<readonly [number, number]> }>): JSX.Element {
  const parts: ReactNode[] = []
  let at = 0
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  sorted.forEach(([start, end], i) => {
    if (start < at || end <= start || end > text.length) return
    if (start > at) parts.push(text.slice(at, start))
    parts.push(<mark key={i}>{text.slice(start, end)}</mark>)
    at = end
  })
  if (at < text.length) parts.push(text.slice(at))
  return <>{parts}</>
}

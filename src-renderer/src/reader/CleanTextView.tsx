import { useMemo, type JSX } from 'react'

interface Props {
  text: string
}

/** The clean text, one paragraph per blank-line-separated block. */
export function CleanTextView({ text }: Readonly<Props>): JSX.Element {
  const paragraphs = useMemo(
    () => text.split('\n\n').map((p) => p.trim()).filter((p) => p !== ''),
    [text],
  )
  if (paragraphs.length === 0) return <p className="muted">This article has no text left after cleaning.</p>
  return (
    <div className="clean-text">
      {paragraphs.map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </div>
  )
}

import { useEffect, useRef, useState, type JSX } from 'react'

const SYNTAX: Array<[string, string]> = [
  ['harbour closure', 'articles with all the words, best first'],
  ['+diesel -fog', 'must have "diesel", must not have "fog"'],
  ['"salvage bill"', 'the exact phrase, matched on word stems: also finds "salvaging bills"'],
  ['title:ferry', 'only in titles (also outlet:, tag:, notes:, body:)'],
  ['outlet:"Port Ledger"', 'a phrase in one field'],
  ['compens*', 'words starting with "compens"'],
  ['malmquist~1', 'words one letter away (~2: two letters)'],
  ['6,700  6 700  6.7k', 'numbers find each other however written (4.8m = 4.8 million)'],
  ['Pyongyang', 'accents are ignored: finds Pyŏngyang'],
]

/** The query syntax, in a popover opened by a button (Escape closes it). */
export function SearchHelp(): JSX.Element {
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') {
        setOpen(false)
        button.current?.focus()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [open])
  return (
    <div className="search-help">
      <button ref={button} type="button" aria-expanded={open} aria-controls="search-help-panel" onClick={() => setOpen((o) => !o)}>
        Search syntax
      </button>
      {open && (
        <div id="search-help-panel" className="search-help-panel" role="dialog" aria-label="Search syntax">
          <table>
            <tbody>
              {SYNTAX.map(([example, meaning]) => (
                <tr key={example}>
                  <td>
                    <code>{example}</code>
                  </td>
                  <td>{meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">Rare words are retried with small typos forgiven; the results say so.</p>
        </div>
      )}
    </div>
  )
}

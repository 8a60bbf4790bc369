import type { JSX } from 'react'
import { SHORTCUT_GROUPS } from './shortcuts'
import { useModalDialog } from './useModalDialog'

interface Props {
  onClose: () => void
  onStartTour: () => void
}

/** Every shortcut, grouped by where it works (`?` opens it, Escape closes it). */
export function HelpSheet({ onClose, onStartTour }: Readonly<Props>): JSX.Element {
  const ref = useModalDialog()
  return (
    <dialog ref={ref} className="shell-dialog help-sheet" aria-labelledby="help-title" onClose={onClose}>
      <h2 id="help-title">Keyboard shortcuts</h2>
      <div className="help-groups">
        {SHORTCUT_GROUPS.map((g) => (
          <section key={g.title} aria-labelledby={`help-${g.title}`}>
            <h3 id={`help-${g.title}`}>{g.title}</h3>
            <dl>
              {g.entries.map((e) => (
                <div key={e.does}>
                  <dt>
                    {e.keys.map((k) => (
                      <kbd key={k}>{k}</kbd>
                    ))}
                  </dt>
                  <dd>{e.does}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <form method="dialog" className="dialog-actions">
        <button type="button" onClick={onStartTour}>
          Start the tour
        </button>
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  )
}

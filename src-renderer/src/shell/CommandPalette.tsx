import { useId, useMemo, useState, type JSX, type KeyboardEvent } from 'react'
import type { Command } from './commands'
import { fuzzyFilter } from './fuzzy'
import { useModalDialog } from './useModalDialog'

interface Props {
  commands: readonly Command[]
  onClose: () => void
}

/** Ctrl/⌘+K: type a few letters of any command, ↑/↓ to choose, Enter to run, Escape to leave. */
export function CommandPalette({ commands, onClose }: Readonly<Props>): JSX.Element {
  const ref = useModalDialog()
  const id = useId()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const shown = useMemo(() => fuzzyFilter(commands, query, (c) => c.label), [commands, query])
  const current = Math.min(active, shown.length - 1)

  const run = (command: Command | undefined): void => {
    if (!command) return
    ref.current?.close()
    command.run()
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 }
    const step = moves[e.key]
    if (step !== undefined && shown.length > 0) {
      e.preventDefault()
      setActive((current + step + shown.length) % shown.length)
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault()
      setActive(e.key === 'Home' ? 0 : shown.length - 1)
    } else if (e.key === 'Enter') {
      e.preventDefault()
      run(shown[current])
    }
  }

  return (
    <dialog ref={ref} className="shell-dialog palette" aria-label="Command palette" onClose={onClose}>
      <input
        role="combobox"
        aria-label="Type a command"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={current >= 0 ? `${id}-${current}` : undefined}
        placeholder="Type a command: a view, import, export, theme, help…"
        value={query}
        autoFocus
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Commands" className="palette-list">
        {shown.map((c, i) => (
          <li
            key={c.id}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === current}
            onMouseMove={() => setActive(i)}
            onClick={() => run(c)}
          >
            <span>{c.label}</span>
            {c.shortcut && <kbd>{c.shortcut}</kbd>}
          </li>
        ))}
      </ul>
      {shown.length === 0 && (
        <p className="palette-empty" role="status">
          No command matches “{query.trim()}”. Try a view’s name, “import”, “export”, “theme” or “help”.
        </p>
      )}
    </dialog>
  )
}

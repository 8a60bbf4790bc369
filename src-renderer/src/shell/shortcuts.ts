import { VIEWS } from './views'

export interface ShortcutEntry {
  keys: string[]
  does: string
}

export interface ShortcutGroup {
  title: string
  entries: ShortcutEntry[]
}

/** Every keyboard shortcut, for the help sheet (README's keyboard line lists the same). */
export const SHORTCUT_GROUPS: ShortcutGroup[] = [
  {
    title: 'Anywhere',
    entries: [
      { keys: ['Ctrl/⌘ K'], does: 'Command palette: go anywhere, import, export, theme, tour' },
      { keys: ['?'], does: 'This list of shortcuts' },
      ...VIEWS.map((v) => ({ keys: [`Alt ${v.shortcut}`], does: `Show ${v.label}` })),
      { keys: ['Alt ←', 'Alt →'], does: 'Back and forward between views' },
      { keys: ['Ctrl/⌘ O'], does: 'Import files' },
      { keys: ['Esc'], does: 'Close a dialog or popover' },
    ],
  },
  {
    title: 'Library',
    entries: [
      { keys: ['/'], does: 'Filter articles by title, outlet or file' },
      { keys: ['↑', '↓', 'Page Up', 'Page Down', 'Home', 'End'], does: 'Move through the articles' },
      { keys: ['Enter', 'Space'], does: 'Open the article in the reader' },
    ],
  },
  {
    title: 'Search',
    entries: [
      { keys: ['↑', '↓'], does: 'Move through the results' },
      { keys: ['Enter'], does: 'Open the result at its match' },
    ],
  },
  {
    title: 'Reader and notes',
    entries: [
      { keys: ['Ctrl/⌘ Enter'], does: 'Save the note being edited' },
      { keys: ['Ctrl/⌘ Z'], does: 'Undo deleting a note' },
    ],
  },
]

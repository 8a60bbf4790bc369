import { THEMES, type ThemeChoice } from './themes'
import { VIEWS, type ViewId } from './views'

export interface Command {
  id: string
  label: string
  /** Shown beside the label, e.g. "Alt 3". */
  shortcut?: string
  run: () => void
}

export interface CommandTargets {
  go: (view: ViewId) => void
  back: () => void
  forward: () => void
  importFiles: () => void
  importFolder: () => void
  exportNotes: () => void
  setTheme: (theme: ThemeChoice) => void
  showHelp: () => void
  startTour: () => void
  switchWorkspace: () => void
  /** False while an import runs: the import and workspace commands are then left out. */
  canImport: boolean
}

/** Everything the command palette offers, in the order shown before typing. */
export function buildCommands(t: CommandTargets): Command[] {
  return [
    ...VIEWS.map((v) => ({ id: `view-${v.id}`, label: `Go to ${v.label}`, shortcut: `Alt ${v.shortcut}`, run: () => t.go(v.id) })),
    ...(t.canImport
      ? [
          { id: 'import-files', label: 'Import files…', shortcut: 'Ctrl/⌘ O', run: t.importFiles },
          { id: 'import-folder', label: 'Import a folder…', run: t.importFolder },
          { id: 'switch-workspace', label: 'Switch workspace…', run: t.switchWorkspace },
        ]
      : []),
    { id: 'export-notes', label: 'Export notes and claims…', run: t.exportNotes },
    ...THEMES.map((th) => ({ id: `theme-${th.id}`, label: `Theme: ${th.label}`, run: () => t.setTheme(th.id) })),
    { id: 'back', label: 'Back to the previous view', shortcut: 'Alt ←', run: t.back },
    { id: 'forward', label: 'Forward', shortcut: 'Alt →', run: t.forward },
    { id: 'help', label: 'Keyboard shortcuts', shortcut: '?', run: t.showHelp },
    { id: 'tour', label: 'Start the tour', run: t.startTour },
  ]
}

/** The analyst's colour scheme: System follows the OS (prefers-color-scheme), the others fix it. */
export const THEMES = [
  { id: 'system', label: 'System' },
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
] as const

export type ThemeChoice = (typeof THEMES)[number]['id']

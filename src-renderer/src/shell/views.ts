/** The main views, in sidebar order. Each feature adds its id here and its component in ViewHost. */
export const VIEWS = [
  { id: 'library', label: 'Library', shortcut: '1' },
  { id: 'search', label: 'Search', shortcut: '2' },
  { id: 'claims', label: 'Claims', shortcut: '3' },
  { id: 'compare', label: 'Compare', shortcut: '4' },
  { id: 'notes', label: 'Notes', shortcut: '5' },
  { id: 'imports', label: 'Imports', shortcut: '6' },
] as const

export type ViewId = (typeof VIEWS)[number]['id']

export function isViewId(value: string): value is ViewId {
  return VIEWS.some((v) => v.id === value)
}

import type { Colour } from '../../../src-main/api/contract'

/** Highlight colours with their names for people and their CSS values. */
export const COLOUR_CHOICES: ReadonlyArray<{ id: Colour; label: string; css: string }> = [
  { id: 'yellow', label: 'Yellow', css: '#f6d94a' },
  { id: 'green', label: 'Green', css: '#7fd08a' },
  { id: 'blue', label: 'Blue', css: '#8db7f2' },
  { id: 'red', label: 'Red', css: '#f28b8b' },
  { id: 'purple', label: 'Purple', css: '#c2a6f0' },
]

export function colourCss(c: Colour): string {
  return COLOUR_CHOICES.find((x) => x.id === c)?.css ?? '#f6d94a'
}

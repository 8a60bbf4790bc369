import type { JSX } from 'react'
import { THEMES, type ThemeChoice } from './theme'

interface Props {
  theme: ThemeChoice
  onChange: (theme: ThemeChoice) => void
}

/** System / Light / Dark as one radio group (arrow keys move between them). */
export function ThemePicker({ theme, onChange }: Readonly<Props>): JSX.Element {
  return (
    <fieldset className="theme-picker">
      <legend>Theme</legend>
      {THEMES.map((t) => (
        <label key={t.id}>
          <input type="radio" name="theme" value={t.id} checked={theme === t.id} onChange={() => onChange(t.id)} />
          <span>{t.label}</span>
        </label>
      ))}
    </fieldset>
  )
}

import { THEMES, type ThemeChoice } from './themes'

export { THEMES, type ThemeChoice }

const KEY = 'crosscheck.theme'

export function storedTheme(): ThemeChoice {
  try {
    const value = window.localStorage.getItem(KEY)
    return THEMES.some((t) => t.id === value) ? (value as ThemeChoice) : 'system'
  } catch {
    return 'system'
  }
}

/**
 * Sets the scheme on <html> (styles.css reads `data-theme` through `color-scheme` and
 * `light-dark()`), and remembers it. Called before the first render too, so nothing flashes.
 */
export function applyTheme(choice: ThemeChoice, remember = true): void {
  document.documentElement.dataset['theme'] = choice
  if (!remember) return
  try {
    window.localStorage.setItem(KEY, choice)
  } catch {
    // Storage refused (private mode): the choice holds for this window only.
  }
}

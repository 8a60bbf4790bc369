import { useCallback, useState } from 'react'
import { applyTheme, storedTheme, type ThemeChoice } from './theme'

export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [theme, setTheme] = useState<ThemeChoice>(storedTheme)
  const choose = useCallback((choice: ThemeChoice) => {
    applyTheme(choice)
    setTheme(choice)
  }, [])
  return [theme, choose]
}

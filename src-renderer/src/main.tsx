import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { captureToken } from './api/token'
import { App } from './App'
import { ErrorBoundary } from './components/ErrorBoundary'
import './styles.css'

captureToken()

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
)

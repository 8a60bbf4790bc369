import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { captureToken } from './api/token'
import { applyTheme, storedTheme } from './shell/theme'
import { App } from './App'
import { ErrorBoundary } from './components/ErrorBoundary'
import { WorkspacesGate } from './workspaces/WorkspacesGate'
import './styles.css'
// What selected text can become, in the reader and the comparison columns.
import './annotate/highlightAction'
import './claims/makeClaimAction'
import './reader/markSpamAction'

captureToken()
applyTheme(storedTheme(), false)

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <WorkspacesGate>
        <App />
      </WorkspacesGate>
    </ErrorBoundary>
  </StrictMode>,
)

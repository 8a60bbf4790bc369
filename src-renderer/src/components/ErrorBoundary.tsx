import { Component, type ErrorInfo, type ReactNode } from 'react'

interface Props {
  children: ReactNode
}

interface State {
  error: Error | null
}

/**
 * The last line of defence: a render error shows what broke and a way back, never a white
 * screen. (Error boundaries must still be classes in React 19.)
 */
export class ErrorBoundary extends Component<Readonly<Props>, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Crosscheck window error', error, info.componentStack)
  }

  override render(): ReactNode {
    const { error } = this.state
    if (error === null) return this.props.children
    return (
      <main className="fatal" role="alert">
        <h1>Something went wrong in this window</h1>
        <p>{error.message || error.name}</p>
        <p className="muted">Your workspace is safe: nothing is lost by reloading.</p>
        <div className="fatal-actions">
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <button type="button" onClick={() => window.location.reload()}>
            Reload window
          </button>
        </div>
      </main>
    )
  }
}

import type { JSX } from 'react'
import { nextStep } from './nextStep'

interface Props {
  /** What was being attempted, e.g. "Could not load the article". */
  title: string
  error: Error
  onRetry?: () => unknown
  onDismiss?: () => void
}

/** A visible, specific failure message with optional retry and dismiss buttons. */
export function ErrorAlert({ title, error, onRetry, onDismiss }: Readonly<Props>): JSX.Element {
  const next = nextStep(error, onRetry !== undefined)
  return (
    <div className="error-alert" role="alert">
      <p>
        <strong>{title}.</strong> {error.message}
        {next && <span className="error-next"> {next}</span>}
      </p>
      {onRetry && (
        <button type="button" onClick={() => void onRetry()}>
          Try again
        </button>
      )}
      {onDismiss && (
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  )
}

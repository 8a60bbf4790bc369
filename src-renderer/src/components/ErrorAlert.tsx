import type { JSX } from 'react'

interface Props {
  /** What was being attempted, e.g. "Could not load the article". */
  title: string
  error: Error
  onRetry?: () => unknown
  onDismiss?: () => void
}

/** A visible, specific failure message with optional retry and dismiss buttons. */
export function ErrorAlert({ title, error, onRetry, onDismiss }: Readonly<Props>): JSX.Element {
  return (
    <div className="error-alert" role="alert">
      <p>
        <strong>{title}.</strong> {error.message}
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

/** The annotation undo stack (delete, edit, create), shared by the reader panel and the notes view. */
export interface UndoStep {
  /** What undoing does, for the button: "Undo delete". */
  label: string
  articleId: number
  run: () => Promise<void>
}

const steps: UndoStep[] = []
const listeners = new Set<() => void>()

export function pushUndo(step: UndoStep): void {
  steps.push(step)
  if (steps.length > 50) steps.shift()
  for (const l of listeners) l()
}

export function peekUndo(): UndoStep | undefined {
  return steps[steps.length - 1]
}

/** Runs the latest step (and forgets it). */
export async function undoLast(): Promise<UndoStep | undefined> {
  const step = steps.pop()
  for (const l of listeners) l()
  if (step) await step.run()
  return step
}

export function onUndoChanged(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

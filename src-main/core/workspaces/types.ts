/** The problem shapes, type-only so the renderer can import them (no Node here). */
export const PROBLEM_CODES = ['missing', 'not_a_database', 'corrupt', 'foreign', 'too_new', 'read_only', 'disk_full', 'unknown'] as const
export type ProblemCode = (typeof PROBLEM_CODES)[number]

/** The ways out a problem screen offers as buttons. */
export type WayOut = 'open_another' | 'create_new' | 'restore_backup' | 'retry'

export interface WorkspaceProblem {
  code: ProblemCode
  /** The file that failed. */
  path: string
  /** One line: what happened. */
  title: string
  /** What happened, in a sentence or two, and that nothing was changed where that is true. */
  message: string
  /** What to do, in the order worth trying. */
  advice: string[]
  ways: WayOut[]
  /** The underlying error text, for a report (never a stack trace). */
  detail?: string
}

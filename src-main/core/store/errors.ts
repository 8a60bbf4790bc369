/** The workspace file was written by a newer Crosscheck; opening it could destroy data. */
export class DbFromFutureError extends Error {
  override name = 'DbFromFutureError'
  constructor(
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `This workspace was saved by a newer version of Crosscheck (schema ${fileVersion}; this app knows up to ${appVersion}). ` +
        'Update Crosscheck, or open another workspace.',
    )
  }
}

/** SQLite's quick_check found damage; the analyst must restore or choose another file. */
export class DbCorruptError extends Error {
  override name = 'DbCorruptError'
  constructor(detail: string) {
    super(`The workspace file is damaged (${detail}). Restore it from a backup or open another workspace.`)
  }
}

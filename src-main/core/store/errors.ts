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

/** The file is an SQLite database, but another program's: Crosscheck must not write to it. */
export class DbForeignError extends Error {
  override name = 'DbForeignError'
  constructor(detail: string) {
    super(`This is an SQLite database, but not a Crosscheck workspace (${detail}). Crosscheck left it untouched; open a workspace file instead.`)
  }
}

/** The file is not an SQLite database at all (a document, an archive, ...). */
export class DbNotADatabaseError extends Error {
  override name = 'DbNotADatabaseError'
  constructor() {
    super('This file is not a Crosscheck workspace: it is not a database at all. Open a workspace file, or create one and import documents into it.')
  }
}

/** The file or its folder cannot be written (permissions, read-only media, a locked share). */
export class DbReadOnlyError extends Error {
  override name = 'DbReadOnlyError'
  constructor(readonly where: 'file' | 'folder') {
    super(`The workspace ${where} is read-only, so Crosscheck cannot save work in it.`)
  }
}

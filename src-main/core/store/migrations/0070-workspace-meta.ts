/**
 * Workspace facts that belong to the file itself rather than to the app (its display name), and
 * SQLite's application id, so any later open can tell a Crosscheck workspace from another
 * program's database before writing a byte to it.
 */
export const version = 70

/** "CCK1" as a big-endian 32-bit integer: SQLite stores it at offset 68 of the header. */
export const CROSSCHECK_APPLICATION_ID = 0x43434b31

export const sql = `
CREATE TABLE workspace_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
PRAGMA application_id = ${CROSSCHECK_APPLICATION_ID};
`

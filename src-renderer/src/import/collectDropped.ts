/** A file chosen for import, with the name it is reported under (its path relative to the pick). */
export interface PickedFile {
  name: string
  /** Null when the file could not even be listed or opened; `problem` then says why. */
  file: File | null
  problem: string | null
}

/** Files from an `<input type=file>`; folder picks carry their relative path. */
export function fromFileList(list: FileList | null): PickedFile[] {
  return Array.from(list ?? [], (file) => ({ file, name: file.webkitRelativePath || file.name, problem: null }))
}

/**
 * Everything dropped: files, and folders walked recursively. The entries must be taken from
 * the DataTransfer synchronously, during the drop event; the walk itself is asynchronous.
 */
export async function collectDropped(transfer: DataTransfer): Promise<PickedFile[]> {
  const entries: FileSystemEntry[] = []
  const loose: File[] = []
  for (const item of Array.from(transfer.items)) {
    if (item.kind !== 'file') continue
    const entry = item.webkitGetAsEntry()
    if (entry) entries.push(entry)
    else {
      const file = item.getAsFile()
      if (file) loose.push(file)
    }
  }
  if (entries.length === 0 && loose.length === 0) return fromFileList(transfer.files)
  const picked: PickedFile[] = loose.map((file) => ({ file, name: file.name, problem: null }))
  for (const entry of entries) await walk(entry, picked)
  return picked
}

async function walk(entry: FileSystemEntry, into: PickedFile[]): Promise<void> {
  const name = entry.fullPath.replace(/^\/+/, '') || entry.name
  try {
    if (isFile(entry)) {
      const file = await new Promise<File>((resolve, reject) => entry.file(resolve, reject))
      into.push({ file, name, problem: null })
    } else if (isDirectory(entry)) {
      for (const child of await readAll(entry.createReader())) await walk(child, into)
    }
  } catch (error) {
    const what = entry.isDirectory ? 'folder' : 'file'
    into.push({ file: null, name, problem: `Could not read this ${what}: ${domErrorText(error)}` })
  }
}

function domErrorText(error: unknown): string {
  return error instanceof Error || error instanceof DOMException ? error.message : 'permission denied or moved'
}

/** readEntries hands out a folder's entries in batches (100 at a time in Chromium) until empty. */
async function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = []
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject))
    if (batch.length === 0) return all
    all.push(...batch)
  }
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory
}

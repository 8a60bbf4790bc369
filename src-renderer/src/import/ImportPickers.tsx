import type { JSX, Ref } from 'react'
import { fromFileList, type PickedFile } from './collectDropped'

const ACCEPT = '.txt,.md,.markdown,.html,.htm,.pdf,.docx,.eml,.jsonl,.ndjson,.json,.csv,.tsv'

interface Props {
  filesRef: Ref<HTMLInputElement>
  folderRef: Ref<HTMLInputElement>
  onFiles: (files: PickedFile[]) => void
}

/** The two hidden pickers behind "Import files" and "Import folder". */
export function ImportPickers({ filesRef, folderRef, onFiles }: Readonly<Props>): JSX.Element {
  function take(input: HTMLInputElement): void {
    const files = fromFileList(input.files)
    input.value = '' // so picking the same files again still counts as a change
    onFiles(files)
  }
  return (
    <>
      <input
        ref={filesRef}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        aria-label="Files to import"
        onChange={(e) => take(e.currentTarget)}
      />
      <input
        ref={folderRef}
        type="file"
        multiple
        hidden
        aria-label="Folder to import"
        onChange={(e) => take(e.currentTarget)}
      />
    </>
  )
}

import type { Sentence } from '../../../src-main/api/contract'

/** Text the analyst selected in the clean text: offsets into the article's clean text. */
export type TextSelection = Sentence

/**
 * What can be done with selected text in the reader (make it a claim, highlight it, ...).
 * Features add an entry here; the reader shows one button per entry while text is selected.
 */
export interface SelectionAction {
  label: string
  run: (articleId: number, selection: TextSelection) => void | Promise<void>
}

export const SELECTION_ACTIONS: SelectionAction[] = []

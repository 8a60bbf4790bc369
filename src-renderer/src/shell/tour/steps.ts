import type { ViewId } from '../views'

export interface TourStep {
  title: string
  body: string
  /** The view the step shows. */
  view: ViewId
  /** A CSS selector of the control the step is about; it is outlined while the step is shown. */
  target?: string
}

/** The first-run walk through the demo workspace: one stop per thing an analyst does in a day. */
export const TOUR_STEPS: TourStep[] = [
  {
    title: 'Import',
    view: 'library',
    target: '.top-actions button',
    body: 'Bring in articles with Import files (Ctrl/⌘ O), Import folder, or by dropping files on the window: HTML, text, Markdown, PDF, e-mail, JSON or CSV. Each run gets a report of what was imported, repeated or refused; past runs stay under Imports.',
  },
  {
    title: 'Search',
    view: 'search',
    target: 'input[aria-label="Search articles"]',
    body: 'Search every article as you type: words, “exact phrases”, title:word, -exclude. Figures match however they are written, so try “1,200 tonnes”. ↑ and ↓ move through the results; Enter opens one at its match.',
  },
  {
    title: 'A claim conflict',
    view: 'claims',
    target: '#claims-tab-clusters',
    body: 'Crosscheck lifts claims (figures, quotes, attributions) out of every article and groups the same claim from different outlets. Open Clusters: the demo’s sources disagree on how much fuel spilled. Pick the figure that holds and note why.',
  },
  {
    title: 'A comparison',
    view: 'compare',
    target: '.cmp-view',
    body: 'Pick two articles to read them side by side, with shared sentences linked and what each one adds or leaves out marked; pick up to six for a matrix. Copies of one original (worldnewshub24 copies Harbour Wire) are flagged for you.',
  },
  {
    title: 'An annotation',
    view: 'library',
    target: '.reader',
    body: 'Open an article, select a passage in the reader and choose Highlight: give it a colour, a note and tags, and link it to claims. Ctrl/⌘ Z undoes a deleted note.',
  },
  {
    title: 'An export',
    view: 'notes',
    target: '.notes-header button',
    body: 'Every highlight and note is gathered here, filterable by tag, outlet or colour. Export them with citations as Markdown, a printable page, Word, Web Annotation JSON or a spreadsheet, and back up the whole workspace from the same place. Ctrl/⌘ K finds any command; ? lists every shortcut.',
  },
]

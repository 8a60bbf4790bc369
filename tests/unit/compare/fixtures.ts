/**
 * Invented articles for the comparison tests (fiction: the town of Brenmoor, its dam and its
 * people). The spun rewrite uses the substitutions article spinners commonly make, not the demo's.
 */
export const ORIGINAL = [
  'Brenmoor dam engineers warn of cracks after heavy rain',
  'BRENMOOR - Engineers at the Brenmoor reservoir said on Monday that they had found three new cracks in the old dam after a week of heavy rain.',
  'About 2,400 residents of the valley below the dam were told to prepare for a possible evacuation, the regional government said.',
  'The dam, built in 1962, holds roughly 18 million cubic metres of water.',
  '"We are not in danger today, but we need to act quickly," chief engineer Petra Lund said at a press conference.',
  'The city council will meet on Tuesday to decide whether to lower the water level by opening the spillway.',
  'Farmers downstream have argued against releasing water for years, saying it floods their fields.',
  'Repairs could cost up to 40 million euros, according to an early estimate by the water authority.',
].join('\n\n')

/** The original through a spinner: synonyms swapped, idioms garbled, numbers and names kept. */
export const SPUN = [
  'Brenmoor dam engineers caution of cracks after heavy rain',
  'BRENMOOR - Engineers on the Brenmoor reservoir stated on Monday that they had discovered three new cracks within the old dam after per week of heavy rain.',
  'Approximately 2,400 inhabitants of the valley beneath the dam had been informed to put together for a doable evacuation, the regional administration mentioned.',
  'The dam, constructed in 1962, holds roughly 18 million cubic metres of water.',
  '"We aren\'t in hazard at present, however we have to act rapidly," chief engineer Petra Lund stated at a press convention.',
  'The metropolis council will meet on Tuesday to determine whether or not to lower the water degree by opening the spillway.',
  'Farmers downstream have argued in opposition to releasing water for years, saying it floods their fields.',
  'Repairs might price as much as 40 million euros, in accordance with an early estimate by the water authority.',
].join('\n\n')

/** The original re-hosted: the same text inside a scraper's wrapping. */
export const REHOSTED = [
  'Home > News > Brenmoor dam engineers warn of cracks after heavy rain',
  ORIGINAL,
  'Share this: Facebook | X | Email',
  'Related posts: Rain records broken across the north … Read more',
].join('\n\n')

/** Another outlet's report on the same event: other words, other figures, other quotes. */
export const OTHER_REPORT = [
  'Cracks found in Brenmoor dam as valley told to get ready to leave',
  'Inspectors discovered cracks in the Brenmoor dam on Monday, and 3,100 residents living below it were asked to be ready to leave their homes.',
  'The dam, which dates from 1962, holds roughly 18 million cubic metres of water.',
  'Mayor Jonas Ekberg said the city council would meet on Wednesday to decide whether to open the spillway.',
  'Repairs could cost up to 25 million euros, according to an early estimate by the water authority.',
  'Local shops reported brisk sales of sandbags and bottled water.',
].join('\n\n')

/** Nothing to do with the dam. */
export const UNRELATED = [
  'Chess club celebrates fiftieth season',
  'The Harwick chess club opened its fiftieth season with a simultaneous exhibition in the library hall.',
  'Twelve players took on the club champion, who won nine games and drew the rest.',
  'New members are welcome on Thursday evenings.',
].join('\n\n')

/** The original with its paragraphs in another order. */
export const REORDERED = ORIGINAL.split('\n\n').reverse().join('\n\n')

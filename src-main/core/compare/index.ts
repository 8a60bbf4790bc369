/** Source comparison and copy detection: the entry points other code (and the benchmark) uses. */
export { compareAnalysed, compareTexts } from './document'
export { compareMany, MAX_COMPARED } from './matrix'
export { analyseText } from './tokens'
export { copyFamilies, copyOfArticle, copyOfMap, detectCopies, listCopyEdges } from './copies'
export { TUNABLES } from './tunables'
export type * from './types'

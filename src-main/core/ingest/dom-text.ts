/**
 * A page's visible text as lines, one per block element, read from a linkedom DOM. The walk is
 * iterative (no recursion), so a page of 10,000 nested elements cannot overflow the stack.
 */

/** The slice of the DOM node interface the walk needs (linkedom's nodes provide it). */
export interface DomNode {
  nodeType: number
  nodeName: string
  nodeValue: string | null
  firstChild: DomNode | null
  nextSibling: DomNode | null
  parentNode: DomNode | null
  getAttribute?: (name: string) => string | null
  hasAttribute?: (name: string) => boolean
}

const ELEMENT = 1
const TEXT = 3

/** Never visible: their text is code, data or a fallback for what the page shows instead. */
const INVISIBLE = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link', 'svg', 'math', 'iframe', 'object',
  'embed', 'canvas', 'select', 'option', 'textarea', 'input', 'video', 'audio', 'map', 'frameset', 'frame',
])

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'button',
])

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i

/** What kind of page region an element is, from its tag, role, class and id. */
export type Landmark = 'navigation' | 'footer' | 'related' | 'comments' | 'share'

export interface VisibleText {
  lines: string[]
  /** For each line, the innermost landmark around it (null inside plain content). */
  landmarks: Array<Landmark | null>
  /** How deep the element tree goes below `root`. */
  maxDepth: number
}

/** The visible text under `root`, one trimmed, whitespace-collapsed line per block. */
export function visibleLines(root: DomNode): VisibleText {
  const lines: string[] = []
  const landmarks: Array<Landmark | null> = []
  // One entry per open element we descended into: its landmark, or the one inherited from above.
  const stack: Array<Landmark | null> = []
  let buffer = ''
  let pre = 0
  let depth = 0
  let maxDepth = 0
  const flush = (): void => {
    const text = buffer.replace(/\s+/g, ' ').trim()
    if (text) {
      lines.push(text)
      landmarks.push(stack[stack.length - 1] ?? null)
    }
    buffer = ''
  }
  const leave = (el: DomNode): void => {
    const tag = el.nodeName.toLowerCase()
    if (tag === 'pre') pre--
    if (BLOCKS.has(tag)) flush()
    stack.pop()
  }

  let node = root.firstChild
  while (node) {
    let descend = false
    if (node.nodeType === TEXT) {
      appendText(node.nodeValue ?? '')
    } else if (node.nodeType === ELEMENT) {
      const tag = node.nodeName.toLowerCase()
      if (tag === 'br') {
        flush()
      } else if (!INVISIBLE.has(tag) && !isHidden(node, tag)) {
        if (BLOCKS.has(tag)) flush()
        if (tag === 'pre') pre++
        stack.push(landmarkOf(node, tag) ?? stack[stack.length - 1] ?? null)
        if (node.firstChild) descend = true
        else leave(node)
      }
    }
    if (descend && node.firstChild) {
      node = node.firstChild
      depth++
      if (depth > maxDepth) maxDepth = depth
      continue
    }
    let next: DomNode | null = null
    while (node && node !== root) {
      if (node.nextSibling) {
        next = node.nextSibling
        break
      }
      node = node.parentNode
      depth--
      if (node && node !== root) leave(node)
    }
    node = next
  }
  flush()
  return { lines, landmarks, maxDepth }

  function appendText(text: string): void {
    if (pre === 0) {
      buffer += text
      return
    }
    const parts = text.split('\n')
    parts.forEach((part, i) => {
      if (i > 0) flush()
      buffer += part
    })
  }
}

const LANDMARK_TAGS: Readonly<Record<string, Landmark>> = { nav: 'navigation', footer: 'footer', aside: 'related' }
const LANDMARK_ROLES: Readonly<Record<string, Landmark>> = {
  navigation: 'navigation', contentinfo: 'footer', complementary: 'related', banner: 'navigation',
}
const LANDMARK_NAMES: ReadonlyArray<[RegExp, Landmark]> = [
  [/comment|disqus|respond|reply/i, 'comments'],
  [/related|recommend|more-stories|read-?more|trending|popular|also-like/i, 'related'],
  [/share|social|newsletter|subscribe|advert|(?:^|[\s_-])ads?(?:$|[\s_-])|sponsor|promo|cookie/i, 'share'],
  [/breadcrumb|menu|(?:^|[\s_-])nav|masthead|site-header/i, 'navigation'],
  [/footer|copyright|colophon/i, 'footer'],
]

function landmarkOf(el: DomNode, tag: string): Landmark | null {
  const byTag = LANDMARK_TAGS[tag]
  if (byTag) return byTag
  const role = el.getAttribute?.('role')
  if (role && LANDMARK_ROLES[role]) return LANDMARK_ROLES[role] ?? null
  const names = `${el.getAttribute?.('class') ?? ''} ${el.getAttribute?.('id') ?? ''}`.slice(0, 300)
  if (names.trim() === '') return null
  for (const [re, landmark] of LANDMARK_NAMES) if (re.test(names)) return landmark
  return null
}

function isHidden(el: DomNode, tag: string): boolean {
  if (!el.getAttribute) return false
  if (el.hasAttribute?.('hidden')) return true
  if (el.getAttribute('aria-hidden') === 'true') return true
  if (tag === 'dialog' && !el.hasAttribute?.('open')) return true
  const style = el.getAttribute('style')
  return style !== null && style.length < 2000 && HIDING_STYLE.test(style)
}

/** Calls `visit` for every element under `root`, in document order, without recursion. */
export function forEachElement(root: DomNode, visit: (el: DomNode, tag: string) => void): void {
  let node = root.firstChild
  while (node) {
    if (node.nodeType === ELEMENT) visit(node, node.nodeName.toLowerCase())
    if (node.nodeType === ELEMENT && node.firstChild) {
      node = node.firstChild
      continue
    }
    let next: DomNode | null = null
    while (node && node !== root) {
      if (node.nextSibling) {
        next = node.nextSibling
        break
      }
      node = node.parentNode
    }
    node = next
  }
}

/** The text under `el` (all of it, visible or not), without recursion. */
export function textOf(el: DomNode): string {
  let text = ''
  let node = el.firstChild
  while (node) {
    if (node.nodeType === TEXT) text += node.nodeValue ?? ''
    if (node.firstChild) {
      node = node.firstChild
      continue
    }
    let next: DomNode | null = null
    while (node && node !== el) {
      if (node.nextSibling) {
        next = node.nextSibling
        break
      }
      node = node.parentNode
    }
    node = next
  }
  return text
}

import type { Page } from '@playwright/test'

/** Installed before the app loads: records CSP violations (each one means hostile markup reached the DOM). */
export async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.defineProperty(window, '__cspViolations', { value: seen })
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
}

export interface Inertness {
  /** What a payload's script would have set. */
  pwned: unknown
  cspViolations: string[]
  /** Elements or attributes in the app's DOM that only imported markup could have put there. */
  foreignMarkup: string[]
}

/** Looks at the live page: did anything run, was anything blocked, is any imported markup in the DOM? */
export function inspect(page: Page): Promise<Inertness> {
  return page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown; __cspViolations?: string[] }
    const root = document.getElementById('root')
    const foreign: string[] = []
    // None of these is ever rendered by the app itself.
    const tags = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'style', 'video', 'audio', 'picture', 'source', 'img', 'math', 'template', 'noscript', 'foreignobject', 'animate', 'set'])
    const urlAttrs = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'ping', 'style', 'srcdoc'])
    for (const el of Array.from(root?.querySelectorAll('*') ?? [])) {
      const tag = el.tagName.toLowerCase()
      if (tags.has(tag)) foreign.push(`<${tag}>`)
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase()
        if (name.startsWith('on')) foreign.push(`${tag}[${name}]`)
        if (name === 'srcdoc' || name === 'ping') foreign.push(`${tag}[${name}]`)
        if (urlAttrs.has(name) && /javascript:|exfil\.invalid|https?:\/\//i.test(attr.value)) foreign.push(`${tag}[${name}=${attr.value.slice(0, 60)}]`)
      }
    }
    return { pwned: w.__pwned, cspViolations: [...(w.__cspViolations ?? [])], foreignMarkup: foreign }
  })
}

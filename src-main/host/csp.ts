/**
 * The one Content-Security-Policy of the app. index.html gets it at build time (a Vite plugin
 * fills the placeholder), the browser host and Electron send it as a header. Imported articles
 * are untrusted: only our own bundle may run, style or load; nothing from another origin.
 */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  ['media-src', "'none'"],
  ['manifest-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
]

export const APP_CSP: string = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ')

/** frame-ancestors only counts in a header (a <meta> ignores it with a console warning), so only the header adds it. */
export const APP_CSP_HEADER: string = `${APP_CSP}; frame-ancestors 'none'`

/** What index.html carries where the policy goes. */
export const CSP_PLACEHOLDER = '%CROSSCHECK_CSP%'

/** Puts the policy into index.html; a page without the placeholder is a build error, not a page without a CSP. */
export function injectCsp(html: string): string {
  if (!html.includes(CSP_PLACEHOLDER)) throw new Error(`index.html has no ${CSP_PLACEHOLDER} placeholder for the Content-Security-Policy`)
  return html.replaceAll(CSP_PLACEHOLDER, APP_CSP)
}

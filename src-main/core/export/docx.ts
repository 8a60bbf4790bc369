/**
 * A minimal valid DOCX (WordprocessingML in a ZIP): headings per article or tag, each quote as an
 * indented italic paragraph, its note, tags and citation. Opens in Word and LibreOffice.
 */
import { citation, groups, stateLabel } from './citation'
import type { ExportData } from './types'
import { zip } from './zip'

/** Escapes XML text and drops characters XML 1.0 cannot carry (control characters from bad imports). */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

function run(text: string, props = ''): string {
  const lines = text.split(/\r?\n/u)
  const parts = lines.map((l, i) => `${i ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(l)}</w:t>`).join('')
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${parts}</w:r>`
}

function para(text: string, style?: string, props = ''): string {
  return `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${run(text, props)}</w:p>`
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="360"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="567"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Citation"><w:name w:val="Citation"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="555E6B"/><w:sz w:val="18"/></w:rPr></w:style>
</w:styles>`

/** word/document.xml of the notes. */
export function documentXml(data: ExportData): string {
  const body: string[] = [para(data.title, 'Title'), para(`${data.scopeLabel} · ${data.annotations.length} notes · exported ${data.generatedAt}`, 'Citation')]
  for (const g of groups(data)) {
    body.push(para(g.heading, 'Heading1'))
    if (g.article) {
      const facts = [g.article.outlet, g.article.publishedAt, g.article.url].filter((f): f is string => Boolean(f))
      if (facts.length) body.push(para(facts.join(' · '), 'Citation'))
    }
    for (const a of g.items) {
      body.push(para(a.quote, 'Quote'))
      const state = stateLabel(a)
      if (state) body.push(para(`(${state})`, 'Citation'))
      if (a.note.trim()) body.push(para(a.note.trim()))
      if (a.tags.length) body.push(para(`Tags: ${a.tags.join(', ')}`, 'Citation'))
      body.push(para(`— ${citation(a, data.articles.get(a.articleId))}`, 'Citation'))
    }
  }
  if (data.annotations.length === 0) body.push(para('No annotations in this selection.'))
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>`

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`

const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`

/** The notes as DOCX bytes. */
export function toDocx(data: ExportData): Uint8Array {
  const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)
  return zip([
    { name: '[Content_Types].xml', data: utf8(CONTENT_TYPES) },
    { name: '_rels/.rels', data: utf8(ROOT_RELS) },
    { name: 'word/document.xml', data: utf8(documentXml(data)) },
    { name: 'word/_rels/document.xml.rels', data: utf8(DOC_RELS) },
    { name: 'word/styles.xml', data: utf8(STYLES) },
  ])
}

// A saved page as the text a browser's "save as text" gives: one line per block element, pictures as
// their file names. The text reader (parse/read-page.ts) then finds what the metadata does not say.
import type { AnyNode, Document } from 'domhandler'
import { isTag, isText } from 'domhandler'
import { getAttributeValue } from './dom'

const BREAKS = new Set(['p', 'div', 'section', 'article', 'blockquote', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'title', 'header', 'footer', 'nav', 'ul', 'ol', 'table', 'dt', 'dd', 'figcaption', 'center', 'span'])
const SKIP = new Set(['head'])

/** The document's visible text, a line per block. */
export function documentToText(doc: Document): string {
  const out: string[] = []
  const walk = (node: AnyNode) => {
    if (isText(node)) {
      out.push(node.data.replace(/[\s\u00a0]+/g, ' '))
      return
    }
    if (!isTag(node)) return
    if (SKIP.has(node.name)) return
    if (node.name === 'img') {
      const src = getAttributeValue(node, 'data-src') ?? getAttributeValue(node, 'src') ?? ''
      const file = src.split(/[?#]/)[0].split('/').pop() ?? ''
      out.push(`\n${/\.(?:jpe?g|png|gif|webp|bmp)$/i.test(file) ? file : '图片'}\n`)
      return
    }
    // Inline spans stay inline unless they hold whole lines of the page's chrome; a span break costs little.
    const breaks = BREAKS.has(node.name) && node.name !== 'span'
    if (breaks) out.push('\n')
    for (const child of node.children) walk(child)
    if (breaks) out.push('\n')
  }
  for (const child of doc.children) walk(child)
  return out.join('')
}

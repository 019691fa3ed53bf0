// The parsed document, cleaned of everything that is not content: scripts, styles, frames, forms and
// comments are removed (and counted, so the editor is told), never executed or kept.
import { parseDocument } from 'htmlparser2'
import type { AnyNode, Document, Element } from 'domhandler'
import { isTag, isText } from 'domhandler'
import { findAll, getAttributeValue, removeElement } from 'domutils'

const DROPPED = new Set(['script', 'style', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'template', 'svg', 'canvas', 'audio', 'video', 'button', 'select', 'textarea', 'input'])

/** A cleaned document and how many active or non-content elements were removed from it. */
export function parseCleanDocument(html: string): { doc: Document; removed: number } {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true })
  let removed = 0
  const doomed: AnyNode[] = []
  const visit = (node: AnyNode) => {
    if (node.type === 'comment' || node.type === 'directive' || node.type === 'cdata') {
      if (node.type !== 'directive') doomed.push(node)
      return
    }
    if (isTag(node) && DROPPED.has(node.name)) {
      if (node.name === 'script' || node.name === 'iframe' || node.name === 'object' || node.name === 'embed') removed++
      doomed.push(node)
      return
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(doc)
  for (const node of doomed) removeElement(node)
  return { doc, removed }
}

/** Text of a node with whitespace collapsed (what a reader sees, not the source's line breaks). */
export function textOf(node: AnyNode): string {
  if (isText(node)) return node.data
  if (isTag(node) && node.name === 'br') return '\n'
  if ('children' in node) return node.children.map(textOf).join('')
  return ''
}

/** The `content` of `<meta name=…>` or `<meta property=…>`, trimmed, or undefined. */
export function metaContent(doc: Document, name: string): string | undefined {
  const lower = name.toLowerCase()
  const meta = findAll((el) => el.name === 'meta' && ((getAttributeValue(el, 'name') ?? getAttributeValue(el, 'property') ?? '').toLowerCase() === lower), doc.children)[0]
  const value = meta ? getAttributeValue(meta, 'content')?.trim() : undefined
  return value ? value : undefined
}

/** All elements matching a predicate, in document order. */
export function elements(root: AnyNode[] | Document, test: (el: Element) => boolean): Element[] {
  return findAll(test, Array.isArray(root) ? root : root.children)
}

export { getAttributeValue }

// Where the article is inside a saved page. Sites name their article box (TRS/Hanweb government
// CMSs: .TRS_Editor, #zoom; WeChat: #js_content); otherwise the element holding the most paragraph text.
import type { Document, Element } from 'domhandler'
import { elements, getAttributeValue, textOf } from './dom'

/** Known article containers, most specific first. */
const KNOWN: Array<(el: Element) => boolean> = [
  (el) => getAttributeValue(el, 'id') === 'js_content',
  (el) => hasClass(el, 'rich_media_content'),
  (el) => hasClass(el, 'TRS_Editor') || hasClass(el, 'trs_editor_view'),
  (el) => getAttributeValue(el, 'id') === 'zoom',
  (el) => /^(?:article[-_]?content|news[-_]?content|content[-_]?text|art[-_]?con|article[-_]?body|detail[-_]?content|news_txt|con_text)$/i.test(getAttributeValue(el, 'class') ?? '') || /^(?:article[-_]?content|news[-_]?content|content[-_]?text|artibody|zoomcon)$/i.test(getAttributeValue(el, 'id') ?? ''),
  (el) => el.name === 'article',
]

function hasClass(el: Element, name: string): boolean {
  return (getAttributeValue(el, 'class') ?? '').split(/\s+/).includes(name)
}

/** The element holding the article body, or null when none stands out. */
export function findContainer(doc: Document): Element | null {
  for (const test of KNOWN) {
    const found = elements(doc, test).filter((el) => textOf(el).trim().length > 0)
    if (found.length > 0) return found[0]
  }
  // The element whose direct <p> children carry the most text.
  let best: Element | null = null
  let bestLength = 0
  for (const el of elements(doc, (e) => e.name !== 'p' && e.name !== 'body' && e.name !== 'html')) {
    const length = el.children.filter((c): c is Element => c.type === 'tag' && c.name === 'p').reduce((n, p) => n + textOf(p).trim().length, 0)
    if (length > bestLength) {
      best = el
      bestLength = length
    }
  }
  return bestLength >= 40 ? best : null
}

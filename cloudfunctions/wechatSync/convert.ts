// A 公众号 article's HTML (sections, paragraphs, bold, pictures by data-src, captions, quotes) →
// the app's blocks, through the importer's HTML reader so a page and an article read alike.
import { isEditorLine, isDisclaimerLine, isFieldLine } from '../../importer/parse/fields'
import { isPageToolLine } from '../../importer/parse/chrome'
import { fullWidthPunctuation } from '../../importer/parse/punctuation'
import { parseCleanDocument } from '../../importer/html/dom'
import { refuseHtml } from '../../importer/html/guard'
import { containerToBlocks, type FileLink, type RawBlock } from '../../importer/html/to-blocks'

/** An article's body as raw blocks (pictures still on WeChat's host), or the reason it cannot be read. */
export function articleBlocks(contentHtml: string): { ok: true; blocks: RawBlock[]; files: FileLink[] } | { ok: false; reason: string } {
  const html = `<div id="js_content">${contentHtml}</div>`
  const refused = refuseHtml(html)
  if (refused) return { ok: false, reason: refused }
  const { doc } = parseCleanDocument(html)
  const container = doc.children.find((n) => n.type === 'tag')
  if (!container || container.type !== 'tag') return { ok: false, reason: '文章没有正文' }
  const { blocks, files } = containerToBlocks(container)
  const kept = blocks.flatMap((b): RawBlock[] => {
    if (b.type === 'image') return [{ type: 'image', url: b.url, ...(b.caption ? { caption: fullWidthPunctuation(b.caption) } : {}) }]
    if (isEditorLine(b.text) || isDisclaimerLine(b.text) || isFieldLine(b.text) || isPageToolLine(b.text)) return []
    return [{ ...b, text: fullWidthPunctuation(b.text) }]
  })
  if (!kept.some((b) => b.type === 'paragraph')) return { ok: false, reason: '文章没有正文段落' }
  return { ok: true, blocks: kept, files }
}

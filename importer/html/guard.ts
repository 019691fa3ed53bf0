// Hostile or broken HTML is refused before a DOM is built: a streaming pass (htmlparser2's
// tokenizer, constant memory) measures size, nesting depth, element count and the longest run of
// text. An "HTML bomb" (tens of thousands of nested elements) or a megabyte-long line stops here.
import { Parser } from 'htmlparser2'

/** Largest saved page read (bytes of HTML). A government article page is 30–200 KB. */
export const MAX_HTML_CHARS = 5_000_000
export const MAX_DEPTH = 256
export const MAX_ELEMENTS = 50_000
/** Longest run of text without a tag (characters): no paragraph is this long. */
export const MAX_TEXT_RUN = 20_000

/** Elements that never have children, so they do not deepen the tree. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'])

/** The Chinese reason an HTML page is refused, or null when it may be parsed. */
export function refuseHtml(html: string): string | null {
  if (html.length > MAX_HTML_CHARS) return `页面过大（${Math.round(html.length / 1024)} KB，上限 ${MAX_HTML_CHARS / 1_000_000} MB）`
  if (html.includes('\u0000')) return '文件不是 HTML（含有二进制内容）'
  let depth = 0
  let elements = 0
  let textRun = 0
  let reason: string | null = null
  const parser = new Parser(
    {
      onopentag(name) {
        if (reason) return
        elements++
        textRun = 0
        if (!VOID.has(name)) depth++
        if (depth > MAX_DEPTH) reason = `页面结构嵌套过深（超过 ${MAX_DEPTH} 层），疑似恶意页面，已拒绝`
        else if (elements > MAX_ELEMENTS) reason = `页面元素过多（超过 ${MAX_ELEMENTS} 个），疑似恶意页面，已拒绝`
        if (reason) parser.pause()
      },
      onclosetag(name) {
        textRun = 0
        if (!VOID.has(name)) depth = Math.max(0, depth - 1)
      },
      ontext(text) {
        if (reason) return
        textRun += text.length
        if (textRun > MAX_TEXT_RUN) {
          reason = `页面含有超长文字（一段超过 ${MAX_TEXT_RUN} 字），不像文章正文，已拒绝`
          parser.pause()
        }
      },
    },
    { decodeEntities: true },
  )
  // Fed in slices so a refusal stops the work early.
  const SLICE = 64 * 1024
  for (let i = 0; i < html.length && !reason; i += SLICE) parser.write(html.slice(i, i + SLICE))
  if (!reason) parser.end()
  return reason
}

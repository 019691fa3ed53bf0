// Input that is not an article page at all: refused before any rule runs, with a reason an editor
// can act on. Keeps pathological text (a minified script pasted by mistake, a megabyte-long line)
// away from the regular expressions.

/** Longest page text read (characters). A long article is ~20,000. */
export const MAX_TEXT_CHARS = 500_000
/** Longest single line (characters): a paragraph of 20,000 characters is not a paragraph. */
export const MAX_LINE_CHARS = 20_000

/** The Chinese reason a text is refused, or null when it may be read. */
export function refuseText(text: string): string | null {
  if (text.length > MAX_TEXT_CHARS) return `页面文字过多（${text.length} 字，上限 ${MAX_TEXT_CHARS} 字），不像一篇文章`
  if (text.includes('\u0000')) return '文件不是文本（含有二进制内容）'
  let lineNo = 0
  for (const line of text.split(/\r\n|\r|\n/)) {
    lineNo++
    if (line.length > MAX_LINE_CHARS) return `第 ${lineNo} 行过长（${line.length} 字，上限 ${MAX_LINE_CHARS} 字），不像文章正文`
  }
  return null
}

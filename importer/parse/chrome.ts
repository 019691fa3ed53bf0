// Site chrome around the article: menus, breadcrumb, page tools and the footer. Kept apart from the
// article rules so a new district site usually needs a pattern here and nothing else.

import { COLON, charLength } from './normalize'

const BULLET = /^[•●▪◦]/
const PIPE = /[|｜]/
/** Menu items are short labels; anything longer is prose that happens to contain a "|". */
const MAX_MENU_ITEM = 12

/** Whether a line is the navigation menu: a bullet item, or a row of `|`-separated short labels. */
export function isNavLine(line: string): boolean {
  if (BULLET.test(line)) return true
  if (!PIPE.test(line)) return false
  const items = line
    .split(/[|｜]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
  if (items.length === 0) return true
  const menuLike = items.every((item) => charLength(item) <= MAX_MENU_ITEM && !/[。！？]/.test(item))
  // A row that wraps can leave a single label followed by its trailing separator ("常见问题 |").
  return menuLike && (items.length >= 2 || /[|｜]\s*$/.test(line))
}

const BREADCRUMB = new RegExp(`^(?:你|您)?(?:的|现在的)?(?:当前)?位置\\s*${COLON}\\s*(.+)$`)
const CRUMB_SEPARATOR = /\s*(?:>>|>|＞|›|»|→)\s*/

/** The channel named by a breadcrumb line (`你的当前位置: 首页 > … > 工会动态` gives 工会动态), or null. */
export function parseBreadcrumb(line: string): { channel: string; trail: string[] } | null {
  const match = BREADCRUMB.exec(line)
  if (!match) return null
  const trail = match[1]
    .split(CRUMB_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '')
  if (trail.length === 0) return null
  return { channel: trail[trail.length - 1], trail }
}

const PAGE_TOOLS: RegExp[] = [
  new RegExp(`^字号\\s*${COLON}`),
  /^视力保护色/,
  /^【\s*字[体号]/,
  new RegExp(`^(?:浏览|阅读|点击)(?:次数|量)?\\s*${COLON}\\s*\\d*$`),
]

/** Whether a line is one of the page's reading tools (font size, eye-care colour, view counter) printed on a line of its own. */
export function isPageToolLine(line: string): boolean {
  return PAGE_TOOLS.some((pattern) => pattern.test(line))
}

const FOOTER_STARTS: RegExp[] = [
  /^相关附件/,
  /^分享到/,
  /^【\s*(?:收藏此页|打印本页|关闭窗口|打印|关闭|返回顶部)\s*】/,
  /^扫一扫在手机打开当前页/,
  new RegExp(`^(?:主办|承办|协办)(?:单位)?\\s*${COLON}`),
  new RegExp(`^联系电话\\s*${COLON}`),
  /^网站标识码/,
  /^备案序号/,
  /^版权所有/,
  /^Copyright\b/i,
  new RegExp(`^(?:上一篇|下一篇)\\s*${COLON}`),
  /^福田概况\s*[|｜]/,
]

/** Whether a line opens the page footer; the article ends at the first such line after its date. */
export function isFooterStart(line: string): boolean {
  return FOOTER_STARTS.some((pattern) => pattern.test(line))
}

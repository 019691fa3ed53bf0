// Site chrome around the article: menus, breadcrumb, page tools, share/print/QR lines and the footer.
// Kept apart from the article rules so a new site usually needs a pattern here and nothing else.

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
  const menuLike = items.every((item) => charLength(item) <= MAX_MENU_ITEM && !/[。！？，,]/.test(item))
  // A row that wraps can leave a single label followed by its trailing separator ("常见问题 |").
  return menuLike && (items.length >= 2 || /[|｜]\s*$/.test(line))
}

const BREADCRUMB = new RegExp(`^(?:你|您)?(?:的|现在的|当前的|所在的)?(?:当前|當前|所在)?(?:位置|位址)\\s*${COLON}\\s*(.*)$`)
const CRUMB_SEPARATOR = /\s*(?:>>|>|＞|›|»|→)\s*/
/** Trail items that name the page, not its channel. */
const PAGE_ITEM = /^(?:正文|内容|详情|詳情|正文内容|文章详情)$|[-—]正文$/

/** The trail of a breadcrumb line (`你的当前位置: 首页 > … > 工会动态`) and the channel it names, or null. */
export function parseBreadcrumb(line: string): { channel?: string; trail: string[] } | null {
  const labelled = BREADCRUMB.exec(line)
  const body = labelled ? labelled[1] : line
  const trail = body
    .split(CRUMB_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '')
  if (!labelled) {
    // Unlabelled: only a trail that cannot be prose (首页 in it, ">>", or three short items).
    if (!CRUMB_SEPARATOR.test(line) || trail.length < 2) return null
    if (trail.some((item) => charLength(item) > 20 || /[。！？，,]/.test(item))) return null
    if (!(trail.some((item) => /首页$/.test(item)) || line.includes('>>') || trail.length >= 3)) return null
  }
  const named = trail.filter((item) => !PAGE_ITEM.test(item))
  const channel = named.length > 1 || labelled ? named[named.length - 1] : undefined
  return { ...(channel && !/首页$/.test(channel) ? { channel } : {}), trail }
}

const PAGE_TOOLS: RegExp[] = [
  new RegExp(`^字号\\s*(?:${COLON}|$)`),
  /^视力保护色/,
  /^【\s*字[体号]/,
  new RegExp(`^(?:浏览|阅读|点击)(?:次数|量)?\\s*${COLON}\\s*\\d*$`),
  /^放大\s*缩小/,
  /^文字大小/,
  /^背景色/,
  /^无障碍/,
  /^(?:轻触这里|关闭目录|标题导航|免费发信息|搜索|今天是|热门关键字|条评论|我来说两句)/,
  /^(?:分享|推荐|收藏|打印|返回|更多)$/,
  /^\d+\s*次(?:浏览|阅读|点击)?$/,
  /^次(?:浏览|阅读)$/,
  /^您好.{0,4}欢迎/,
  // The site's clock, not the article's date.
  /^\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]$/,
  /^\d+$/,
  new RegExp(`^分享(?:到)?\\s*${COLON}?\\s*(?:更多)?$`),
  /^(?:https?:)?\/\/\S+$|^www\.\S+$/i,
]

/** Whether a line is one of the page's tools (font size, colours, share, counters) or a stray mark printed on a line of its own. */
export function isPageToolLine(line: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(line)) return true
  return PAGE_TOOLS.some((pattern) => pattern.test(line))
}

const FOOTER_STARTS: RegExp[] = [
  /^相关附件/,
  /^分享到/,
  /^【\s*(?:收藏此页|打印本页|关闭窗口|打印|关闭|返回顶部)\s*】/,
  /^\[\s*(?:保存|打印|关闭)\s*\]/,
  /^扫一扫在手机(?:上)?打开/,
  new RegExp(`^(?:主办|承办|协办)(?:单位)?\\s*${COLON}`),
  new RegExp(`^联系电话\\s*${COLON}`),
  new RegExp(`^地址\\s*${COLON}`),
  /ICP备/,
  /^网站标识码/,
  /^备案序号/,
  /^版权所有/,
  /^Copyright\b/i,
  new RegExp(`^(?:上一篇|下一篇)\\s*${COLON}`),
  /^福田概况\s*[|｜]/,
  /^关于我们\s*[|｜]/,
  /^(?:相关阅读|相关新闻|相关文章|推荐阅读|热点关注|熱點關注|更多视频|VIP推荐|正在更新中)/,
  /^下载.{0,10}客户端/,
  /^打印\s*[|｜]/,
]

/** Whether a line opens the page footer; the article ends at the first such line after its body starts. */
export function isFooterStart(line: string): boolean {
  return FOOTER_STARTS.some((pattern) => pattern.test(line))
}

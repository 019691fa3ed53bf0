// Labelled page fields printed around an article: 来源, 作者, 编辑/责任编辑, 浏览次数 … They describe the
// page, so they never become body; 来源 and 作者 are kept as the article's source and byline.

import { charLength } from './normalize'

const COLON = '[:：]'
const SOURCE_LABEL = '(?:信息来源|来源|來源|稿源|出处)'
const AUTHOR_LABEL = '(?:作者|作\\s*者)'
/** Editors and reviewers of the page (never body): 编辑, 责任编辑, 二审, 终审, 校对 … */
const EDITOR_LABEL = '(?:责任编辑|責任編輯|编辑|編輯|责编|二审|三审|终审|初审|审核|审稿|校对|排版|美编|监制|统筹|值班编辑)'
/** Where a field value stops: a `|`, a bracket, another `label:` after a space, or a glued-on known label. */
const VALUE_END = `(?=\\s*[|｜】\\]]|\\s+[^\\s:：|]{1,6}\\s*${COLON}|发布时间|发布日期|文字大小|字号|作者|浏览|点击|阅读|责任编辑|編輯|發佈|\\s*[【\\[]|$)`
const VALUES = {
  source: new RegExp(`${SOURCE_LABEL}\\s*${COLON}\\s*(.*?)${VALUE_END}`),
  author: new RegExp(`${AUTHOR_LABEL}\\s*${COLON}\\s*(.*?)${VALUE_END}`),
}
/** Values that mean "nobody in particular". */
const EMPTY_VALUE = /^(?:佚名|未知|无|暂无|本站|-+)?$/

/** The value of a labelled 来源 or 作者 field anywhere in a line (《》 around a paper's name dropped), or undefined. */
export function readFieldValue(line: string, field: 'source' | 'author'): string | undefined {
  const raw = VALUES[field].exec(line)?.[1]?.trim()
  if (raw === undefined || EMPTY_VALUE.test(raw)) return undefined
  return raw.replace(/^《(.+)》$/, '$1')
}

const FIELD_LINE = new RegExp(
  `^[【\\[]?\\s*(?:${SOURCE_LABEL}|${AUTHOR_LABEL}|${EDITOR_LABEL}|浏览次数|阅读次数|点击数|点击量|访问量|阅读量|发布机构|发布者|字数|文章字数)\\s*${COLON}`,
)
const MAX_FIELD_LINE = 60

/** Whether a line is a page field (`来源:晶报`, `作者:沈亚红 来源:晶报`, `[责任编辑:海燕]`, `浏览次数:364`). */
export function isFieldLine(line: string): boolean {
  return charLength(line) <= MAX_FIELD_LINE && FIELD_LINE.test(line)
}

/** A field label printed alone, its value on the next line (`来源:` / `深圳市总工会`). */
export function loneFieldLabel(line: string): 'source' | 'author' | 'other' | null {
  const m = new RegExp(`^(${SOURCE_LABEL}|${AUTHOR_LABEL}|${EDITOR_LABEL}|发布时间|发布日期|浏览次数)\\s*${COLON}$`).exec(line)
  if (!m) return null
  if (new RegExp(`^${SOURCE_LABEL}$`).test(m[1])) return 'source'
  if (new RegExp(`^${AUTHOR_LABEL}$`).test(m[1])) return 'author'
  return 'other'
}

/** Whether a line credits the page's editors or reviewers (`编辑:张苑`, `[责任编辑:海燕]`, `二审:刘靓`). */
export function isEditorLine(line: string): boolean {
  return charLength(line) <= MAX_FIELD_LINE && new RegExp(`^[【\\[(（]?\\s*${EDITOR_LABEL}\\s*${COLON}`).test(line)
}

const DISCLAIMER = [
  /^(?:免责)?声明\s*[:：]/,
  /^【?\s*(?:免责声明|版权声明|特别声明)/,
  /^(?:本文|文章|图片|内容)(?:来源于|来自|转载自|转自)网络/,
  /如有侵权.{0,12}(?:删除|联系)/,
  /^(?:版权归原作者|转载请注明|未经授权.{0,6}不得转载|本站部分文字内容)/,
  /^注意\s*[:：]\s*本站/,
]

/** Whether a line is a disclaimer or copyright notice rather than the article's own words. */
export function isDisclaimerLine(line: string): boolean {
  return charLength(line) <= 120 && DISCLAIMER.some((pattern) => pattern.test(line))
}

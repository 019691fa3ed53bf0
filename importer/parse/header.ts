// The part of the page above the body: breadcrumb (→ channel), title, credits, date line(s) and page
// fields. The first date line printed before any prose anchors the header: the title is the most
// title-like line above it, the body starts below it. A page without such a line still gets a title
// when its first line reads like one; its date is left empty (never guessed).

import { isFooterStart, isNavLine, isPageToolLine, parseBreadcrumb } from './chrome'
import { type DateLine, isSpecificDateLine, parseDateLine, shanghaiDay } from './date-line'
import { isEditorLine, isFieldLine, loneFieldLabel, readFieldValue } from './fields'
import { parseByline } from './byline'
import { charLength } from './normalize'
import { fullWidthPunctuation } from './punctuation'

/** What the header says about the article, and where its body starts. */
export interface PageHeader {
  title?: string
  /** Last breadcrumb item; absent when the page has no breadcrumb. */
  channel?: string
  /** Every item of the breadcrumb (a channel name repeated under the body is chrome). */
  trail: string[]
  date?: DateLine
  /** 来源 printed in the header. */
  source?: string
  /** A publisher named without a label (next to the date, or a paper's name on its own line). */
  unlabelledSource?: string
  bylines: string[]
  /** Index of the first line after the header. */
  bodyStart: number
  warnings: string[]
}

const MIN_TITLE = 5
const MAX_TITLE = 80
/** A paper or site name printed alone under the date (`天津工人报`). */
const OUTLET_LINE = /^[\u4e00-\u9fa5]{2,12}(?:报|日报|晚报|网|新闻网|电视台|客户端)$/

/** Whether a line reads as prose: a sentence, or too long for any title. */
export function isProse(line: string): boolean {
  const length = charLength(line)
  const text = fullWidthPunctuation(line)
  return (length > 20 && /[。！？；;]/.test(text)) || (length > 30 && /，/.test(text)) || length > MAX_TITLE
}

function isHeaderChrome(line: string): boolean {
  return isNavLine(line) || isPageToolLine(line) || parseBreadcrumb(line) !== null || isFooterStart(line) || isFieldLine(line) || isEditorLine(line)
}

function titleLike(line: string): boolean {
  const length = charLength(line)
  return length >= MIN_TITLE && length <= MAX_TITLE && !isProse(line) && !/[。；：:，,]$/.test(line) && !/^本报讯|^\S{0,12}讯[(（\s]/.test(line)
}

/** Reads the header of a page given as cleaned lines. Title and date are absent when the page has none. */
export function readHeader(lines: string[]): PageHeader {
  const warnings: string[] = []
  const bylines: string[] = []
  let source: string | undefined
  let unlabelledSource: string | undefined

  let firstProse = lines.findIndex((line) => !isHeaderChrome(line) && isProse(line))
  if (firstProse < 0) firstProse = lines.length
  const dateAt = lines.findIndex((line, i) => i < firstProse && parseDateLine(line) !== null)

  let crumbAt = -1
  let channel: string | undefined
  let trail: string[] = []
  const crumbLimit = dateAt >= 0 ? dateAt : firstProse
  for (let i = 0; i < crumbLimit; i++) {
    const crumb = parseBreadcrumb(lines[i])
    if (crumb) {
      crumbAt = i
      channel = crumb.channel
      trail = crumb.trail
    }
  }

  // Fields printed between breadcrumb and body (`来源:` / value, `作者:沈亚红 来源:晶报`).
  const consumed = new Set<number>()
  const readFields = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const line = lines[i]
      const lone = loneFieldLabel(line)
      if (lone !== null) {
        consumed.add(i)
        const value = lines[i + 1]
        if (value !== undefined && i + 1 < to && loneFieldLabel(value) === null && charLength(value) <= 30) {
          consumed.add(i + 1)
          if (lone === 'source') source ??= value
          if (lone === 'author' && !/^佚名$/.test(value)) bylines.push(value)
        }
        continue
      }
      if (isFieldLine(line)) {
        consumed.add(i)
        source ??= readFieldValue(line, 'source')
        const author = readFieldValue(line, 'author')
        if (author) bylines.push(author)
      }
    }
  }

  if (dateAt < 0) {
    // No date line: a first line that reads like a title is the title; the body follows it.
    let i = crumbAt + 1
    while (i < lines.length && isHeaderChrome(lines[i]) && !isProse(lines[i])) i++
    const title = i < lines.length && titleLike(lines[i]) ? lines[i] : undefined
    let bodyStart = title !== undefined ? i + 1 : i
    readFields(crumbAt + 1, bodyStart)
    return { ...(title !== undefined ? { title } : {}), ...(channel ? { channel } : {}), trail, ...(source ? { source } : {}), bylines, bodyStart, warnings }
  }

  readFields(crumbAt + 1, dateAt)

  // The title: the longest title-like line between breadcrumb and date (site banners and
  // section labels are shorter; a subtitle under the title usually is too).
  const candidates: number[] = []
  for (let i = crumbAt + 1; i < dateAt; i++) {
    const line = lines[i]
    if (consumed.has(i) || isHeaderChrome(line)) continue
    const byline = parseByline(line)
    if (byline !== null) {
      bylines.push(byline)
      continue
    }
    if (titleLike(line)) candidates.push(i)
  }
  let titleAt = -1
  for (const i of candidates) if (titleAt < 0 || charLength(lines[i]) > charLength(lines[titleAt])) titleAt = i
  const others = candidates.filter((i) => i !== titleAt).map((i) => lines[i])
  if (others.length > 0 && others.length <= 3) warnings.push(`标题附近另有 ${others.length} 行未采用：${others.join(' / ')}`)

  // The run of date lines and page fields under the title; the fixture prints a bare `2022-12-28`
  // above `日期:2022-12-28 18:00 …`, so the first line that says more than a bare day wins.
  const dates: DateLine[] = []
  let bodyStart = dateAt
  for (; bodyStart < lines.length; bodyStart++) {
    const line = lines[bodyStart]
    const date = parseDateLine(line)
    if (date) {
      dates.push(date)
      continue
    }
    if (loneFieldLabel(line) !== null) {
      readFields(bodyStart, Math.min(lines.length, bodyStart + 2))
      if (consumed.has(bodyStart + 1)) bodyStart++
      continue
    }
    if (isFieldLine(line)) {
      readFields(bodyStart, bodyStart + 1)
      continue
    }
    if (isPageToolLine(line) || isNavLine(line) || isEditorLine(line) || /^分享/.test(line)) continue
    if (OUTLET_LINE.test(line) && dates.length > 0 && unlabelledSource === undefined) {
      unlabelledSource = line
      continue
    }
    const byline = parseByline(line)
    if (byline !== null) {
      bylines.push(byline)
      continue
    }
    break
  }
  const date = dates.find(isSpecificDateLine) ?? dates[0]
  source ??= date.source ?? dates.find((d) => d.source !== undefined)?.source
  unlabelledSource ??= dates.find((d) => d.unlabelledSource !== undefined)?.unlabelledSource
  for (const d of dates) if (d.author && !bylines.includes(d.author)) bylines.push(d.author)
  if (dates.some((d) => shanghaiDay(d.publishedAt) !== shanghaiDay(date.publishedAt))) {
    warnings.push(`日期行互相矛盾，采用 ${shanghaiDay(date.publishedAt)}`)
  }
  if (!date.hasTime) warnings.push('发布日期没有时间，按北京时间 00:00 处理')

  return {
    ...(titleAt >= 0 ? { title: lines[titleAt] } : {}),
    ...(channel ? { channel } : {}),
    trail,
    date,
    ...(source ? { source } : {}),
    ...(unlabelledSource ? { unlabelledSource } : {}),
    bylines,
    bodyStart,
    warnings,
  }
}

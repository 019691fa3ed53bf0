// The part of the page above the body: breadcrumb (→ channel), title, optional credits, date line(s).
// The date line anchors everything: the title is looked for above it, the body starts below it.

import { isFooterStart, isNavLine, isPageToolLine, parseBreadcrumb } from './chrome'
import { type DateLine, isSpecificDateLine, parseDateLine, shanghaiDay } from './date-line'
import { parseByline } from './byline'

/** More unknown lines than this between title and date mean the "date" is a signature in the body, not the header's. */
const MAX_LINES_BETWEEN_TITLE_AND_DATE = 2

/** What the header says about the article, and where its body starts. */
export interface PageHeader {
  title: string
  /** Last breadcrumb item; absent when the page has no breadcrumb. */
  channel?: string
  date: DateLine
  /** 来源 printed on a date line. */
  source?: string
  bylines: string[]
  /** Index of the first line after the date line(s). */
  bodyStart: number
  warnings: string[]
}

function isHeaderChrome(line: string): boolean {
  return isNavLine(line) || isPageToolLine(line) || parseBreadcrumb(line) !== null || isFooterStart(line)
}

/** Reads the header of a page given as cleaned lines; fails with the Chinese reason when title or date is missing. */
export function readHeader(lines: string[]): { ok: true; header: PageHeader } | { ok: false; reason: string } {
  const dateAt = lines.findIndex((line) => parseDateLine(line) !== null)
  if (dateAt < 0) return { ok: false, reason: '找不到发布日期' }

  let crumbAt = -1
  let channel: string | undefined
  for (let i = 0; i < dateAt; i++) {
    const crumb = parseBreadcrumb(lines[i])
    if (crumb) {
      crumbAt = i
      channel = crumb.channel
    }
  }

  // Menus and site banners sit above the breadcrumb, so the title is searched for below it.
  let titleAt = -1
  for (let i = crumbAt + 1; i < dateAt; i++) {
    if (!isHeaderChrome(lines[i]) && parseByline(lines[i]) === null) {
      titleAt = i
      break
    }
  }
  if (titleAt < 0) return { ok: false, reason: '找不到标题' }

  const warnings: string[] = []
  const bylines: string[] = []
  const skipped: string[] = []
  for (let i = titleAt + 1; i < dateAt; i++) {
    const line = lines[i]
    if (isHeaderChrome(line)) continue
    const byline = parseByline(line)
    if (byline !== null) bylines.push(byline)
    else skipped.push(line)
  }
  if (skipped.length > MAX_LINES_BETWEEN_TITLE_AND_DATE) return { ok: false, reason: '找不到发布日期' }
  if (skipped.length > 0) warnings.push(`忽略了标题与日期之间的 ${skipped.length} 行：${skipped.join(' / ')}`)

  // The fixture prints a bare `2022-12-28` above `日期:2022-12-28 18:00 …`: the run of date lines is
  // read together and the first line that says more than a bare day wins.
  const dates: DateLine[] = []
  let bodyStart = dateAt
  for (; bodyStart < lines.length; bodyStart++) {
    const date = parseDateLine(lines[bodyStart])
    if (date) dates.push(date)
    else if (!isPageToolLine(lines[bodyStart])) break
  }
  const date = dates.find(isSpecificDateLine) ?? dates[0]
  const source = date.source ?? dates.find((d) => d.source !== undefined)?.source
  if (dates.some((d) => shanghaiDay(d.publishedAt) !== shanghaiDay(date.publishedAt))) {
    warnings.push(`日期行互相矛盾，采用 ${shanghaiDay(date.publishedAt)}`)
  }
  if (!date.hasTime) warnings.push('发布日期没有时间，按北京时间 00:00 处理')

  return {
    ok: true,
    header: { title: lines[titleAt], channel, date, source, bylines, bodyStart, warnings },
  }
}

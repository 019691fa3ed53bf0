// Publication-date lines of Shenzhen district sites. Only a line that is nothing but a date (with an
// optional label and trailing page fields) counts, so a paragraph that opens with a date stays text.

import { COLON } from './normalize'

/** A recognised date line. */
export interface DateLine {
  /** ISO 8601 UTC; the page's wall-clock time is Asia/Shanghai. */
  publishedAt: string
  /** False when the page gave only a day (then 00:00 Shanghai is assumed). */
  hasTime: boolean
  /** True when the date carries a label such as 日期 / 发布时间 / 信息提供日期. */
  labelled: boolean
  /** The 来源 printed on the same line, if any. */
  source?: string
}

const LABEL = '(?:信息提供日期|发布日期|发布时间|更新时间|日期)'
const DAY = '(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?'
const TIME = `(\\d{1,2})\\s*${COLON}\\s*(\\d{2})(?:\\s*${COLON}\\s*(\\d{2}))?`
const DATE_LINE = new RegExp(`^(?:${LABEL}\\s*${COLON}\\s*)?${DAY}(?:\\s*${TIME})?(.*)$`)
/** What may follow the date on the same line: page fields, never prose ("2024年9月18日上午…" is prose). */
const TRAILING_FIELD = /^(?:(?:信息)?来源|字号|作者|浏览|阅读|点击|访问|视力保护色|发布机构|编辑|责任编辑|【|\[)/
const SOURCE = new RegExp(`(?:信息)?来源\\s*${COLON}\\s*(.*?)(?=\\s+[^\\s:：]{1,8}\\s*${COLON}|\\s*[【\\[]|$)`)

/** Shenzhen has been UTC+8 without daylight saving since 1991. */
const SHANGHAI_OFFSET_HOURS = 8

/** The UTC instant of a Shanghai wall-clock time, or null when the fields are not a real date and time. */
export function shanghaiToIso(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null
  if (hour > 23 || minute > 59 || second > 59) return null
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > daysInMonth) return null
  return new Date(Date.UTC(year, month - 1, day, hour - SHANGHAI_OFFSET_HOURS, minute, second)).toISOString()
}

/** Parses a line that is a publication date (`日期:2022-12-28 18:00 字号:…`, `发布时间: 2024-09-18 来源:…`, `2024年9月18日`), else null. */
export function parseDateLine(line: string): DateLine | null {
  const match = DATE_LINE.exec(line)
  if (!match) return null
  const [, y, mo, d, h, mi, s, restRaw] = match
  const rest = restRaw.trim()
  if (rest !== '' && !TRAILING_FIELD.test(rest)) return null
  const hasTime = h !== undefined
  const publishedAt = shanghaiToIso(
    Number(y),
    Number(mo),
    Number(d),
    hasTime ? Number(h) : 0,
    hasTime ? Number(mi) : 0,
    s !== undefined ? Number(s) : 0,
  )
  if (publishedAt === null) return null
  const source = SOURCE.exec(rest)?.[1]?.trim()
  const labelled = new RegExp(`^${LABEL}`).test(line)
  return { publishedAt, hasTime, labelled, ...(source ? { source } : {}) }
}

/** Whether a date line says more than a bare day, so it wins over a bare `2022-12-28` printed above it. */
export function isSpecificDateLine(date: DateLine): boolean {
  return date.labelled || date.hasTime || date.source !== undefined
}

/** The Shanghai calendar day (YYYY-MM-DD) of an ISO instant, to tell whether two date lines disagree. */
export function shanghaiDay(iso: string): string {
  return new Date(Date.parse(iso) + SHANGHAI_OFFSET_HOURS * 3600_000).toISOString().slice(0, 10)
}

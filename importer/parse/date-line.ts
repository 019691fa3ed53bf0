// Publication-date lines, in the many shapes sites print them: `日期:2022-12-28 18:00 字号:…`,
// `信息来源:沙市区总工会 | 发布时间 2022-04-02`, `2012-05-16 11:18:30 浏阳网| 编辑:戴鹏`, `29.12.2014 11:10`,
// `二〇一七年七月十一日`. A line counts only when everything around the date is page fields, so prose
// that mentions a date ("2024年9月18日上午，…", "深圳新闻网2024年11月26日讯(…") and the site clock
// ("2022年3月2日 星期三") are never taken for the article's date.

import { COLON } from './normalize'
import { readFieldValue } from './fields'

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
  /** A name printed next to the date without a label (`浏阳网|`, `中國網 |`): a publisher, but a weak one. */
  unlabelledSource?: string
  /** The 作者 printed on the same line. */
  author?: string
}

const PUB_LABEL = '(?:信息提供日期|发布日期|发布时间|发表时间|更新时间|发稿时间|發佈時間|發布時間|發表時間|發佈日期|日期)'
const LABEL_BEFORE = new RegExp(`${PUB_LABEL}\\s*${COLON}?\\s*$`)
const DAY_YMD = /(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?/
const DAY_DMY = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/
const HAN_DIGITS = '〇零○一二三四五六七八九'
const DAY_HAN = new RegExp(`([${HAN_DIGITS}]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日`)
const TIME = new RegExp(`^\\s*(\\d{1,2})\\s*${COLON}\\s*(\\d{2})(?:\\s*${COLON}\\s*(\\d{2}))?(?:\\.\\d+)?`)
/** What may follow the date: page fields, never prose and never the weekday of a site clock. */
const TRAILING_FIELD = /^(?:(?:信息)?来源|來源|稿源|字号|文字大小|作者|浏览|阅读|点击|访问|视力保护色|发布|编辑|责任编辑|責任編輯|次|分享|【|】|\[|\]|\||[^\s|:：]{1,10}\s*\|)/
const PROSE = /[。，！？；]/
const MAX_DATE_LINE = 120

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

function hanNumber(text: string): number {
  if (text.length === 4) return Number([...text].map((c) => (c === '〇' || c === '零' || c === '○' ? 0 : HAN_DIGITS.indexOf(c) - 2)).join(''))
  // 十一 = 11, 二十 = 20, 二十一 = 21, 十 = 10, 七 = 7
  const digit = (c: string | undefined) => (c ? HAN_DIGITS.indexOf(c) - 2 : 0)
  const ten = text.indexOf('十')
  if (ten < 0) return digit(text)
  return (ten === 0 ? 1 : digit(text[ten - 1])) * 10 + digit(text[ten + 1])
}

interface DayMatch {
  index: number
  length: number
  year: number
  month: number
  day: number
}

function findDay(line: string): DayMatch | null {
  const found: DayMatch[] = []
  const ymd = DAY_YMD.exec(line)
  if (ymd) found.push({ index: ymd.index, length: ymd[0].length, year: +ymd[1], month: +ymd[2], day: +ymd[3] })
  const dmy = DAY_DMY.exec(line)
  if (dmy) found.push({ index: dmy.index, length: dmy[0].length, year: +dmy[3], month: +dmy[2], day: +dmy[1] })
  const han = DAY_HAN.exec(line)
  if (han) found.push({ index: han.index, length: han[0].length, year: hanNumber(han[1]), month: hanNumber(han[2]), day: hanNumber(han[3]) })
  found.sort((a, b) => a.index - b.index)
  return found[0] ?? null
}

/** Whether the text before a date is page fields: empty, a date label, `|`-separated fields or the site's address. */
function fieldsBefore(before: string): boolean {
  if (before === '') return true
  if (/今天是|今日|星期/.test(before)) return false
  return LABEL_BEFORE.test(before) || before.includes('|') || /^(?:https?:)?\/\/\S+$|^www\.\S+$/i.test(before)
}

/** Parses a line that is a publication date (with its page fields), else null. */
export function parseDateLine(line: string): DateLine | null {
  if (line.length > MAX_DATE_LINE || PROSE.test(line) || /[\u4e00-\u9fff],|,[\u4e00-\u9fff]/.test(line)) return null
  const day = findDay(line)
  if (!day) return null
  const before = line.slice(0, day.index).trim()
  let after = line.slice(day.index + day.length)
  const time = TIME.exec(after)
  if (time) after = after.slice(time[0].length)
  after = after.trim()
  if (!fieldsBefore(before)) return null
  if (after !== '' && (!TRAILING_FIELD.test(after) || /^(?:星期|周[一二三四五六日天])/.test(after))) return null
  const publishedAt = shanghaiToIso(day.year, day.month, day.day, time ? +time[1] : 0, time ? +time[2] : 0, time?.[3] !== undefined ? +time[3] : 0)
  if (publishedAt === null) return null

  const source = readFieldValue(line, 'source')
  const author = readFieldValue(line, 'author')
  const unlabelled = (/^([^\s|:：]{1,10})\s*\|/.exec(after)?.[1] ?? /^([^\s|:：]{1,10})\s*\|/.exec(before)?.[1])?.trim()
  return {
    publishedAt,
    hasTime: time !== null,
    labelled: LABEL_BEFORE.test(before) || new RegExp(`^${PUB_LABEL}`).test(line),
    ...(source ? { source } : {}),
    ...(author ? { author } : {}),
    ...(unlabelled && !/来源|來源|作者|编辑|發佈|发布/.test(unlabelled) ? { unlabelledSource: unlabelled } : {}),
  }
}

/** Whether a date line says more than a bare day, so it wins over a bare `2022-12-28` printed above it. */
export function isSpecificDateLine(date: DateLine): boolean {
  return date.labelled || date.hasTime || date.source !== undefined
}

/** The Shanghai calendar day (YYYY-MM-DD) of an ISO instant, to tell whether two date lines disagree. */
export function shanghaiDay(iso: string): string {
  return new Date(Date.parse(iso) + SHANGHAI_OFFSET_HOURS * 3600_000).toISOString().slice(0, 10)
}

// What closes an article without being part of it: a credit in brackets (`(西门街道总工会)`,
// `(记者 温文锋 通讯员 沈亚红)`) and a notice's signature (`厦门大学工会` / `二〇一七年七月十一日`).

import { parseByline } from './byline'
import { type DateLine, parseDateLine } from './date-line'
import { charLength } from './normalize'

const BRACKETED = /^[(（]\s*([^()（）]{2,30}?)\s*[)）]$/
const MAX_SIGNER = 24

/** A whole line in brackets at the end of the body: its byline, or the publisher it credits; else null. */
export function readClosingCredit(line: string): { byline: string } | { source: string } | null {
  const m = BRACKETED.exec(line)
  if (!m || /[。，！？,:：]/.test(m[1])) return null
  const byline = parseByline(m[1])
  return byline !== null ? { byline } : { source: m[1] }
}

/** The date a notice is signed with, when the body's last line is nothing but a date. */
export function readSignatureDate(line: string): DateLine | null {
  const date = parseDateLine(line)
  return date && !date.labelled && date.source === undefined ? date : null
}

/** Whether a line can be the signing body above a signature date (`江夏区总工会办公室`, `校工会`). */
export function isSigner(line: string): boolean {
  return charLength(line) <= MAX_SIGNER && !/[。，！？；,:：、(（]/.test(line) && /[\u4e00-\u9fa5]/.test(line)
}

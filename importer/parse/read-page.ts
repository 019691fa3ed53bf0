// Reads the text of any article page (a union or government site, a news site, a notice, a repost)
// into what it says, leaving out what the site put around it. Pure: no I/O. It reports what is
// missing instead of guessing: a page without a date line has no `publishedAt`.

import type { ArticleBlock } from '@contracts/content/article'
import { bodyAttachmentName, isListedFile, listedAttachmentNames } from './attachments'
import { buildBlocks } from './blocks'
import { isFooterStart, isNavLine, isPageToolLine, parseBreadcrumb } from './chrome'
import { readClosingCredit, isSigner, readSignatureDate } from './credits'
import { parseDateLine } from './date-line'
import { isDisclaimerLine, isEditorLine, isFieldLine, loneFieldLabel, readFieldValue } from './fields'
import { readHeader } from './header'
import { charLength, toLines } from './normalize'
import { fullWidthPunctuation } from './punctuation'

/** What a page says: every field may be missing; `warnings` tell an editor what to check. */
export interface PageReading {
  title?: string
  /** ISO 8601 UTC, only when the page prints its date. */
  publishedAt?: string
  channel?: string
  /** The publisher the page names (来源, a closing credit, a notice's signer). */
  source?: string
  byline?: string
  /** A standfirst the page printed above the lead. */
  abstract?: string
  blocks: ArticleBlock[]
  /** File names listed as 附件 / 相关附件 (extracted text has no links). */
  attachmentNames: string[]
  warnings: string[]
}

function tidy(text: string): string {
  return fullWidthPunctuation(text.replace(/\s*[|｜]$/, '').trim())
}

/** Reads a page's text; call `refuseText` (guard.ts) first: this assumes text of an article's size. */
export function readPage(text: string): PageReading {
  const lines = toLines(text).map((line) => line.replace(/\s+[|｜]$/, ''))
  const header = readHeader(lines)
  const warnings = [...header.warnings]
  const title = header.title
  const channelName = header.channel

  let source: string | undefined = header.source
  let footerSource: string | undefined
  const bylines = [...header.bylines]
  const attachmentNames: string[] = []
  const body: string[] = []
  let footerAt = lines.length
  let strayDates = 0
  let dropped = 0

  for (let i = header.bodyStart; i < lines.length; i++) {
    const line = lines[i]
    const started = body.length > 0
    if (started && (isFooterStart(line) || isEditorLine(line))) {
      footerAt = i
      break
    }
    if (isNavLine(line) || isPageToolLine(line) || isEditorLine(line) || isFooterStart(line) || parseBreadcrumb(line) !== null) continue
    const lone = loneFieldLabel(line)
    if (lone !== null) {
      const value = lines[i + 1]
      if (value !== undefined && !isFieldLine(value) && !isEditorLine(value) && loneFieldLabel(value) === null && charLength(value) <= 30) {
        if (lone === 'source') footerSource ??= value
        i++
      }
      continue
    }
    if (isFieldLine(line)) {
      footerSource ??= readFieldValue(line, 'source')
      continue
    }
    if (isDisclaimerLine(line)) {
      dropped++
      continue
    }
    // The title printed again, or the channel's name repeated under the body, is chrome.
    if (line === title || (line === channelName && started)) continue
    const attachment = bodyAttachmentName(line)
    if (attachment !== null) {
      if (attachment) attachmentNames.push(attachment)
      while (i + 1 < lines.length && isListedFile(lines[i + 1]) && bodyAttachmentName(lines[i + 1]) === null) attachmentNames.push(lines[++i])
      continue
    }
    body.push(line)
  }

  // A notice ends with its signer and the date it was signed; neither is body.
  let signatureDate: string | undefined
  let signer: string | undefined
  const lastDate = body.length > 0 ? readSignatureDate(body[body.length - 1]) : null
  if (lastDate) {
    signatureDate = lastDate.publishedAt
    if (header.date) strayDates++
    body.pop()
    const above = body[body.length - 1]
    if (above !== undefined && isSigner(above) && body.length > 1) {
      signer = above
      body.pop()
    }
  }
  // Closing credits in brackets (`(西门街道总工会)`): a byline, or the publisher.
  let creditSource: string | undefined
  while (body.length > 1) {
    const credit = readClosingCredit(body[body.length - 1])
    if (!credit) break
    body.pop()
    if ('byline' in credit) bylines.push(credit.byline)
    else creditSource ??= credit.source
  }

  const bodyLines = body.filter((line) => {
    if (parseDateLine(line) === null) return true
    strayDates++
    return false
  })
  if (strayDates > 0) warnings.push(`正文中有 ${strayDates} 个多余的日期行，已忽略`)
  if (dropped > 0) warnings.push(`去掉了 ${dropped} 行声明`)

  const parts = buildBlocks(bodyLines)
  warnings.push(...parts.warnings)
  bylines.push(...parts.bylines)

  attachmentNames.push(...listedAttachmentNames(lines.slice(footerAt)))

  let publishedAt = header.date?.publishedAt
  if (publishedAt === undefined && signatureDate !== undefined) {
    publishedAt = signatureDate
    warnings.push('页面没有发布日期行，采用落款日期')
  }
  source ??= footerSource ?? header.unlabelledSource ?? creditSource ?? signer

  const blocks = parts.blocks.map((block): ArticleBlock => {
    if (block.type === 'image') return block.caption !== undefined ? { ...block, caption: tidy(block.caption) } : block
    return { ...block, text: tidy(block.text) }
  })
  const byline = [...new Set(bylines.map((b) => b.trim()).filter((b) => b !== ''))].join(' ')
  return {
    ...(title !== undefined ? { title: tidy(title) } : {}),
    ...(publishedAt !== undefined ? { publishedAt } : {}),
    ...(header.channel !== undefined ? { channel: header.channel } : {}),
    ...(source !== undefined ? { source: tidy(source) } : {}),
    ...(byline !== '' ? { byline: fullWidthPunctuation(byline) } : {}),
    ...(parts.abstract !== undefined ? { abstract: tidy(parts.abstract) } : {}),
    blocks,
    attachmentNames,
    warnings,
  }
}

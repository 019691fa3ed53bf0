// Entry point: the extracted text of one union-site article page → a clean `ArticleInput`.
// Pure (no I/O), so the importer, the seed and the tests all share it.

import type { ArticleInput } from '@contracts/content/article'
import { listedAttachmentNames } from './attachments'
import { buildBlocks } from './blocks'
import { isFooterStart, isPageToolLine } from './chrome'
import { parseDateLine } from './date-line'
import { readHeader } from './header'
import { toLines } from './normalize'
import { summarize } from './summary'

/** Where the page came from and what to assume when it does not say. */
export interface ParseArticleOptions {
  sourceKey: string
  /** Publisher when no 来源 is printed; 福田区总工会 if omitted. */
  defaultSource?: string
  sourceUrl?: string
}

/** The parse result: a clean article with notes for the editor, or the Chinese reason it could not be read. */
export type ParseArticleResult = { ok: true; article: ArticleInput; warnings: string[] } | { ok: false; reason: string }

const DEFAULT_SOURCE = '福田区总工会'
const DEFAULT_CHANNEL = '工会动态'

/** Parses the extracted text of an article page (site chrome included) into an `ArticleInput`. */
export function parseArticlePage(text: string, opts: ParseArticleOptions): ParseArticleResult {
  const lines = toLines(text)
  const head = readHeader(lines)
  if (!head.ok) return head
  const { header } = head
  const warnings = [...header.warnings]

  let footerAt = lines.findIndex((line, i) => i >= header.bodyStart && isFooterStart(line))
  if (footerAt < 0) footerAt = lines.length

  const bodyLines: string[] = []
  let strayDates = 0
  for (const line of lines.slice(header.bodyStart, footerAt)) {
    if (parseDateLine(line) !== null) strayDates++
    else if (!isPageToolLine(line)) bodyLines.push(line)
  }
  if (strayDates > 0) warnings.push(`正文中有 ${strayDates} 个多余的日期行，已忽略（以第一个日期为准）`)

  const body = buildBlocks(bodyLines)
  warnings.push(...body.warnings)
  const firstParagraph = body.blocks.find((block) => block.type === 'paragraph')
  if (!firstParagraph || firstParagraph.type !== 'paragraph') return { ok: false, reason: '找不到正文段落' }

  const attachmentNames = listedAttachmentNames(lines.slice(footerAt))
  if (attachmentNames.length > 0) {
    warnings.push(`相关附件未导入（提取的文本中没有链接）：${attachmentNames.join('、')}`)
  }

  let channel = header.channel
  if (channel === undefined) {
    channel = DEFAULT_CHANNEL
    warnings.push(`找不到面包屑导航，栏目按「${DEFAULT_CHANNEL}」处理`)
  }

  const bylines = [...header.bylines, ...body.bylines]
  const article: ArticleInput = {
    sourceKey: opts.sourceKey,
    title: header.title,
    channel,
    publishedAt: header.date.publishedAt,
    source: header.source ?? opts.defaultSource ?? DEFAULT_SOURCE,
    ...(bylines.length > 0 ? { byline: bylines.join(' ') } : {}),
    summary: summarize(body.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))),
    blocks: body.blocks,
    attachments: [],
    ...(opts.sourceUrl !== undefined ? { sourceUrl: opts.sourceUrl } : {}),
  }
  return { ok: true, article, warnings }
}

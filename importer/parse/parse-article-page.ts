// Entry point: the extracted text of one article page → a clean `ArticleInput`, or the Chinese reason
// it cannot be imported. Pure (no I/O), so the importer, the seed and the tests all share it.

import type { ArticleInput } from '@contracts/content/article'
import { refuseText } from './guard'
import { readPage } from './read-page'
import { summarize } from './summary'

/** Where the page came from and what to assume when it does not say. */
export interface ParseArticleOptions {
  sourceKey: string
  /** Publisher when the page names none; 福田区总工会 if omitted. */
  defaultSource?: string
  sourceUrl?: string
}

/** The parse result: a clean article with notes for the editor, or the Chinese reason it could not be read. */
export type ParseArticleResult = { ok: true; article: ArticleInput; warnings: string[] } | { ok: false; reason: string }

const DEFAULT_SOURCE = '福田区总工会'
const DEFAULT_CHANNEL = '工会动态'

/** Parses the extracted text of an article page (site chrome included) into an `ArticleInput`. */
export function parseArticlePage(text: string, opts: ParseArticleOptions): ParseArticleResult {
  const refused = refuseText(text)
  if (refused !== null) return { ok: false, reason: refused }
  const page = readPage(text)
  if (page.publishedAt === undefined) return { ok: false, reason: '找不到发布日期' }
  if (page.title === undefined) return { ok: false, reason: '找不到标题' }
  const paragraphs = page.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
  if (paragraphs.length === 0) return { ok: false, reason: '找不到正文段落' }

  const warnings = [...page.warnings]
  if (page.attachmentNames.length > 0) warnings.push(`相关附件未导入（提取的文本中没有链接）：${page.attachmentNames.join('、')}`)
  let channel = page.channel
  if (channel === undefined) {
    channel = DEFAULT_CHANNEL
    warnings.push(`找不到面包屑导航，栏目按「${DEFAULT_CHANNEL}」处理`)
  }
  const article: ArticleInput = {
    sourceKey: opts.sourceKey,
    title: page.title,
    channel,
    publishedAt: page.publishedAt,
    source: page.source ?? opts.defaultSource ?? DEFAULT_SOURCE,
    ...(page.byline !== undefined ? { byline: page.byline } : {}),
    summary: summarize(page.abstract !== undefined ? [page.abstract] : paragraphs),
    blocks: page.blocks,
    attachments: [],
    ...(opts.sourceUrl !== undefined ? { sourceUrl: opts.sourceUrl } : {}),
  }
  return { ok: true, article, warnings }
}

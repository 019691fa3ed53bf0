// 粘贴导入: what a content editor pasted (a page's text, copied from a browser or a 公众号 article)
// → the fields and blocks of a draft, with what is missing left empty and said in Chinese.
// Unlike `npm run import`, a page without a date is not a failure here: the draft opens with the
// date empty (`dateMissing`) and the editor fills it in. Pure: no I/O.

import type { ArticleBlock } from '../contracts/content/article'
import { refuseText } from './parse/guard'
import { readPage } from './parse/read-page'
import { summarize } from './parse/summary'

/** A draft read from pasted text. Empty strings mean "the page did not say". */
export interface PastedPage {
  /** False when the text was refused (`warnings[0]` says why); nothing else is filled then. */
  ok: boolean
  fields: {
    title: string
    /** ISO 8601 UTC, or null when the page prints no date: never guessed. */
    publishedAt: string | null
    /** The publisher the page names, or ''. */
    source: string
    byline: string
    /** The channel its breadcrumb names, or ''. */
    channel: string
    summary: string
  }
  blocks: ArticleBlock[]
  /** Names of files the page lists as 附件 (the editor uploads them). */
  attachmentNames: string[]
  dateMissing: boolean
  titleMissing: boolean
  /** For the editor, in Chinese: what is missing, what was assumed, what was left out. */
  warnings: string[]
}

/** Reads pasted page text into a draft; never throws. */
export function parsePastedPage(text: string): PastedPage {
  const empty = { title: '', publishedAt: null, source: '', byline: '', channel: '', summary: '' }
  const refused = refuseText(text)
  if (refused !== null) return { ok: false, fields: empty, blocks: [], attachmentNames: [], dateMissing: true, titleMissing: true, warnings: [refused] }

  const page = readPage(text)
  const warnings: string[] = []
  if (page.title === undefined) warnings.push('找不到标题，请填写标题')
  if (page.publishedAt === undefined) warnings.push('找不到发布日期，请填写发布日期')
  const paragraphs = page.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
  if (paragraphs.length === 0) warnings.push('找不到正文段落')
  if (page.source === undefined) warnings.push('页面没有注明来源，请填写来源')
  if (page.attachmentNames.length > 0) warnings.push(`页面列出的附件需另行上传：${page.attachmentNames.join('、')}`)
  warnings.push(...page.warnings)
  return {
    ok: true,
    fields: {
      title: page.title ?? '',
      publishedAt: page.publishedAt ?? null,
      source: page.source ?? '',
      byline: page.byline ?? '',
      channel: page.channel ?? '',
      summary: summarize(page.abstract !== undefined ? [page.abstract] : paragraphs),
    },
    blocks: page.blocks,
    attachmentNames: page.attachmentNames,
    dateMissing: page.publishedAt === undefined,
    titleMissing: page.title === undefined,
    warnings,
  }
}

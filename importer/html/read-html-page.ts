// A saved HTML page → what it says. Government sites' metadata (`ArticleTitle`, `PubDate`,
// `ContentSource`, `ColumnName`) is read first; the article container gives the body with its
// pictures and file links; the page's text (read like an extracted page) fills what is missing.
// Parsed with htmlparser2, never with regular expressions on the markup. Pure: no I/O.
import type { Document } from 'domhandler'
import { isEditorLine, isDisclaimerLine, isFieldLine } from '../parse/fields'
import { isFooterStart, isPageToolLine } from '../parse/chrome'
import { parseDateLine } from '../parse/date-line'
import { parseByline } from '../parse/byline'
import { bodyAttachmentName } from '../parse/attachments'
import { fullWidthPunctuation } from '../parse/punctuation'
import { readPage } from '../parse/read-page'
import { refuseText } from '../parse/guard'
import { findContainer } from './container'
import { elements, getAttributeValue, metaContent, parseCleanDocument, textOf } from './dom'
import { refuseHtml } from './guard'
import { containerToBlocks, type FileLink, type RawBlock } from './to-blocks'
import { documentToText } from './to-text'

/** What a saved page says; pictures and files still point where the page had them. */
export interface HtmlPage {
  title?: string
  publishedAt?: string
  channel?: string
  source?: string
  byline?: string
  /** The page's own address, when it says (`<base>`, `og:url`, canonical link). */
  url?: string
  blocks: RawBlock[]
  files: FileLink[]
  warnings: string[]
}

export type HtmlReadResult = { ok: true; page: HtmlPage } | { ok: false; reason: string }

function pageUrl(doc: Document, given?: string): string | undefined {
  const base = elements(doc, (el) => el.name === 'base')[0]
  const canonical = elements(doc, (el) => el.name === 'link' && (getAttributeValue(el, 'rel') ?? '').toLowerCase() === 'canonical')[0]
  const candidates = [given, base && getAttributeValue(base, 'href'), metaContent(doc, 'og:url'), canonical && getAttributeValue(canonical, 'href'), metaContent(doc, 'url')]
  return candidates.find((u): u is string => typeof u === 'string' && /^https?:\/\//i.test(u))
}

/** An address made absolute against the page's, when the page has one; local paths stay relative. */
function resolveUrl(ref: string, base: string | undefined): string {
  if (/^(?:https?:|data:)/i.test(ref)) return ref
  if (ref.startsWith('//')) return `https:${ref}`
  if (base) {
    try {
      return new URL(ref, base).toString()
    } catch {
      return ref
    }
  }
  return ref
}

/** Whether alt text says something (not a file name, not just 图片). */
function meaningfulAlt(alt: string | undefined): alt is string {
  return alt !== undefined && alt.length >= 2 && alt.length <= 80 && !/\.(?:jpe?g|png|gif|webp|bmp)$/i.test(alt) && !/^(?:图片|image|img|photo|pic)\d*$/i.test(alt)
}

/** File links outside the container that the page lists as 附件. */
function attachmentLinks(doc: Document): FileLink[] {
  const links: FileLink[] = []
  for (const a of elements(doc, (el) => el.name === 'a')) {
    const href = getAttributeValue(a, 'href')
    if (!href || !/\.(?:docx?|xlsx?|pptx?|pdf|wps|et|zip|rar|7z|ofd)(?:[?#].*)?$/i.test(href)) continue
    let scope = a.parent
    let listed = false
    for (let level = 0; scope && level < 3; level++, scope = scope.parent) if (/附\s*件/.test(textOf(scope))) listed = true
    if (listed) links.push({ name: textOf(a).trim() || decodeURIComponent(href.split(/[?#]/)[0].split('/').pop() ?? href), url: href })
  }
  return links
}

/** Reads a saved HTML page; refuses hostile or oversized input with the Chinese reason. */
export function readHtmlPage(html: string, opts: { url?: string } = {}): HtmlReadResult {
  const refused = refuseHtml(html)
  if (refused) return { ok: false, reason: refused }
  const { doc, removed } = parseCleanDocument(html)
  const warnings: string[] = []
  if (removed > 0) warnings.push(`已去除 ${removed} 个脚本或嵌入框架`)

  const text = documentToText(doc)
  const textRefused = refuseText(text)
  if (textRefused) return { ok: false, reason: textRefused }
  const fromText = readPage(text)

  const metaTitle = metaContent(doc, 'ArticleTitle')
  const metaDate = metaContent(doc, 'PubDate')
  const metaSource = metaContent(doc, 'ContentSource')
  const metaColumn = metaContent(doc, 'ColumnName')
  const publishedAt = (metaDate ? parseDateLine(metaDate)?.publishedAt : undefined) ?? fromText.publishedAt
  const h1 = elements(doc, (el) => el.name === 'h1').map((el) => textOf(el).trim()).find((t) => t.length >= 4)
  const title = metaTitle ?? fromText.title ?? h1 ?? metaContent(doc, 'og:title')
  const url = pageUrl(doc, opts.url)

  const container = findContainer(doc)
  const fromContainer = container ? containerToBlocks(container) : { blocks: [], files: [] }
  const bylines: string[] = fromText.byline ? [fromText.byline] : []
  let blocks: RawBlock[] = []
  for (const block of fromContainer.blocks) {
    if (block.type === 'image') {
      const caption = block.caption ?? (meaningfulAlt(block.alt) ? block.alt : undefined)
      blocks.push({ type: 'image', url: resolveUrl(block.url, url), ...(block.alt ? { alt: block.alt } : {}), ...(caption ? { caption: fullWidthPunctuation(caption) } : {}) })
      continue
    }
    const line = block.text
    if (line === title || isPageToolLine(line) || isEditorLine(line) || isDisclaimerLine(line) || isFieldLine(line) || isFooterStart(line) || parseDateLine(line) || bodyAttachmentName(line) !== null) continue
    const byline = parseByline(line)
    if (byline) {
      bylines.push(byline)
      continue
    }
    blocks.push({ ...block, text: fullWidthPunctuation(line) })
  }
  if (!blocks.some((b) => b.type === 'paragraph')) {
    // No container stood out: the text reading's body (pictures there have no address to copy).
    blocks = fromText.blocks.flatMap((b): RawBlock[] => (b.type === 'image' ? [] : b.type === 'quote' ? [{ type: 'paragraph', text: b.text }] : [b]))
    if (container === null) warnings.push('找不到正文容器，正文按页面文字读取')
  }

  const seen = new Set<string>()
  const files = [...fromContainer.files, ...attachmentLinks(doc)]
    .map((f) => ({ name: fullWidthPunctuation(f.name), url: resolveUrl(f.url, url) }))
    .filter((f) => !seen.has(f.url) && seen.add(f.url))

  const page: HtmlPage = {
    ...(title ? { title: fullWidthPunctuation(title) } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...((metaColumn ?? fromText.channel) ? { channel: metaColumn ?? fromText.channel } : {}),
    ...((metaSource ?? fromText.source) ? { source: fullWidthPunctuation((metaSource ?? fromText.source)!) } : {}),
    ...(bylines.length > 0 ? { byline: [...new Set(bylines)].join(' ') } : {}),
    ...(url ? { url } : {}),
    blocks,
    files,
    warnings: [...warnings, ...fromText.warnings.filter((w) => !w.includes('图注'))],
  }
  return { ok: true, page }
}

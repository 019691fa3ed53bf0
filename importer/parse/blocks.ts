// Turns the body lines (chrome already removed) into article blocks, in reading order, and pulls
// the author credits out of the flow.

import type { ArticleBlock } from '@contracts/content/article'
import { parseByline } from './byline'
import { isHeadingShaped } from './headings'
import { imagePlaceholderCount, isMarkedCaption, isStandaloneCaption, isUnmarkedCaption, splitCaptionAuthor, stripCaptionMark } from './images'
import { charLength } from './normalize'

/** The body as blocks, plus the credits found in it and what the reader of the import should check. */
export interface BodyParts {
  blocks: ArticleBlock[]
  bylines: string[]
  /** A standfirst (摘要) the page printed above the lead that repeats it; not a paragraph of its own. */
  abstract?: string
  warnings: string[]
}

type Item = { kind: 'image'; caption?: string; lost?: boolean } | { kind: 'byline'; text: string } | { kind: 'text'; text: string }

/** A standfirst shorter than this is not worth telling apart from the lead. */
const MIN_ABSTRACT = 20

function imageBlock(caption: string | undefined): ArticleBlock {
  return caption ? { type: 'image', caption } : { type: 'image' }
}

/** Whether, after a run of heading-shaped lines starting at `index`, a real paragraph follows (pictures and credits skipped). */
function introducesParagraph(items: Item[], index: number): boolean {
  for (let k = index + 1; k < items.length; k++) {
    const item = items[k]
    if (item.kind === 'text' && !isHeadingShaped(item.text)) return true
  }
  return false
}

/** Builds blocks from body lines: pictures with captions, sub-headings, paragraphs; credits go to `bylines`. */
export function buildBlocks(lines: string[]): BodyParts {
  const items: Item[] = []
  const bylines: string[] = []
  let uncaptioned = 0
  let lostPictures = 0

  const captionItem = (text: string, lost: boolean): Item => {
    const { caption, author } = splitCaptionAuthor(text)
    if (author) bylines.push(author)
    if (lost) lostPictures++
    return { kind: 'image', caption: caption || undefined, lost }
  }

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const pictures = imagePlaceholderCount(line)
    if (pictures > 0) {
      for (let p = 1; p < pictures; p++) {
        uncaptioned++
        items.push({ kind: 'image' })
      }
      const next = lines[i + 1]
      let caption: string | undefined
      if (next !== undefined && isMarkedCaption(next)) {
        caption = stripCaptionMark(next) || undefined
        i++
      } else if (next !== undefined && (isUnmarkedCaption(next) || isStandaloneCaption(next))) {
        caption = next
        i++
      }
      if (caption === undefined) {
        uncaptioned++
        items.push({ kind: 'image' })
      } else items.push(captionItem(caption, false))
      continue
    }
    if (isMarkedCaption(line)) {
      // ▲ only ever labels a photo: the placeholder was lost in extraction, the picture was there.
      const caption = stripCaptionMark(line)
      if (caption) items.push(captionItem(caption, true))
      continue
    }
    const byline = parseByline(line)
    if (byline !== null) {
      items.push({ kind: 'byline', text: byline })
      continue
    }
    if (isStandaloneCaption(line)) {
      items.push(captionItem(line, true))
      continue
    }
    items.push({ kind: 'text', text: line })
  }

  const blocks: ArticleBlock[] = []
  items.forEach((item, index) => {
    const previous = blocks[blocks.length - 1]
    if (item.kind === 'image') blocks.push(imageBlock(item.caption))
    else if (item.kind === 'byline') bylines.push(item.text)
    else if (isHeadingShaped(item.text) && introducesParagraph(items, index)) blocks.push({ type: 'heading', text: item.text })
    else if (isHeadingShaped(item.text) && previous?.type === 'image' && previous.caption !== undefined && charLength(item.text) <= 30 && !/[,，]/.test(item.text)) {
      // A run of short lines closing a photo spread: the captions of pictures the extracted text lost.
      lostPictures++
      blocks.push(imageBlock(item.text))
    } else blocks.push({ type: 'paragraph', text: item.text })
  })

  // A standfirst that the lead repeats word for word is the page's 摘要, not the first paragraph.
  let abstract: string | undefined
  const firstText = blocks.findIndex((b) => b.type === 'paragraph')
  const next = blocks[firstText + 1]
  if (firstText >= 0 && next?.type === 'paragraph') {
    const first = blocks[firstText] as { text: string }
    if (charLength(first.text) >= MIN_ABSTRACT && next.text.includes(first.text)) {
      abstract = first.text
      blocks.splice(firstText, 1)
    }
  }

  const warnings: string[] = []
  if (uncaptioned > 0) warnings.push(`${uncaptioned} 张图片没有图注`)
  if (lostPictures > 0) warnings.push(`${lostPictures} 条图注（▲、图为…、…摄）前没有图片占位，已按图片处理`)
  if (abstract !== undefined) warnings.push('摘要与第一段重复，摘要不作为正文段落')
  return { blocks, bylines, ...(abstract !== undefined ? { abstract } : {}), warnings }
}

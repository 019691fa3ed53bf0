// Turns the body lines (chrome already removed) into article blocks, in reading order, and pulls
// the author credits out of the flow.

import type { ArticleBlock } from '@contracts/content/article'
import { parseByline } from './byline'
import { isHeadingShaped } from './headings'
import { isImagePlaceholder, isMarkedCaption, isUnmarkedCaption, stripCaptionMark } from './images'

/** The body as blocks, plus the credits found in it and what the reader of the import should check. */
export interface BodyParts {
  blocks: ArticleBlock[]
  bylines: string[]
  warnings: string[]
}

type Item = { kind: 'image'; caption?: string } | { kind: 'byline'; text: string } | { kind: 'text'; text: string }

function imageBlock(caption: string | undefined): ArticleBlock {
  return caption ? { type: 'image', caption } : { type: 'image' }
}

/** Whether the next text after `index` (pictures and credits skipped) is a real paragraph rather than another short line. */
function introducesParagraph(items: Item[], index: number): boolean {
  for (let k = index + 1; k < items.length; k++) {
    const item = items[k]
    if (item.kind === 'text') return !isHeadingShaped(item.text)
  }
  return false
}

/** Builds blocks from body lines: pictures with captions, sub-headings, paragraphs; credits go to `bylines`. */
export function buildBlocks(lines: string[]): BodyParts {
  const items: Item[] = []
  let uncaptioned = 0
  let orphanCaptions = 0

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (isImagePlaceholder(line)) {
      const next = lines[i + 1]
      let caption: string | undefined
      if (next !== undefined && isMarkedCaption(next)) {
        caption = stripCaptionMark(next) || undefined
        i++
      } else if (next !== undefined && isUnmarkedCaption(next)) {
        caption = next
        i++
      }
      if (caption === undefined) uncaptioned++
      items.push({ kind: 'image', caption })
      continue
    }
    if (isMarkedCaption(line)) {
      // ▲ only ever labels a photo: the placeholder was lost in extraction, the picture was there.
      const caption = stripCaptionMark(line)
      if (caption) {
        orphanCaptions++
        items.push({ kind: 'image', caption })
      }
      continue
    }
    const byline = parseByline(line)
    if (byline !== null) {
      items.push({ kind: 'byline', text: byline })
      continue
    }
    items.push({ kind: 'text', text: line })
  }

  const blocks: ArticleBlock[] = []
  const bylines: string[] = []
  items.forEach((item, index) => {
    if (item.kind === 'image') blocks.push(imageBlock(item.caption))
    else if (item.kind === 'byline') bylines.push(item.text)
    else if (isHeadingShaped(item.text) && introducesParagraph(items, index)) blocks.push({ type: 'heading', text: item.text })
    else blocks.push({ type: 'paragraph', text: item.text })
  })

  const warnings: string[] = []
  if (uncaptioned > 0) warnings.push(`${uncaptioned} 张图片没有图注`)
  if (orphanCaptions > 0) warnings.push(`${orphanCaptions} 条 ▲ 图注前没有图片占位，已按图片处理`)
  return { blocks, bylines, warnings }
}

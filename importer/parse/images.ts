// Image placeholders and their captions. The extracted text keeps only a marker where an <img> was,
// so the block has no `src`; the caption is the line the site prints under the picture.

import { charLength } from './normalize'
import { parseByline } from './byline'

const IMAGE_FILE = /^[^\s\\/]{1,80}\.(?:jpe?g|png|gif|bmp|webp|tiff?)$/i

/** Whether a line stands for an image: exactly `图片`, or a bare image file name (`1.jpeg`, `图片2.png`, `IMG_0012.JPG`). */
export function isImagePlaceholder(line: string): boolean {
  return line === '图片' || line === '[图片]' || IMAGE_FILE.test(line)
}

/** How many images a line of placeholders stands for (`a.jpg b.jpg` side by side is 2), or 0 when it is not one. */
export function imagePlaceholderCount(line: string): number {
  const parts = line.split(/\s+/)
  return parts.every(isImagePlaceholder) ? parts.length : 0
}

/** A photo credit ending a caption: `劉安 攝`, `单位供图`, `（翔鹭社区供图）`. */
const PHOTO_CREDIT = /(?:(?:^|[\s。．！，,])[\u4e00-\u9fa5·]{2,5}\s+[摄攝]|供图|供圖|摄影|攝影)\s*[)）]?$/
/** A caption whose picture the extracted text lost: opens like one (图为…) or ends in a photo credit. */
export function isStandaloneCaption(line: string): boolean {
  if (charLength(line) > 150) return false
  return CAPTION_OPENING.test(line) || PHOTO_CREDIT.test(line)
}

/** A caption's text and the photographer credited at its end with `作者:`. */
export function splitCaptionAuthor(caption: string): { caption: string; author?: string } {
  const m = /^(.*?)\s+作者\s*[:：]\s*([\u4e00-\u9fa5A-Za-z·]{1,12})$/.exec(caption)
  return m ? { caption: m[1].trim(), author: m[2] } : { caption }
}

const CAPTION_MARK = /^[▲△]\s*/

/** Whether a line carries the site's caption mark ▲. */
export function isMarkedCaption(line: string): boolean {
  return CAPTION_MARK.test(line)
}

/** A ▲ caption's text without the mark ('' when the line is only the mark). */
export function stripCaptionMark(line: string): string {
  return line.replace(CAPTION_MARK, '').trim()
}

/** Longest line taken as a caption without ▲; longer lines are the story carrying on. */
export const MAX_UNMARKED_CAPTION = 60
const PARAGRAPH_ENDING = /[。！？!?；;…：:，,、]$/
const CAPTION_OPENING = /^[(（]?\s*(?:图为|图[:：]|图片[:：]|上图|下图|左图|右图)/
/** Numbered lines ("一、…", "（二）…", "3.") open a section, so they are headings, not captions. */
const ENUMERATED = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]\s*\S|第[一二三四五六七八九十\d]+[章节部分篇])/

/**
 * Whether the line right after an image placeholder is its caption although it has no ▲.
 * Rule: at most 60 characters, not another placeholder or a byline, not numbered like a section
 * heading, and either opening like a caption (图为…, 图：…) or not ending the way a paragraph ends
 * (。！？；… or a trailing ：，、). A short unnumbered sub-heading placed directly under a picture
 * is therefore read as the picture's caption: on these sites a heading follows text, a caption a picture.
 */
export function isUnmarkedCaption(line: string): boolean {
  if (charLength(line) > MAX_UNMARKED_CAPTION) return false
  if (isImagePlaceholder(line) || parseByline(line) !== null || ENUMERATED.test(line)) return false
  return CAPTION_OPENING.test(line) || !PARAGRAPH_ENDING.test(line)
}

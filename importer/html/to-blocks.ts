// An article container's HTML → the app's blocks: paragraphs, sub-headings (h1–h6, or a short line
// that is all bold), pictures (`data-src` as WeChat prints them, else `src`) with their captions
// (figcaption, ▲ lines, 图为…, a short centred line under the picture), quotes as paragraphs, and
// the links to files (附件). Inline formatting is flattened: the app renders plain text blocks.
import type { AnyNode, Element } from 'domhandler'
import { isTag, isText } from 'domhandler'
import { getAttributeValue } from './dom'

/** A block before its files are re-hosted: an image still points at its original address. */
export type RawBlock = { type: 'paragraph'; text: string } | { type: 'heading'; text: string } | { type: 'image'; url: string; alt?: string; caption?: string }

export interface FileLink {
  name: string
  url: string
}

const BLOCK = new Set(['p', 'div', 'section', 'article', 'blockquote', 'li', 'ul', 'ol', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tbody', 'tr', 'td', 'th', 'center', 'header', 'footer', 'main', 'dl', 'dt', 'dd', 'pre', 'hr'])
const HEADING_TAG = /^h[1-6]$/
const BOLD = new Set(['strong', 'b'])
const FILE_LINK = /\.(?:docx?|xlsx?|pptx?|pdf|wps|et|zip|rar|7z|ofd|txt)(?:[?#].*)?$/i
const MAX_BOLD_HEADING = 40
const MAX_CAPTION = 80
const CAPTION_TEXT = /^[▲△]|^[(（]?\s*(?:图为|图[:：]|图片[:：]|上图|下图)|(?:\s[\u4e00-\u9fa5·]{2,5}\s*[摄攝]|供图)\s*[)）]?$/

interface Run {
  text: string
  bold: boolean
}

interface Context {
  centred: boolean
  caption: boolean
  heading: boolean
  bold: boolean
}

function isCentred(el: Element): boolean {
  const style = (getAttributeValue(el, 'style') ?? '').replace(/\s+/g, '').toLowerCase()
  return style.includes('text-align:center') || (getAttributeValue(el, 'align') ?? '').toLowerCase() === 'center' || el.name === 'center'
}

function isCaptionBox(el: Element): boolean {
  return el.name === 'figcaption' || /(?:caption|img_?desc|pic_?(?:title|txt|desc)|imgtitle)/i.test(getAttributeValue(el, 'class') ?? '')
}

/** Converts a container into raw blocks and the file links in it. */
export function containerToBlocks(container: Element): { blocks: RawBlock[]; files: FileLink[] } {
  const blocks: RawBlock[] = []
  const files: FileLink[] = []
  let runs: Run[] = []
  let runContext: Context | null = null

  const flush = () => {
    const text = runs
      .map((r) => r.text)
      .join('')
      .replace(/[\s\u00a0\u3000]+/g, ' ')
      .trim()
    const allBold = runs.filter((r) => r.text.trim() !== '').every((r) => r.bold)
    const ctx = runContext
    runs = []
    runContext = null
    if (text === '' || !ctx) return
    const previous = blocks[blocks.length - 1]
    const captionLike = ctx.caption || CAPTION_TEXT.test(text) || (ctx.centred && text.length <= MAX_CAPTION && !/[。！？]$/.test(text))
    if (previous?.type === 'image' && previous.caption === undefined && text.length <= MAX_CAPTION && captionLike) {
      previous.caption = text.replace(/^[▲△]\s*/, '')
      return
    }
    if (ctx.heading || (allBold && text.length <= MAX_BOLD_HEADING && !/[。！？；]/.test(text))) blocks.push({ type: 'heading', text })
    else blocks.push({ type: 'paragraph', text })
  }

  const walk = (node: AnyNode, ctx: Context) => {
    if (isText(node)) {
      if (node.data.trim() === '' && runs.length === 0) return
      runs.push({ text: node.data, bold: ctx.bold })
      runContext ??= ctx
      return
    }
    if (!isTag(node)) return
    const el = node
    if (el.name === 'br') {
      flush()
      return
    }
    if (el.name === 'img') {
      const url = getAttributeValue(el, 'data-src') ?? getAttributeValue(el, 'src')
      if (!url || /^javascript:/i.test(url)) return
      flush()
      const alt = getAttributeValue(el, 'alt')?.trim()
      blocks.push({ type: 'image', url, ...(alt ? { alt } : {}) })
      return
    }
    if (el.name === 'a') {
      const href = getAttributeValue(el, 'href')
      if (href && FILE_LINK.test(href) && !/^javascript:/i.test(href)) {
        const name = el.children.map((c) => (isText(c) ? c.data : '')).join('').trim()
        files.push({ name: name || decodeURIComponent(href.split(/[?#]/)[0].split('/').pop() ?? href), url: href })
      }
    }
    const block = BLOCK.has(el.name)
    const next: Context = {
      centred: ctx.centred || isCentred(el),
      caption: ctx.caption || isCaptionBox(el),
      heading: ctx.heading || HEADING_TAG.test(el.name),
      bold: ctx.bold || BOLD.has(el.name) || /font-weight:\s*(?:bold|[6-9]00)/i.test(getAttributeValue(el, 'style') ?? ''),
    }
    if (block) flush()
    for (const child of el.children) walk(child, next)
    if (block) flush()
  }

  walk(container, { centred: false, caption: false, heading: false, bold: false })
  flush()
  return { blocks, files }
}

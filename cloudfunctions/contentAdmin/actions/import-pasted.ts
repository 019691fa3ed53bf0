// importPasted (粘贴导入): the text of a page from the union's site or a 公众号 article, turned into
// a draft's fields and blocks by the importer's `parsePastedPage`. What the page does not say is
// left empty with a warning in Chinese — a page without a date opens with the date empty, never a
// guessed one. Image placeholders cannot carry the picture itself: each becomes a note to upload it.
import { importPastedInput } from '../../../contracts/content-admin/actions'
import { ARTICLE_TITLE_MAX, type EditorBlock } from '../../../contracts/content-admin/words'
import { appError } from '../../../contracts/errors'
import { parsePastedPage } from '../../../importer/parse-pasted-page'
import { ok } from '../../_shared/handler'
import { contentAction, WRITERS } from '../content-action'

export const importPasted = contentAction({
  roles: WRITERS,
  input: importPastedInput,
  run: async ({ text }) => {
    const page = parsePastedPage(text)
    // Refused text (binary, absurd lengths) says why in its first warning.
    if (!page.ok) return appError('INVALID_INPUT', `无法识别粘贴的页面：${page.warnings[0]}`, { text: page.warnings[0] })
    const warnings = [...page.warnings]
    const blocks: EditorBlock[] = []
    let images = 0
    for (const b of page.blocks) {
      if (b.type === 'image') {
        images += 1
        warnings.push(`第 ${images} 张图片${b.caption ? `（${b.caption}）` : ''}需要重新上传`)
        if (b.caption) blocks.push({ type: 'paragraph', text: b.caption })
      } else blocks.push({ type: b.type, text: b.text })
    }
    if (page.fields.title.length > ARTICLE_TITLE_MAX) warnings.push(`标题超过 ${ARTICLE_TITLE_MAX} 字，已截断，请检查`)
    const { title, channel, source, byline, publishedAt } = page.fields
    return ok({
      title: title.slice(0, ARTICLE_TITLE_MAX),
      channel,
      source,
      blocks,
      warnings,
      dateMissing: page.dateMissing,
      ...(publishedAt ? { publishedAt } : {}),
      ...(byline ? { byline } : {})
    })
  }
})

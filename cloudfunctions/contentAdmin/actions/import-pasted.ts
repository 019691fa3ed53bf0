// importPasted (粘贴导入): the text of a page from the union's site or a 公众号 article, turned into
// blocks by the project's importer for the editor to check. Image placeholders cannot carry the
// picture itself: each becomes a note to upload it.
import { importPastedInput } from '../../../contracts/content-admin/actions'
import type { EditorBlock } from '../../../contracts/content-admin/words'
import { appError } from '../../../contracts/errors'
import { parseArticlePage } from '../../../importer/parse/parse-article-page'
import { ok } from '../../_shared/handler'
import { contentAction, WRITERS } from '../content-action'

export const importPasted = contentAction({
  roles: WRITERS,
  input: importPastedInput,
  run: async ({ text }) => {
    const parsed = parseArticlePage(text, { sourceKey: 'pasted' })
    if (!parsed.ok) return appError('INVALID_INPUT', `无法识别粘贴的页面：${parsed.reason}`, { text: parsed.reason })
    const { article } = parsed
    const warnings = [...parsed.warnings]
    const blocks: EditorBlock[] = []
    let images = 0
    for (const b of article.blocks) {
      if (b.type === 'image') {
        images += 1
        warnings.push(`第 ${images} 张图片${b.caption ? `（${b.caption}）` : ''}需要重新上传`)
        if (b.caption) blocks.push({ type: 'paragraph', text: b.caption })
      } else blocks.push({ type: b.type, text: b.text })
    }
    return ok({
      title: article.title,
      channel: article.channel,
      source: article.source,
      publishedAt: article.publishedAt,
      blocks,
      warnings,
      ...(article.byline ? { byline: article.byline } : {})
    })
  }
})

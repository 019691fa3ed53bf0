// diff: the text changes between two revisions (0 = the working copy), line by line and within a
// line by word, as a publisher reads them before deciding.
import { diffWordsWithSpace } from 'diff'
import { diffInput } from '../../../contracts/content-admin/actions'
import type { AnyBody, ArticleBody, DiffPart, RevisionDoc } from '../../../contracts/content-admin/words'
import { appError } from '../../../contracts/errors'
import { ok } from '../../_shared/handler'
import { findItem, revisionId, revisions } from '../../_shared/content-admin/items'
import { contentAction, READERS } from '../content-action'

/** A body as lines of text (an article's title, then each block; other kinds field by field). */
export function bodyText(body: AnyBody): string {
  if ('blocks' in body) {
    const a = body as ArticleBody
    const lines = [`标题：${a.title}`, `栏目：${a.channel}`, ...(a.summary ? [`摘要：${a.summary}`] : [])]
    for (const b of a.blocks) {
      if (b.type === 'image') lines.push(`[图片] ${b.caption ?? ''}（${b.alt}）`)
      else if (b.type === 'attachment') lines.push(`[附件] ${b.name}`)
      else lines.push(b.type === 'heading' ? `## ${b.text}` : b.type === 'quote' ? `> ${b.text}` : b.text)
    }
    return lines.join('\n')
  }
  return Object.entries(body)
    .map(([k, v]) => `${k}：${Array.isArray(v) ? v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : x)).join('、') : v}`)
    .join('\n')
}

export const diff = contentAction({
  roles: READERS,
  input: diffInput,
  run: async ({ id, from, to }) => {
    const item = await findItem(id)
    if (!item) return appError('CONTENT_NOT_FOUND')
    const bodyOf = async (n: number) => {
      if (n === 0) return item.body
      const doc = (await revisions().where({ _id: revisionId(id, n) }).limit(1).get()).data[0] as RevisionDoc | undefined
      return doc?.body ?? null
    }
    const [a, b] = await Promise.all([bodyOf(from), bodyOf(to)])
    if (!a || !b) return appError('CONTENT_NOT_FOUND', '该版本不存在')
    const parts: DiffPart[] = diffWordsWithSpace(bodyText(a), bodyText(b)).map((p) => ({ op: p.added ? 'added' : p.removed ? 'removed' : 'same', text: p.value }))
    return ok({ parts })
  }
})

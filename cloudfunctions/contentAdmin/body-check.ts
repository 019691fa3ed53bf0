// A save's body: parsed with its kind's schema (400 naming the field, as `body.<path>`), then the
// files it points at must be ones `confirmUpload` accepted, each used as what it is.
import type { z } from 'zod'
import { CONTENT_ADMIN_COLLECTIONS, type AnyBody, type ArticleBody, type ContentKind } from '../../contracts/content-admin/words'
import { appError } from '../../contracts/errors'
import type { Envelope } from '../../contracts/envelope'
import { database } from '../_shared/cloudbase'
import { invalid } from '../_shared/handler'
import { KINDS } from '../_shared/content-admin/kinds'
import { fileKey } from './files'

export function parseBody(kind: ContentKind, raw: unknown): { body: AnyBody } | { error: Envelope<never> } {
  const parsed = (KINDS[kind].schema as z.ZodType).safeParse(raw)
  if (parsed.success) return { body: parsed.data as AnyBody }
  const shifted = { issues: parsed.error.issues.map((issue) => ({ ...issue, path: ['body', ...issue.path] })) }
  return { error: invalid(shifted as unknown as z.ZodError) }
}

/** The files an article uses, with what each must be. */
function filesOf(body: ArticleBody): { fileID: string; purpose: 'image' | 'attachment'; field: string }[] {
  const out: { fileID: string; purpose: 'image' | 'attachment'; field: string }[] = body.cover ? [{ fileID: body.cover, purpose: 'image', field: 'body.cover' }] : []
  body.blocks.forEach((b, i) => {
    if (b.type === 'image') out.push({ fileID: b.fileID, purpose: 'image', field: `body.blocks.${i}.fileID` })
    if (b.type === 'attachment') out.push({ fileID: b.fileID, purpose: 'attachment', field: `body.blocks.${i}.fileID` })
  })
  return out
}

/** null when every file of the body was accepted for its use; else 400 naming the first bad one. */
export async function checkFiles(kind: ContentKind, body: AnyBody): Promise<Envelope<never> | null> {
  if (kind !== 'article') return null
  const files = filesOf(body as ArticleBody)
  if (!files.length) return null
  const _ = database().command
  const { data } = await database()
    .collection(CONTENT_ADMIN_COLLECTIONS.files)
    .where({ _id: _.in([...new Set(files.map((f) => fileKey(f.fileID)))]) })
    .limit(1000)
    .get()
  const accepted = new Map((data as { _id: string; purpose: string }[]).map((d) => [d._id, d.purpose]))
  for (const f of files) {
    const purpose = accepted.get(fileKey(f.fileID))
    if (!purpose) return appError('FILE_NOT_FOUND', '文件不存在或未通过检查，请重新上传', { [f.field]: '文件不存在或未通过检查，请重新上传' })
    if (purpose !== f.purpose) return appError('FILE_TYPE_REFUSED', f.purpose === 'image' ? '这里只能放图片' : '这里只能放附件', { [f.field]: '文件用途不符' })
  }
  return null
}

// prepareUpload and confirmUpload. The editor's device scales an image down first; the function
// then hands out a path in the caller's own folder (refusing a declared size over the cap: 413),
// and after the upload checks the stored bytes themselves: a file over the cap (413) or not what
// its bytes say (400) is deleted, an accepted one is recorded so a save can use it.
import { randomBytes } from 'node:crypto'
import { confirmUploadInput, prepareUploadInput } from '../../../contracts/content-admin/actions'
import { ATTACHMENT_TYPES, CONTENT_ADMIN_COLLECTIONS, IMAGE_TYPES } from '../../../contracts/content-admin/words'
import { cloudPathOf } from '../../../contracts/dream-plan/uploads'
import { appError } from '../../../contracts/errors'
import { cloudbase, database } from '../../_shared/cloudbase'
import { ok } from '../../_shared/handler'
import { auditContent } from '../../_shared/content-admin/audit-content'
import { contentAction, EDITORS } from '../content-action'
import { ALL_TYPES, fileKey, maxBytes, parseContentPath, sniff, tooLargeMessage } from '../files'

const REFUSED_TYPE = '文件类型不支持：图片仅限 JPG、PNG、WebP、GIF，附件仅限 PDF、Word（.docx）、Excel（.xlsx）'

export const prepareUpload = contentAction({
  roles: EDITORS,
  input: prepareUploadInput,
  run: async ({ purpose, contentType, size }, { caller }) => {
    const allowed: Record<string, string> = purpose === 'image' ? IMAGE_TYPES : ATTACHMENT_TYPES
    if (!(contentType in allowed)) return appError('FILE_TYPE_REFUSED', REFUSED_TYPE, { contentType: REFUSED_TYPE })
    if (size > maxBytes(purpose)) return appError('PAYLOAD_TOO_LARGE', tooLargeMessage(purpose), { size: tooLargeMessage(purpose) })
    return ok({ cloudPath: `content/${caller.openid}/${purpose}-${randomBytes(12).toString('hex')}.${allowed[contentType]}` })
  }
})

export const confirmUpload = contentAction({
  roles: EDITORS,
  input: confirmUploadInput,
  run: async ({ fileID }, { caller, now }) => {
    const path = cloudPathOf(fileID)
    const parts = path ? parseContentPath(path) : null
    // Another person's upload is "not found" to this one.
    if (!parts || parts.openid !== caller.openid) return appError('FILE_NOT_FOUND')
    let bytes: Buffer
    try {
      bytes = (await cloudbase().downloadFile({ fileID })).fileContent as Buffer
    } catch {
      return appError('FILE_NOT_FOUND')
    }
    const refuse = async (code: 'PAYLOAD_TOO_LARGE' | 'FILE_TYPE_REFUSED', message: string) => {
      await cloudbase().deleteFile({ fileList: [fileID] })
      return appError(code, message, { fileID: message })
    }
    if (bytes.length > maxBytes(parts.purpose)) return refuse('PAYLOAD_TOO_LARGE', tooLargeMessage(parts.purpose))
    const actual = sniff(bytes)
    const allowed = Object.values(parts.purpose === 'image' ? IMAGE_TYPES : ATTACHMENT_TYPES) as string[]
    if (!actual || !allowed.includes(actual)) return refuse('FILE_TYPE_REFUSED', REFUSED_TYPE)
    if (actual !== parts.ext) return refuse('FILE_TYPE_REFUSED', '文件内容与扩展名不符，请重新选择文件')
    const contentType = Object.keys(ALL_TYPES).find((t) => ALL_TYPES[t] === actual)!
    await database()
      .collection(CONTENT_ADMIN_COLLECTIONS.files)
      .doc(fileKey(fileID))
      .set({ fileID, purpose: parts.purpose, contentType, size: bytes.length, by: caller.openid, at: now.toISOString() })
    await auditContent(caller, 'upload', { id: `file:${fileKey(fileID)}` }, null, { fileID, size: bytes.length }, now, { detail: { upload: parts.purpose } })
    return ok({ fileID, contentType, size: bytes.length })
  }
})

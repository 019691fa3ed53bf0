// Copies a page's pictures and attached files into cloud storage (the SDK's uploadFile), so the app
// never hotlinks another site: each block and attachment then points at a `cloud://` file ID.
// Files are stored under their content hash, so importing a page again stores nothing new.
// A picture or file that cannot be fetched fails the page; whatever this page already uploaded is
// deleted again (the caller writes no article), so a failed page leaves nothing behind.
import { createHash } from 'node:crypto'
import { readFile, realpath } from 'node:fs/promises'
import path from 'node:path'
import type { ArticleBlock, Attachment } from '../contracts/content/article'
import type { SdkApp } from '../cloudfunctions/_shared/sdk-app'
import type { FileLink, RawBlock } from './html/to-blocks'

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024
export const MAX_FILE_BYTES = 50 * 1024 * 1024
const FETCH_TIMEOUT_MS = 20_000

/** Where relative addresses of a saved page point: the folder the browser saved it in. */
export interface RehostContext {
  app: SdkApp
  /** Storage folder for this page's files (e.g. `imports/<sourceKey>`). */
  folder: string
  /** The saved page's folder, for `page_files/1.jpg`; files outside it are refused. */
  pageDir?: string
  /** Leave uploads in place after a failure (a stored version of the page may use the same files). */
  keepOnFailure?: boolean
}

/** A failure with the reason an editor reads. */
export class RehostError extends Error {}

const EXT_BY_TYPE: Record<string, string> = { 'image/jpeg': '.jpg', 'image/png': '.png', 'image/gif': '.gif', 'image/webp': '.webp', 'image/bmp': '.bmp', 'application/pdf': '.pdf' }

function extensionOf(ref: string, contentType?: string): string {
  const fromName = path.extname(ref.split(/[?#]/)[0]).toLowerCase()
  if (/^\.[a-z0-9]{1,5}$/.test(fromName)) return fromName
  // WeChat's image host names no extension: `…/640?wx_fmt=png`.
  const wxFmt = /[?&]wx_fmt=([a-z]+)/i.exec(ref)?.[1]
  if (wxFmt) return `.${wxFmt.toLowerCase() === 'jpeg' ? 'jpg' : wxFmt.toLowerCase()}`
  return (contentType && EXT_BY_TYPE[contentType.split(';')[0].trim()]) || '.bin'
}

async function fetchBytes(ref: string, kind: 'image' | 'file', ctx: RehostContext): Promise<{ bytes: Buffer; ext: string }> {
  const limit = kind === 'image' ? MAX_IMAGE_BYTES : MAX_FILE_BYTES
  const label = kind === 'image' ? '图片' : '附件'
  if (/^data:/i.test(ref)) {
    const m = /^data:([^;,]+)?(;base64)?,(.*)$/is.exec(ref)
    if (!m || kind !== 'image' || !/^image\//i.test(m[1] ?? '')) throw new RehostError(`${label}的内嵌数据无法识别`)
    const bytes = m[2] ? Buffer.from(m[3], 'base64') : Buffer.from(decodeURIComponent(m[3]))
    if (bytes.length > limit) throw new RehostError(`${label}过大（超过 ${limit / 1024 / 1024} MB）`)
    return { bytes, ext: EXT_BY_TYPE[m[1].toLowerCase()] ?? '.bin' }
  }
  if (/^https?:\/\//i.test(ref)) {
    let res: Response
    try {
      res = await fetch(ref, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' })
    } catch {
      throw new RehostError(`${label}下载失败：${ref}`)
    }
    if (!res.ok) throw new RehostError(`${label}下载失败（HTTP ${res.status}）：${ref}`)
    const type = res.headers.get('content-type') ?? undefined
    if (kind === 'image' && type && !/^image\//i.test(type)) throw new RehostError(`${label}地址返回的不是图片（${type.split(';')[0]}）：${ref}`)
    const declared = Number(res.headers.get('content-length') ?? 0)
    if (declared > limit) throw new RehostError(`${label}过大（超过 ${limit / 1024 / 1024} MB）：${ref}`)
    const bytes = Buffer.from(await res.arrayBuffer())
    if (bytes.length > limit) throw new RehostError(`${label}过大（超过 ${limit / 1024 / 1024} MB）：${ref}`)
    return { bytes, ext: extensionOf(ref, type) }
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) throw new RehostError(`${label}地址不受支持：${ref}`)
  // A path relative to the saved page: only inside the page's own folder.
  if (!ctx.pageDir) throw new RehostError(`${label}是相对地址，但页面没有注明自己的网址：${ref}`)
  const root = await realpath(ctx.pageDir)
  const wanted = path.resolve(root, decodeURIComponent(ref.split(/[?#]/)[0]))
  let real: string
  try {
    real = await realpath(wanted)
  } catch {
    throw new RehostError(`${label}文件不存在：${ref}`)
  }
  if (path.relative(root, real).startsWith('..') || path.isAbsolute(path.relative(root, real))) throw new RehostError(`${label}在页面文件夹之外，已拒绝：${ref}`)
  const bytes = await readFile(real)
  if (bytes.length > limit) throw new RehostError(`${label}过大（超过 ${limit / 1024 / 1024} MB）：${ref}`)
  return { bytes, ext: extensionOf(ref) }
}

/** Copies the pictures and files into storage; returns the blocks and attachments pointing at them. */
export async function rehostPage(
  blocks: RawBlock[],
  files: FileLink[],
  ctx: RehostContext,
): Promise<{ blocks: ArticleBlock[]; attachments: Attachment[]; uploaded: string[] }> {
  const uploaded: string[] = []
  const byRef = new Map<string, string>()
  const store = async (ref: string, kind: 'image' | 'file'): Promise<string> => {
    const known = byRef.get(ref)
    if (known) return known
    const { bytes, ext } = await fetchBytes(ref, kind, ctx)
    const cloudPath = `${ctx.folder}/${createHash('sha256').update(bytes).digest('hex').slice(0, 24)}${ext}`
    const res = (await ctx.app.uploadFile({ cloudPath, fileContent: bytes })) as { fileID: string }
    uploaded.push(res.fileID)
    byRef.set(ref, res.fileID)
    return res.fileID
  }
  try {
    const out: ArticleBlock[] = []
    for (const block of blocks) {
      if (block.type !== 'image') out.push(block)
      else out.push({ type: 'image', src: await store(block.url, 'image'), ...(block.caption ? { caption: block.caption } : {}) })
    }
    const attachments: Attachment[] = []
    for (const file of files) attachments.push({ name: file.name, url: await store(file.url, 'file') })
    return { blocks: out, attachments, uploaded }
  } catch (err) {
    if (!ctx.keepOnFailure) await removeUploaded(ctx.app, uploaded)
    throw err
  }
}

/** Deletes files this import uploaded (best effort: the page failed, these must not linger). */
export async function removeUploaded(app: SdkApp, fileIds: string[]): Promise<void> {
  if (fileIds.length === 0) return
  try {
    await app.deleteFile({ fileList: fileIds })
  } catch {
    // Content-addressed paths: a leftover is overwritten, never duplicated, by the next import.
  }
}

// Uploads: where a file goes (the caller's own folder under content/, a random name), and the check
// that decides by the file's bytes, not its name, whether it is the image or document it claims.
// Sizes are capped (413); a refused file is deleted from storage.
import { createHash } from 'node:crypto'
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES, IMAGE_MAX_BYTES, IMAGE_TYPES, type UploadPurpose } from '../../contracts/content-admin/words'

export const ALL_TYPES: Record<string, string> = { ...IMAGE_TYPES, ...ATTACHMENT_TYPES }

/** `contentFiles` key of a fileID. */
export function fileKey(fileID: string): string {
  return createHash('sha256').update(fileID).digest('hex').slice(0, 40)
}

export function maxBytes(purpose: UploadPurpose): number {
  return purpose === 'image' ? IMAGE_MAX_BYTES : ATTACHMENT_MAX_BYTES
}

export function tooLargeMessage(purpose: UploadPurpose): string {
  return purpose === 'image' ? '图片不能超过 500 KB（请先压缩到 1600 像素宽以内）' : '附件不能超过 20 MB'
}

/** The cloud path parts of a content upload, or null. */
export function parseContentPath(cloudPath: string): { openid: string; purpose: UploadPurpose; ext: string } | null {
  const m = /^content\/([A-Za-z0-9_-]{1,64})\/(image|attachment)-[a-f0-9]{24}\.(jpg|png|webp|gif|pdf|docx|xlsx)$/.exec(cloudPath)
  return m ? { openid: m[1], purpose: m[2] as UploadPurpose, ext: m[3] } : null
}

const startsWith = (buf: Buffer, bytes: number[], offset = 0) => bytes.every((b, i) => buf[offset + i] === b)

/** Names in a zip's local file headers (enough to tell a Word file from an Excel one). */
function zipEntryNames(buf: Buffer, limit = 200): string[] {
  const names: string[] = []
  let at = 0
  while (names.length < limit) {
    at = buf.indexOf('PK\x03\x04', at, 'latin1')
    if (at < 0 || at + 30 > buf.length) break
    const nameLength = buf.readUInt16LE(at + 26)
    names.push(buf.toString('utf8', at + 30, Math.min(buf.length, at + 30 + nameLength)))
    at += 30 + nameLength
  }
  return names
}

/** What the bytes are (an extension of ours), or null when they are none of the accepted types. */
export function sniff(buf: Buffer): string | null {
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return 'jpg'
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (buf.toString('latin1', 0, 4) === 'RIFF' && buf.toString('latin1', 8, 12) === 'WEBP') return 'webp'
  if (/^GIF8[79]a$/.test(buf.toString('latin1', 0, 6))) return 'gif'
  if (buf.toString('latin1', 0, 5) === '%PDF-') return 'pdf'
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(buf)
    if (!names.includes('[Content_Types].xml')) return null
    if (names.some((n) => n.startsWith('word/'))) return 'docx'
    if (names.some((n) => n.startsWith('xl/'))) return 'xlsx'
  }
  return null
}

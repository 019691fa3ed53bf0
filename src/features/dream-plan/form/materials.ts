// The materials step's checks on the device, before anything is sent: jpg/png/pdf only, at most
// 10 MB, not empty (the function checks type and size again in prepareUpload). Zod-free.
import type { MaterialFile } from '@contracts/dream-plan/application'
import { MATERIAL_KINDS, MATERIAL_MAX_BYTES, type MaterialKind, type PolicyView } from '@contracts/dream-plan/policy'
import type { MaterialContentType } from '@contracts/dream-plan/uploads'

/** The H5 file input's `accept`, and the extensions chooseMessageFile may offer. */
export const MATERIAL_ACCEPT = '.jpg,.jpeg,.png,.pdf'
export const MATERIAL_EXTENSIONS = ['jpg', 'jpeg', 'png', 'pdf']

const BY_EXTENSION: Record<string, MaterialContentType> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', pdf: 'application/pdf' }
const BY_MIME: Record<string, MaterialContentType> = { 'image/jpeg': 'image/jpeg', 'image/jpg': 'image/jpeg', 'image/png': 'image/png', 'application/pdf': 'application/pdf' }

/** The material type of a chosen file, from its extension (and its MIME type when it agrees), or null. */
export function contentTypeOf(name: string, mime?: string): MaterialContentType | null {
  const ext = name.split(/[?#]/)[0].split('.').pop()?.toLowerCase() ?? ''
  const fromName = BY_EXTENSION[ext]
  const fromMime = mime ? BY_MIME[mime.toLowerCase()] : undefined
  if (fromName && fromMime && fromName !== fromMime) return null
  return fromName ?? (ext ? null : fromMime ?? null)
}

/** Why this file cannot be a material (Chinese), or its type. */
export function checkChosenFile(file: { name: string; size: number; mime?: string }): { contentType: MaterialContentType } | { error: string } {
  const contentType = contentTypeOf(file.name, file.mime)
  if (!contentType) return { error: '只支持 jpg、png 或 pdf 文件，请重新选择' }
  if (!(file.size > 0)) return { error: '文件是空的，请重新选择' }
  if (file.size > MATERIAL_MAX_BYTES) return { error: `文件有 ${formatBytes(file.size)}，不能超过 10 MB，请压缩后重新选择` }
  return { contentType }
}

/** A file name the form accepts: no < or >, at most 100 characters, the extension kept. */
export function safeFileName(name: string, fallback: string): string {
  const clean = name.replace(/[<>\\/\u0000-\u001f]/g, '_').trim() || fallback
  if (clean.length <= 100) return clean
  const dot = clean.lastIndexOf('.')
  const ext = dot > 0 && clean.length - dot <= 6 ? clean.slice(dot) : ''
  return clean.slice(0, 100 - ext.length) + ext
}

/** 1.2 MB / 350 KB */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}

/** True for images (shown as a thumbnail), false for PDFs (shown by name). */
export function isImage(file: Pick<MaterialFile, 'contentType'>): boolean {
  return file.contentType.startsWith('image/')
}

const DEFAULT_NAMES: Record<MaterialKind, string> = { enrolmentProof: '入学证明', tuitionReceipt: '学费缴费凭证' }

/** Each material's name and description, from the policy (a default name if the policy lacks one). */
export function materialDocs(policy: PolicyView | null): { kind: MaterialKind; name: string; description: string }[] {
  return MATERIAL_KINDS.map((kind) => {
    const doc = policy?.documents.find((d) => d.kind === kind)
    return { kind, name: doc?.name ?? DEFAULT_NAMES[kind], description: doc?.description ?? '' }
  })
}

// Where a 圆梦计划 material is uploaded in cloud storage, and the check the function applies to a
// fileID the app sends back. The path carries the uploader's openid, so the function can tell that
// a file is the caller's own without reading storage metadata (the server SDK cannot), and a
// worker can never attach another worker's file:
//
//   dream-plan/<openid>/<year>/<kind>-<random>.<ext>      e.g. dream-plan/oAbC…/2026/tuitionReceipt-3f9a…c1.pdf
//
// The function hands out the path (`prepareUpload`); the app uploads there with
// `Taro.cloud.uploadFile({ cloudPath })` (on H5: PUT /__storage/client/<cloudPath> locally).
// Zod-free, for the app and the function alike.
import type { CheckResult } from './identity-numbers'
import { MATERIAL_KINDS, type MaterialKind } from './policy'

/** The extension a material of each accepted type is stored under. */
export const MATERIAL_EXTENSIONS = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/pdf': 'pdf'
} as const
export type MaterialContentType = keyof typeof MATERIAL_EXTENSIONS

/** The folder every 圆梦计划 upload lives under. */
export const MATERIALS_ROOT = 'dream-plan'

/** The random part of a material's name: 16–40 letters and digits (the function makes it). */
const RANDOM = /^[A-Za-z0-9]{16,40}$/
/** openids as WeChat issues them (letters, digits, - and _). */
const OPENID = /^[A-Za-z0-9_-]{1,64}$/

/** Where one material of `openid`'s application for `year` is uploaded. */
export function materialCloudPath(p: { openid: string; year: number; kind: MaterialKind; contentType: MaterialContentType; random: string }): string {
  if (!OPENID.test(p.openid) || !RANDOM.test(p.random)) throw new Error('invalid material path parts')
  return `${MATERIALS_ROOT}/${p.openid}/${p.year}/${p.kind}-${p.random}.${MATERIAL_EXTENSIONS[p.contentType]}`
}

/** The cloud path inside a fileID (`cloud://<env>.<bucket>/<path>`), or null when it is not one. */
export function cloudPathOf(fileID: string): string | null {
  const m = /^cloud:\/\/[^/\s]+\/(.+)$/.exec(fileID)
  return m ? m[1] : null
}

/** The parts of a material's cloud path, or null when the path does not follow the convention. */
export function parseMaterialPath(cloudPath: string): { openid: string; year: number; kind: MaterialKind; random: string; ext: string } | null {
  const m = /^dream-plan\/([A-Za-z0-9_-]{1,64})\/(\d{4})\/([A-Za-z]+)-([A-Za-z0-9]{16,40})\.(jpg|png|pdf)$/.exec(cloudPath)
  if (!m || !(MATERIAL_KINDS as readonly string[]).includes(m[3])) return null
  return { openid: m[1], year: Number(m[2]), kind: m[3] as MaterialKind, random: m[4], ext: m[5] }
}

/**
 * Whether `fileID` may stand as `kind` in `openid`'s application for `year`: under their own
 * folder, in the slot it was uploaded for, with the extension of the type it claims to be.
 * Whether the file exists is the function's second check (storage, not this module).
 */
export function checkMaterialFileId(fileID: string, expected: { openid: string; year: number; kind: MaterialKind; contentType: MaterialContentType }): CheckResult {
  const cloudPath = cloudPathOf(fileID)
  const parts = cloudPath ? parseMaterialPath(cloudPath) : null
  // Another worker's file is "not found" to this one: never confirm that it exists.
  if (!parts || parts.openid !== expected.openid) return '文件不存在，请重新上传'
  if (parts.year !== expected.year || parts.kind !== expected.kind) return '文件与所选材料不符，请重新上传'
  if (parts.ext !== MATERIAL_EXTENSIONS[expected.contentType]) return '文件类型与文件不符，请重新上传'
  return null
}

// The uploaded materials: each fileID must be under the caller's own folder for this year and slot
// (contracts/dream-plan/uploads.ts) and exist in storage; the worker's pages get temporary URLs.
import type { MaterialsSection } from '../../../contracts/dream-plan/application'
import { MATERIAL_KINDS } from '../../../contracts/dream-plan/policy'
import { checkMaterialFileId, type MaterialContentType } from '../../../contracts/dream-plan/uploads'
import { appError } from '../../../contracts/errors'
import type { Envelope, FieldErrors } from '../../../contracts/envelope'
import { cloudbase } from '../cloudbase'

const LABELS: Record<(typeof MATERIAL_KINDS)[number], string> = { enrolmentProof: '入学证明', tuitionReceipt: '学费缴费凭证' }

/** How long a material's link on the worker's page stays valid. */
export const MATERIAL_URL_SECONDS = 600

/** null when every material is the caller's and exists; else FILE_NOT_FOUND naming each bad one. */
export async function verifyMaterials(materials: MaterialsSection, owner: { openid: string; year: number }): Promise<Envelope<never> | null> {
  const fields: FieldErrors = {}
  for (const kind of MATERIAL_KINDS) {
    const file = materials[kind]
    const problem = checkMaterialFileId(file.fileID, { ...owner, kind, contentType: file.contentType as MaterialContentType })
    if (problem) fields[`materials.${kind}.fileID`] = problem
  }
  if (!Object.keys(fields).length) {
    // Only the caller's own paths reach storage: nothing here tells them whether another's file exists.
    const { fileList } = await cloudbase().getTempFileURL({ fileList: MATERIAL_KINDS.map((kind) => ({ fileID: materials[kind].fileID, maxAge: 60 })) })
    MATERIAL_KINDS.forEach((kind, i) => {
      if (fileList?.[i]?.code !== 'SUCCESS') fields[`materials.${kind}.fileID`] = '文件不存在，请重新上传'
    })
  }
  const bad = MATERIAL_KINDS.find((kind) => fields[`materials.${kind}.fileID`])
  return bad ? appError('FILE_NOT_FOUND', `${LABELS[bad]}：${fields[`materials.${bad}.fileID`]}`, fields) : null
}

/** Temporary URLs of the materials, by fileID ('' for a file that is gone). */
export async function materialUrls(materials: MaterialsSection): Promise<Map<string, string>> {
  const ids = MATERIAL_KINDS.map((kind) => materials[kind].fileID)
  const { fileList } = await cloudbase().getTempFileURL({ fileList: ids.map((fileID) => ({ fileID, maxAge: MATERIAL_URL_SECONDS })) })
  return new Map(ids.map((id, i) => [id, fileList?.[i]?.code === 'SUCCESS' ? fileList[i].tempFileURL : '']))
}

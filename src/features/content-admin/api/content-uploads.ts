// Putting an image or attachment into cloud storage for an article: the function hands out the
// path (refusing what is too large or of the wrong type), the app uploads, and the function then
// judges the stored bytes. Images are scaled down on the device first (scale-image.ts).
import type { UploadPurpose } from '@contracts/content-admin/words'
import { callFunction } from '@/lib/cloud'
import { uploadToCloud, type UploadSource } from '@/lib/upload'

export interface ContentUpload {
  fileID: string
  size: number
  contentType: string
}

export async function uploadContentFile(purpose: UploadPurpose, contentType: string, size: number, source: UploadSource): Promise<ContentUpload> {
  const { cloudPath } = await callFunction('contentAdmin', 'prepareUpload', { purpose, contentType, size })
  const { fileID } = await uploadToCloud({ cloudPath, source })
  return callFunction('contentAdmin', 'confirmUpload', { fileID })
}

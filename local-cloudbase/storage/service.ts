// The `storage.*` actions @cloudbase/node-sdk sends (src/storage/index.ts): upload metadata with a
// signed PUT URL, temporary download URLs, and deletes. Reply fields are the ones the SDK reads.
import { CloudbaseError, CODES } from '../errors'
import { isValidCloudPath, type FileStore } from './file-store'
import type { UrlSigner } from './signer'

/** Where the storage routes are mounted. */
export const STORAGE_PREFIX = '/__storage'
const UPLOAD_TTL_MS = 10 * 60_000
const DEFAULT_DOWNLOAD_TTL_S = 600

type Params = Record<string, unknown>

/** True when the storage service answers this action. */
export function handlesStorageAction(action: string): boolean {
  return action === 'storage.getUploadMetadata' || action === 'storage.batchGetDownloadUrl' || action === 'storage.batchDeleteFile'
}

/** A signed URL to GET a stored file until `maxAgeSeconds` from now. */
export function downloadUrl(baseUrl: string, signer: UrlSigner, cloudPath: string, maxAgeSeconds = DEFAULT_DOWNLOAD_TTL_S): string {
  const expires = Date.now() + maxAgeSeconds * 1000
  return `${baseUrl}${STORAGE_PREFIX}/get/${encodePath(cloudPath)}?expires=${expires}&sign=${signer.sign('get', cloudPath, expires)}`
}

export function runStorageAction(files: FileStore, signer: UrlSigner, baseUrl: string, action: string, p: Params): unknown {
  if (action === 'storage.getUploadMetadata') {
    const cloudPath = String(p.path ?? '')
    if (!isValidCloudPath(cloudPath)) throw new CloudbaseError(CODES.INVALID_PARAM, 'invalid cloudPath')
    const expires = Date.now() + UPLOAD_TTL_MS
    const signature = signer.sign('put', cloudPath, expires)
    return {
      url: `${baseUrl}${STORAGE_PREFIX}/put/${encodePath(cloudPath)}?expires=${expires}`,
      token: '',
      authorization: signature,
      fileId: files.fileIdOf(cloudPath),
      cosFileId: cloudPath
    }
  }
  if (action === 'storage.batchGetDownloadUrl') {
    const list = Array.isArray(p.file_list) ? (p.file_list as { fileid?: string; max_age?: number }[]) : []
    return {
      download_list: list.map(({ fileid = '', max_age }) => {
        const file = files.stat(fileid)
        if (!file) return { code: 'STORAGE_FILE_NONEXIST', message: '文件不存在', fileID: fileid, tempFileURL: '' }
        return { code: 'SUCCESS', fileID: fileid, tempFileURL: downloadUrl(baseUrl, signer, file.cloudPath, Number(max_age) > 0 ? Number(max_age) : undefined) }
      })
    }
  }
  if (action === 'storage.batchDeleteFile') {
    const list = Array.isArray(p.fileid_list) ? (p.fileid_list as string[]) : []
    return { delete_list: list.map((fileID) => ({ fileID, code: files.delete(String(fileID)) ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST' })) }
  }
  throw new CloudbaseError(CODES.INVALID_ACTION, `action ${action} is not supported`)
}

function encodePath(cloudPath: string): string {
  return cloudPath.split('/').map(encodeURIComponent).join('/')
}

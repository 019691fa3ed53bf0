// The one way the app puts a file into cloud storage, at a path a function handed out (e.g.
// dreamPlan.prepareUpload). Weapp: `Taro.cloud.uploadFile`, which sends the bytes as the signed-in
// WeChat user. H5: the local CloudBase's client upload route, `PUT /__storage/client/<cloudPath>`
// with the persona's X-WX-OPENID, answering `{ ok, data: { fileID } }` like the gateway
// (local-cloudbase/storage/storage-routes.ts). Progress is reported as 0–1 where the platform tells it.
import Taro from '@tarojs/taro'
import { isEnvelope } from '@contracts/envelope'
import { CloudError } from './cloud'
import { getPersonaOpenid } from './persona'

/** A chosen file: a temporary path in WeChat, the browser's Blob on H5. */
export type UploadSource = { kind: 'path'; path: string } | { kind: 'blob'; blob: Blob }

export interface UploadRequest {
  cloudPath: string
  source: UploadSource
  /** Called with 0–1 as bytes leave the device. */
  onProgress?: (fraction: number) => void
}

/** How long an H5 upload may take before it is called a network failure (10 MB on a slow line). */
const H5_TIMEOUT_MS = 120_000

const UPLOAD_FAILED = '文件上传失败，请检查网络后重试'

function uploadFailed(cause?: unknown): CloudError {
  return new CloudError('UPLOAD_FAILED', UPLOAD_FAILED, undefined, cause)
}

/**
 * Weapp. `Taro.cloud` must be initialised first; the upload path always comes from a function
 * call made just before, and `callFunction` (src/lib/cloud.ts) initialises it.
 */
function uploadWeapp({ cloudPath, source, onProgress }: UploadRequest): Promise<{ fileID: string }> {
  if (source.kind !== 'path') return Promise.reject(uploadFailed('weapp uploads take a file path'))
  return new Promise((resolve, reject) => {
    const task = Taro.cloud.uploadFile({
      cloudPath,
      filePath: source.path,
      success: (res) => (res.fileID ? resolve({ fileID: res.fileID }) : reject(uploadFailed(res))),
      fail: (err) => reject(uploadFailed(err))
    })
    task?.onProgressUpdate?.((p) => onProgress?.(Math.min(1, Math.max(0, p.progress / 100))))
  })
}

function apiBase(): string {
  return (process.env.TARO_APP_API_BASE ?? '').replace(/\/+$/, '')
}

/** H5: one XMLHttpRequest (unlike fetch, it reports upload progress). */
function uploadH5({ cloudPath, source, onProgress }: UploadRequest): Promise<{ fileID: string }> {
  if (source.kind !== 'blob') return Promise.reject(uploadFailed('H5 uploads take a Blob'))
  const url = `${apiBase()}/__storage/client/${cloudPath.split('/').map(encodeURIComponent).join('/')}`
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('PUT', url)
    xhr.timeout = H5_TIMEOUT_MS
    xhr.setRequestHeader('Content-Type', source.blob.type || 'application/octet-stream')
    xhr.setRequestHeader('X-WX-OPENID', getPersonaOpenid())
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(e.loaded / e.total)
    }
    xhr.onload = () => {
      let body: unknown
      try {
        body = JSON.parse(xhr.responseText)
      } catch (error) {
        reject(uploadFailed(error))
        return
      }
      if (!isEnvelope(body)) {
        reject(uploadFailed(body))
      } else if (body.ok) {
        const fileID = (body.data as { fileID?: unknown } | null)?.fileID
        if (typeof fileID === 'string' && fileID) resolve({ fileID })
        else reject(uploadFailed(body))
      } else {
        reject(new CloudError(body.error.code, /[\u3400-\u9fff]/.test(body.error.message) ? body.error.message : UPLOAD_FAILED, body.error.fields))
      }
    }
    xhr.onerror = () => reject(uploadFailed())
    xhr.ontimeout = () => reject(uploadFailed('timeout'))
    xhr.send(source.blob)
  })
}

/** Uploads `source` to `cloudPath`; resolves with the storage fileID, rejects with a CloudError in Chinese. */
export function uploadToCloud(request: UploadRequest): Promise<{ fileID: string }> {
  return process.env.TARO_ENV === 'h5' ? uploadH5(request) : uploadWeapp(request)
}

// Pictures on the phone: getImageInfo reads a picture's size and type, compressImage re-encodes it
// as a smaller JPEG, cropImage is WeChat's cropper (the user frames the picture at a fixed shape and
// confirms, or closes it). (A file's size is FileSystemManager.getFileInfo's, in file-system.ts.)
// The pixels are real: jimp decodes and encodes them (in image-work.cjs), so what the app uploads is
// the picture WeChat would have made.
// https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.getImageInfo.html
// https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.compressImage.html
// https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.cropImage.html
import { execFile } from 'node:child_process'
import path from 'node:path'
import { asyncApi, WxFail } from './callback'
import type { WxContext } from './context'

/** The shapes WeChat's cropper offers (cropScale's legal values). */
const CROP_SCALES = ['16:9', '9:16', '4:3', '3:4', '5:4', '4:5', '1:1']

const TYPES: Record<string, string> = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/gif': 'gif', 'image/bmp': 'bmp' }

const WORKER = path.join(__dirname, 'image-work.cjs')

interface Job {
  op: 'info' | 'jpeg'
  crop?: { x: number; y: number; w: number; h: number }
  width?: number
  height?: number
  quality?: number
}

/** Runs one job over `bytes` in plain Node; a picture it cannot decode fails as WeChat's would. */
function work(api: string, bytes: Buffer, job: Job): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [WORKER, JSON.stringify(job)], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(new WxFail(`${api} image decode failed`)) : resolve(stdout)
    )
    child.stdin!.end(bytes)
  })
}

export function imageApis(ctx: WxContext) {
  function bytesOf(src: unknown): Buffer {
    const bytes = typeof src === 'string' ? ctx.files.read(src) : undefined
    if (!bytes) throw new WxFail(`file not found: ${String(src)}`)
    return bytes
  }
  async function info(api: string, bytes: Buffer): Promise<{ width: number; height: number; mime: string }> {
    return JSON.parse((await work(api, bytes, { op: 'info' })).toString('utf8'))
  }

  return {
    getImageInfo: asyncApi(ctx, 'getImageInfo', async (o) => {
      const { width, height, mime } = await info('getImageInfo', bytesOf(o.src))
      return { width, height, type: TYPES[mime] ?? 'unknown', path: o.src, orientation: 'up' }
    }),
    compressImage: asyncApi(ctx, 'compressImage', async (o) => {
      const bytes = bytesOf(o.src)
      const quality = typeof o.quality === 'number' ? Math.min(100, Math.max(0, o.quality)) : 80
      // One side given: the other follows the picture's shape, as WeChat documents.
      const width = typeof o.compressedWidth === 'number' ? o.compressedWidth : undefined
      const height = typeof o.compressedHeight === 'number' ? o.compressedHeight : undefined
      return { tempFilePath: ctx.files.add(await work('compressImage', bytes, { op: 'jpeg', width, height, quality }), 'jpg') }
    }),
    cropImage: asyncApi(ctx, 'cropImage', async (o) => {
      const scale = String(o.cropScale ?? '')
      if (!CROP_SCALES.includes(scale)) throw new WxFail(`parameter error: cropScale should be one of ${CROP_SCALES.join(', ')}`)
      const bytes = bytesOf(o.src)
      const { width, height } = await info('cropImage', bytes)
      if (ctx.choices.crop === 'cancel') throw new WxFail('cancel')
      // The user confirms the cropper's first frame: the largest of that shape, in the middle.
      const [w, h] = scale.split(':').map(Number)
      const cropWidth = Math.min(width, Math.floor((height * w) / h))
      const cropHeight = Math.floor((cropWidth * h) / w)
      const crop = { x: Math.floor((width - cropWidth) / 2), y: Math.floor((height - cropHeight) / 2), w: cropWidth, h: cropHeight }
      return { tempFilePath: ctx.files.add(await work('cropImage', bytes, { op: 'jpeg', crop, quality: 90 }), 'jpg') }
    })
  }
}

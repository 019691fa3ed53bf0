// Files in and out: chooseMedia / chooseMessageFile hand out the files the test's user picks (and
// need privacy agreement, like on a phone), downloadFile fetches a URL into a temporary file,
// openDocument and previewImage check they are given something that exists.
// https://developers.weixin.qq.com/miniprogram/dev/api/media/video/wx.chooseMedia.html
// https://developers.weixin.qq.com/miniprogram/dev/api/file/wx.openDocument.html
import { asyncApi, WxFail } from './callback'
import type { PickedFile, WxContext } from './context'
import { OFFLINE_REASON, type NetworkState } from './network'
import { requirePrivacy, type PrivacyState } from './privacy'
import { extensionOf } from './temp-files'

const DOCUMENT_TYPES = ['doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'pdf']

export function mediaApis(ctx: WxContext, privacy: PrivacyState, network?: NetworkState) {
  function take(queue: PickedFile[][], api: string): PickedFile[] {
    const picked = queue.shift()
    if (!picked || picked.length === 0) throw new WxFail('cancel')
    return picked
  }
  return {
    chooseMedia: asyncApi(ctx, 'chooseMedia', async (o) => {
      await requirePrivacy(ctx, privacy, 'chooseMedia')
      const count = typeof o.count === 'number' ? o.count : 9
      const picked = take(ctx.choices.media, 'chooseMedia').slice(0, count)
      return {
        type: picked.every((f) => (f.type ?? 'image') === 'image') ? 'image' : 'mix',
        tempFiles: picked.map((f) => ({ tempFilePath: ctx.files.add(f.bytes, extensionOf(f.name)), size: f.bytes.length, fileType: f.type ?? 'image' }))
      }
    }),
    chooseMessageFile: asyncApi(ctx, 'chooseMessageFile', async (o) => {
      await requirePrivacy(ctx, privacy, 'chooseMessageFile')
      const count = typeof o.count === 'number' ? o.count : 1
      const picked = take(ctx.choices.messageFiles, 'chooseMessageFile').slice(0, count)
      return {
        tempFiles: picked.map((f) => ({ path: ctx.files.add(f.bytes, extensionOf(f.name)), size: f.bytes.length, name: f.name, type: f.type ?? 'file', time: Math.floor(Date.now() / 1000) }))
      }
    }),
    downloadFile: asyncApi(ctx, 'downloadFile', async (o) => {
      const url = String(o.url ?? '')
      if (!/^https?:\/\//.test(url)) throw new WxFail('invalid url')
      if (network && !network.online) throw new WxFail(OFFLINE_REASON)
      const res = await fetch(url)
      const bytes = Buffer.from(await res.arrayBuffer())
      const ext = extensionOf(new URL(url).pathname)
      return { tempFilePath: ctx.files.add(bytes, ext), statusCode: res.status }
    }),
    openDocument: asyncApi(ctx, 'openDocument', (o) => {
      const filePath = String(o.filePath ?? '')
      if (!ctx.files.read(filePath)) throw new WxFail(`file doesn't exist: ${filePath}`)
      const type = String(o.fileType ?? extensionOf(filePath))
      if (!DOCUMENT_TYPES.includes(type)) throw new WxFail(`filetype not supported: ${type}`)
      return {}
    }),
    previewImage: asyncApi(ctx, 'previewImage', (o) => {
      const urls = o.urls
      if (!Array.isArray(urls) || urls.length === 0 || urls.some((u) => typeof u !== 'string' || u === '')) throw new WxFail('parameter error: parameter.urls should be Array of String')
      if (o.current !== undefined && !urls.includes(o.current)) throw new WxFail('current not in urls')
      return {}
    })
  }
}

// wx.cloud against the local CloudBase. callFunction runs the built function through the local
// runner with the caller's openid and appid, exactly as the platform injects them (WX_OPENID in the
// function's environment, `userInfo` in its event), so `app.auth().getUserInfo()` sees the persona.
// Files go to the local storage: uploads through its client route as the signed-in user, downloads
// through a temporary URL. Data crosses as JSON, as between WeChat and the cloud.
// https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/functions/Cloud.callFunction.html
import { InvocationError } from '../../../../local-cloudbase/functions/runner'
import { asyncApi, syncApi, WxFail } from './callback'
import type { WxContext } from './context'
import { offlineFailure, type NetworkState } from './network'
import { extensionOf } from './temp-files'

function jsonCross<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T)
}

export function cloudApis(ctx: WxContext, network?: NetworkState) {
  let initialised = false
  // Every call below goes to the cloud: with the connection cut it fails before reaching it.
  const needInit = (api: string) => {
    if (!initialised) throw new WxFail(`${api} 须先调用 wx.cloud.init`)
    if (network && !network.online) throw offlineFailure()
  }
  return {
    init: syncApi(ctx, 'cloud.init', () => {
      initialised = true
    }),
    callFunction: asyncApi(ctx, 'cloud.callFunction', async (o) => {
      needInit('callFunction')
      const name = String(o.name ?? '')
      if (!ctx.cloudbase.local.runner.has(name)) throw new WxFail('-501000 FunctionName parameter could not be found', -501000)
      const { openid, appid } = ctx.persona
      const data = jsonCross((o.data ?? {}) as Record<string, unknown>)
      const event = { ...data, userInfo: { appId: appid, openId: openid } }
      try {
        const result = await ctx.cloudbase.local.runner.invoke(name, event, { openid, appid })
        return { result: jsonCross(result), requestID: `local-${Date.now()}` }
      } catch (error) {
        if (error instanceof InvocationError && error.kind === 'timeout') throw new WxFail('-504003 Invoking task timed out', -504003)
        throw new WxFail(`-504002 functions execute fail: ${(error as Error).message}`, -504002)
      }
    }),
    uploadFile: (() => {
      const upload = asyncApi(ctx, 'cloud.uploadFile', async (o) => {
        needInit('uploadFile')
        const bytes = ctx.files.read(String(o.filePath ?? ''))
        if (!bytes) throw new WxFail(`file not found: ${String(o.filePath)}`)
        const cloudPath = String(o.cloudPath ?? '')
        const res = await fetch(`${ctx.cloudbase.url}/__storage/client/${encodeURI(cloudPath)}`, {
          method: 'PUT',
          headers: { 'x-wx-openid': ctx.persona.openid, 'content-type': 'application/octet-stream' },
          body: new Uint8Array(bytes)
        })
        const body = (await res.json()) as { ok: boolean; data?: { fileID: string }; error?: { message: string } }
        if (!body.ok || !body.data) throw new WxFail(`-503003 ${body.error?.message ?? 'upload failed'}`, -503003)
        return { fileID: body.data.fileID, statusCode: 200 }
      })
      // WeChat returns an UploadTask when callbacks are given; progress reaches 100 with the bytes.
      return (o: Record<string, unknown> = {}) => {
        const progress = new Set<(p: { progress: number; totalBytesSent: number; totalBytesExpectedToSend: number }) => void>()
        const size = ctx.files.read(String(o.filePath ?? ''))?.length ?? 0
        const success = o.success as ((r: unknown) => void) | undefined
        const result = upload({
          ...o,
          success: success
            ? (r: unknown) => {
                for (const l of progress) l({ progress: 100, totalBytesSent: size, totalBytesExpectedToSend: size })
                success(r)
              }
            : undefined
        })
        if (result) return result
        return { onProgressUpdate: (l: never) => progress.add(l), offProgressUpdate: (l: never) => progress.delete(l), abort: () => {} }
      }
    })(),
    downloadFile: asyncApi(ctx, 'cloud.downloadFile', async (o) => {
      needInit('downloadFile')
      const fileID = String(o.fileID ?? '')
      const { fileList } = await ctx.cloudbase.sdk.getTempFileURL({ fileList: [fileID] })
      const url = fileList[0]?.tempFileURL
      if (!url) throw new WxFail(`-503002 file not found: ${fileID}`, -503002)
      const res = await fetch(url)
      if (!res.ok) throw new WxFail(`-503002 download failed (${res.status})`, -503002)
      const bytes = Buffer.from(await res.arrayBuffer())
      return { tempFilePath: ctx.files.add(bytes, extensionOf(fileID)), statusCode: 200 }
    }),
    getTempFileURL: asyncApi(ctx, 'cloud.getTempFileURL', async (o) => {
      needInit('getTempFileURL')
      const list = (o.fileList as unknown[]) ?? []
      const { fileList } = await ctx.cloudbase.sdk.getTempFileURL({ fileList: list as string[] })
      return { fileList: jsonCross(fileList) }
    })
  }
}

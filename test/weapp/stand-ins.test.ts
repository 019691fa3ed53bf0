// The wx stand-ins keep WeChat's documented limits, checked without running the app: storage (1 MB
// a key, 10 MB in all), navigation (pages of app.json only, tab pages only through switchTab, at
// most 10 pages), and an API the harness does not stand in for fails.
import { WEAPP_OUT } from '../../scripts/paths'
import { readManifest } from '../helpers/weapp/manifest'
import { Recorder } from '../helpers/weapp/recorder'
import { defaultChoices, defaultDevice, type WxContext } from '../helpers/weapp/wx/context'
import { createWx } from '../helpers/weapp/wx/index'
import { DeviceStorage, MAX_ITEM_BYTES } from '../helpers/weapp/wx/storage'
import { TempFiles } from '../helpers/weapp/wx/temp-files'
import { eventually } from '../helpers/eventually'
import { requirePluginFor } from '../helpers/weapp/plugins'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

type Api = (options?: Record<string, unknown>) => Promise<Record<string, unknown>> | undefined

function standIn() {
  const routes: string[] = ['pages/index/index']
  const ctx: WxContext = {
    root: WEAPP_OUT,
    manifest: readManifest(WEAPP_OUT),
    recorder: new Recorder(),
    persona: { openid: 'o-stand-in', appid: 'wx-local-futian' },
    choices: defaultChoices(),
    device: defaultDevice(),
    files: new TempFiles(),
    // Only its data dir is read here (the subscribe-message templates WeChat's stand-in knows).
    cloudbase: { dataDir: '/nonexistent' } as never,
    gesture: { inTap: false },
    navigator: {
      routes: () => routes,
      push: async (route) => void routes.push(route),
      redirect: async (route) => void routes.splice(routes.length - 1, 1, route),
      switchTab: async (route) => void routes.splice(0, routes.length, route),
      reLaunch: async (route) => void routes.splice(0, routes.length, route),
      back: async (delta) => void routes.splice(Math.max(1, routes.length - delta))
    }
  }
  const { wx, network } = createWx(ctx, new DeviceStorage(), () => ({ path: 'pages/index/index', query: {}, scene: 1001 }))
  const call = (name: string, options: Record<string, unknown> = {}) => (wx[name] as Api)(options) as Promise<Record<string, unknown>>
  return { ctx, wx, routes, call, network }
}

describe('storage', () => {
  test('one key holds at most 1 MB, with WeChat\'s message', () => {
    const { wx } = standIn()
    const set = wx.setStorageSync as (k: string, v: unknown) => void
    const get = wx.getStorageSync as (k: string) => unknown
    set('fits', 'x'.repeat(MAX_ITEM_BYTES - 100))
    expect(() => set('too-big', 'x'.repeat(MAX_ITEM_BYTES))).toThrow('setStorageSync:fail exceed storage item max length')
    expect(get('too-big')).toBe('')
    // What comes back is a copy, as WeChat serialises what it stores.
    const saved = { a: [1, 2] }
    set('copy', saved)
    expect(get('copy')).toEqual(saved)
    expect(get('copy')).not.toBe(saved)
  })

  test('all keys together hold at most 10 MB', async () => {
    const { wx, call } = standIn()
    const set = wx.setStorageSync as (k: string, v: unknown) => void
    for (let i = 0; i < 10; i++) set(`k${i}`, 'x'.repeat(MAX_ITEM_BYTES - 1024))
    await expect(call('setStorage', { key: 'one-more', data: 'x'.repeat(200 * 1024) })).rejects.toEqual({ errMsg: 'setStorage:fail exceed storage max size 10MB' })
  })
})

describe('navigation', () => {
  test('navigateTo a tab page, a page not in app.json, and switchTab to a page fail as in WeChat', async () => {
    const { call, ctx } = standIn()
    await expect(call('navigateTo', { url: '/pages/services/index' })).rejects.toEqual({ errMsg: 'navigateTo:fail can not navigateTo a tabbar page' })
    await expect(call('navigateTo', { url: '/pages/nowhere/index' })).rejects.toEqual({ errMsg: 'navigateTo:fail page "pages/nowhere/index" is not found' })
    await expect(call('switchTab', { url: '/pages/article/index' })).rejects.toEqual({ errMsg: 'switchTab:fail can not switch to no-tabBar page' })
    expect(ctx.recorder.takeProblems('navigation-failed')).toHaveLength(3)
  })

  test('relative urls resolve against the current page; the stack stops at 10 pages', async () => {
    const { call, routes } = standIn()
    await expect(call('navigateTo', { url: '../article/index?id=a1' })).resolves.toEqual({ errMsg: 'navigateTo:ok' })
    expect(routes).toEqual(['pages/index/index', 'pages/article/index'])
    for (let i = routes.length; i < 10; i++) await call('navigateTo', { url: '/pages/article/index?id=a1' })
    expect(routes).toHaveLength(10)
    await expect(call('navigateTo', { url: '/pages/article/index?id=a1' })).rejects.toEqual({ errMsg: 'navigateTo:fail webview count limit exceed' })
  })
})

test('an API the harness does not stand in for is a problem and throws', () => {
  const { wx, ctx } = standIn()
  expect(typeof wx.startBluetoothDevicesDiscovery).toBe('function')
  expect(() => (wx.startBluetoothDevicesDiscovery as () => void)()).toThrow(/not available in the weapp harness/)
  expect(ctx.recorder.problems).toEqual([{ kind: 'unknown-api', detail: expect.stringContaining('wx.startBluetoothDevicesDiscovery') }])
})

test('requestSubscribeMessage outside a tap is refused', async () => {
  const { call } = standIn()
  await expect(call('requestSubscribeMessage', { tmplIds: ['t1'] })).rejects.toEqual({ errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.', errno: 10004 })
})

test('requestSubscribeMessage takes 1–3 templates the admin console holds, as WeChat documents', async () => {
  const { call, ctx } = standIn()
  ctx.gesture.inTap = true
  const asked = (tmplIds: unknown) => call('requestSubscribeMessage', { tmplIds })
  await expect(asked([])).rejects.toEqual({ errMsg: "requestSubscribeMessage:fail TmplIds can't be empty", errno: 10001 })
  await expect(asked(['a', 'b', 'c', 'd'])).rejects.toEqual({ errMsg: 'requestSubscribeMessage:fail Templates count out of max bounds', errno: 20003 })
  await expect(asked(['not-in-the-console'])).rejects.toEqual({ errMsg: 'requestSubscribeMessage:fail No template data return, verify the template id exist', errno: 20001 })
})

test('with the network cut: getNetworkType says none, listeners hear it, cloud calls and downloads fail as WeChat fails them', async () => {
  const { call, wx, network } = standIn()
  const heard: unknown[] = []
  const listener = (r: unknown) => heard.push(r)
  ;(wx.onNetworkStatusChange as (l: unknown) => void)(listener)
  await expect(call('getNetworkType')).resolves.toMatchObject({ networkType: 'wifi', errMsg: 'getNetworkType:ok' })
  network.cut()
  await expect(call('getNetworkType')).resolves.toMatchObject({ networkType: 'none' })
  await eventually(() => heard).toEqual([{ isConnected: false, networkType: 'none' }])
  const cloud = wx.cloud as Record<string, (o?: object) => Promise<unknown>>
  void cloud.init()
  await expect(cloud.callFunction({ name: 'content', data: {} })).rejects.toEqual({ errMsg: 'cloud.callFunction:fail request:fail net::ERR_INTERNET_DISCONNECTED', errCode: -1 })
  await expect(call('downloadFile', { url: 'https://example.com/a.png' })).rejects.toMatchObject({ errMsg: 'downloadFile:fail net::ERR_INTERNET_DISCONNECTED' })
  ;(wx.offNetworkStatusChange as (l: unknown) => void)(listener)
  network.restore()
  await expect(call('getNetworkType')).resolves.toMatchObject({ networkType: 'wifi' })
  expect(heard).toHaveLength(1)
})

test('wx.env names the user data folder, and saveFile writes only inside it', async () => {
  const { wx, ctx } = standIn()
  expect(wx.env).toEqual({ USER_DATA_PATH: 'wxfile://usr' })
  const fs = (wx.getFileSystemManager as () => Record<string, (o: object) => void>)()
  const temp = ctx.files.add(Buffer.from('x'), 'png')
  const save = (filePath: string) => new Promise((resolve) => fs.saveFile({ tempFilePath: temp, filePath, success: resolve, fail: resolve }))
  await expect(save('undefined/offline-a.png')).resolves.toEqual({ errMsg: 'saveFile:fail permission denied, open undefined/offline-a.png' })
  await expect(save('wxfile://usr/offline-a.png')).resolves.toMatchObject({ errMsg: 'saveFile:ok', savedFilePath: 'wxfile://usr/offline-a.png' })
})

test('requirePlugin answers from app.json plugins: none declared, another declared, this one declared', () => {
  const rootWith = (plugins?: object) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'weapp-plugins-'))
    writeFileSync(path.join(dir, 'app.json'), JSON.stringify({ pages: ['pages/index/index'], ...(plugins ? { plugins } : {}) }))
    return dir
  }
  const recorder = new Recorder()
  expect(() => requirePluginFor(rootWith(), recorder)('WechatSI')).toThrow('This application has not registered any plugins yet.')
  const declared = { WechatSI: { version: '0.3.6', provider: 'wx069ba97219f66d99' } }
  expect(() => requirePluginFor(rootWith(declared), recorder)('other')).toThrow(/not declared/)
  expect(recorder.problems).toEqual([])
  expect(() => requirePluginFor(rootWith(declared), recorder)('WechatSI')).toThrow(/not available in the weapp harness/)
  expect(recorder.takeProblems('unknown-api')).toHaveLength(1)
})

// The harness catches what only WeChat's logic layer shows, as the axe test proves axe catches a
// planted violation: in a copy of dist/ (never in src/) a page that uses a browser global
// (TextEncoder, window), a navigateTo to a tab page, and promises rejected with nobody to catch
// them. Each must surface as a problem.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { WEAPP_OUT } from '../../scripts/paths'
import { launchWeapp, type WeappApp } from '../helpers/weapp/app'
import { startSeededCloudbase, waitUntilShown } from '../helpers/weapp/seeded-cloudbase'
import type { TestCloudbase } from '../helpers/local-cloudbase'

let cb: TestCloudbase
let planted: string
let app: WeappApp | undefined
beforeAll(async () => {
  cb = await startSeededCloudbase()
  planted = mkdtempSync(path.join(os.tmpdir(), 'weapp-planted-'))
  cpSync(WEAPP_OUT, planted, { recursive: true })
})
afterAll(async () => {
  rmSync(planted, { recursive: true, force: true })
  await cb?.stop()
})
afterEach(() => {
  app?.close()
  app = undefined
})

/** Makes the page's onShow run `code` first, as a bug written in a page's useDidShow would. */
function plantInOnShow(route: string, code: string): void {
  const file = path.join(planted, `${route}.js`)
  const source = readFileSync(path.join(WEAPP_OUT, `${route}.js`), 'utf8')
  const planted_ = source.replace(/Page\(([A-Za-z_$][\w$]*)\)/, (_m, v: string) => `${v}.onShow=(function(o){return function(){${code};return o.apply(this,arguments)}})(${v}.onShow);Page(${v})`)
  expect(planted_).not.toBe(source)
  writeFileSync(file, planted_)
}

test.each([
  ['TextEncoder', 'new TextEncoder().encode("福田")'],
  ['window', 'window.scrollTo(0, 0)']
])('a page using the browser global %s is caught', async (name, code) => {
  plantInOnShow('pages/mine/index', code)
  app = await launchWeapp({ cloudbase: cb, openid: 'o-weapp-planted', root: planted, entry: 'pages/mine/index' })
  const problems = app.recorder.takeProblems('uncaught-error')
  expect(problems.map((p) => p.detail).join('\n')).toMatch(new RegExp(`ReferenceError: ${name} is not defined`))
  expect(() => app!.recorder.assertNoProblems()).not.toThrow()
  writeFileSync(path.join(planted, 'pages/mine/index.js'), readFileSync(path.join(WEAPP_OUT, 'pages/mine/index.js')))
})

test('a navigateTo to a tab page is caught with WeChat\'s message, even when the page swallows the failure', async () => {
  // A page that opens the 服务 tab with navigateTo and ignores the failure: on H5 it works, in
  // WeChat nothing happens. (Uncaught, the failure would also fail the test as an unhandled rejection.)
  plantInOnShow('pages/mine/index', 'wx.navigateTo({ url: "/pages/services/index", fail: function () {} })')
  app = await launchWeapp({ cloudbase: cb, openid: 'o-weapp-planted', root: planted, entry: 'pages/mine/index' })
  await app.current.waitFor(() => app!.recorder.problems.length > 0, '导航失败被记录')
  expect(app.recorder.takeProblems('navigation-failed').map((p) => p.detail)).toEqual(['navigateTo: can not navigateTo a tabbar page'])
  expect(app.recorder.callsOf('navigateTo').map((c) => (c.args[0] as { url: string }).url)).toEqual(['/pages/services/index'])
  expect(app.current.route).toBe('pages/mine/index')
  writeFileSync(path.join(planted, 'pages/mine/index.js'), readFileSync(path.join(WEAPP_OUT, 'pages/mine/index.js')))
})

test.each([
  ['an async function in the page throws', '(async function () { throw new TypeError("planted: items is undefined") })()', /TypeError: planted: items is undefined/],
  ['a promise-style wx call fails and nothing catches it', 'wx.showToast({})', /"errMsg":"showToast:fail parameter error: parameter.title should be String"/]
])('an unhandled rejection (%s) is a problem of the page, not a jest crash', async (_what, code, reason) => {
  plantInOnShow('pages/mine/index', code)
  app = await launchWeapp({ cloudbase: cb, openid: 'o-weapp-planted', root: planted, entry: 'pages/mine/index' })
  await app.current.waitFor(() => app!.recorder.problems.some((p) => p.kind === 'unhandled-rejection'), '未处理的 rejection 被记录')
  const problems = app.recorder.takeProblems('unhandled-rejection')
  expect(problems).toHaveLength(1)
  expect(problems[0].detail).toMatch(/^pages\/mine\/index: /)
  expect(problems[0].detail).toMatch(reason)
  expect(() => app!.recorder.assertNoProblems()).not.toThrow()
  writeFileSync(path.join(planted, 'pages/mine/index.js'), readFileSync(path.join(WEAPP_OUT, 'pages/mine/index.js')))
})

test('the same taps on the real build have no problems', async () => {
  app = await launchWeapp({ cloudbase: cb, openid: 'o-weapp-planted', entry: 'pages/mine/index' })
  await waitUntilShown(app.current, '我的收藏')
  await app.current.tap('我的收藏')
  await app.waitForPage('packages/news/pages/favourites/index')
  app.recorder.assertNoProblems()
})

// 朗读 in the mini-program build when WeChat's speech plugin (WechatSI) is not there: the app ships
// without `plugins` in app.json until the plugin is added in the admin console (README, 朗读), and
// then requirePlugin throws as WeChat throws (test/helpers/weapp/plugins.ts). The article still
// reads; the button says why 朗读 is off instead of failing silently, in normal and 关怀 mode; the
// app asks for no audio and nothing lands in the problem list.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { WEAPP_OUT } from '../../scripts/paths'
import { launchWeapp, type WeappApp } from '../helpers/weapp/app'
import { waitUntilShown } from '../helpers/weapp/seeded-cloudbase'
import { startTestCloudbase, type TestCloudbase } from '../helpers/local-cloudbase'
import { makeArticle } from '../helpers/article-factory'
import { DeviceStorage } from '../helpers/weapp/wx/storage'

const UNAVAILABLE = '朗读不可用'
const REASON = '朗读需要微信同声传译插件，当前版本暂未开通'

let cb: TestCloudbase
let app: WeappApp | undefined
let id: string
beforeAll(async () => {
  cb = await startTestCloudbase()
  const doc = makeArticle({ title: '职工书屋开放时间调整', blocks: [{ type: 'paragraph', text: '职工书屋周六也开放。' }] })
  id = ((await cb.sdk.database().collection('articles').add({ ...doc, viewCount: 0, shareCount: 0 })) as { id: string }).id
})
afterAll(async () => {
  await cb?.stop()
})
afterEach(() => {
  app?.close()
  app = undefined
})

test('the build declares no plugin, so WeChat would refuse requirePlugin', () => {
  const json = JSON.parse(readFileSync(path.join(WEAPP_OUT, 'app.json'), 'utf8')) as { plugins?: object }
  expect(json.plugins).toBeUndefined()
})

/** A phone whose worker turned 关怀模式 on earlier (the app's own settings key). */
function careStorage(): DeviceStorage {
  const storage = new DeviceStorage()
  storage.items.set('futian.readingSettings', JSON.stringify({ fontSize: 'medium', eyeCare: 'white', care: true }))
  return storage
}

test.each([
  ['normal', false],
  ['关怀, WeChat font ×1.4', true]
])('WechatSI unavailable (%s): the article reads and the 朗读 button says why', async (_mode, care) => {
  app = await launchWeapp({
    cloudbase: cb,
    openid: 'o-weapp-listener',
    entry: `/pages/article/index?id=${id}`,
    device: { fontSizeScaleFactor: care ? 1.4 : 1 },
    storage: care ? careStorage() : undefined
  })
  const article = app.current
  await waitUntilShown(article, '职工书屋周六也开放')
  await article.waitForText(UNAVAILABLE)
  await article.waitForText(REASON)
  // In 关怀 mode the explanation sits under the page's font factor (the large control's styles).
  const factor = article.stylesAround(REASON).map((st) => /--font-factor:\s*([0-9.]+)/.exec(st)?.[1]).find(Boolean)
  expect(factor).toBe(care ? '1.4' : undefined)
  expect(article.text()).not.toContain('朗读全文')
  // Tapping the explanation does nothing harmful: no audio, no plugin call, no error.
  await article.tap(UNAVAILABLE)
  await article.tap(REASON)
  expect(app.recorder.callsOf('createInnerAudioContext')).toEqual([])
  app.recorder.assertNoProblems()
})

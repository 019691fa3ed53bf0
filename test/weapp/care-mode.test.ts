// 关怀模式 on weapp: after the worker turns it on in 我的, every page root carries WeChat's own font
// size (getAppBaseInfo().fontSizeScaleFactor) as --font-factor, which the 关怀 styles multiply
// their sizes by; off, no factor is set. The setting is remembered in the phone's storage.
import { launchWeapp, type WeappApp } from '../helpers/weapp/app'
import { dataOf, startSeededCloudbase, waitUntilShown } from '../helpers/weapp/seeded-cloudbase'
import type { TestCloudbase } from '../helpers/local-cloudbase'
import type { DeviceStorage } from '../helpers/weapp/wx/storage'

let cb: TestCloudbase
const apps: WeappApp[] = []
beforeAll(async () => {
  cb = await startSeededCloudbase()
})
afterAll(async () => {
  for (const app of apps) app.close()
  await cb?.stop()
})

async function careModeOn(fontSizeScaleFactor: number, storage?: DeviceStorage): Promise<WeappApp> {
  const app = await launchWeapp({ cloudbase: cb, openid: 'o-weapp-elder', entry: 'pages/mine/index', device: { fontSizeScaleFactor }, storage })
  apps.push(app)
  const mine = app.current
  await waitUntilShown(mine, '关怀模式（长辈模式）')
  if (mine.text().includes('已关闭')) {
    await mine.tap('关怀模式（长辈模式）')
    await mine.waitForText('已开启')
  }
  return app
}

const factorIn = (styles: string[]) => styles.map((s) => /--font-factor:\s*([0-9.]+)/.exec(s)?.[1]).find(Boolean)

test.each([1.3, 1.6])('with WeChat font size ×%s the pages set --font-factor to it', async (factor) => {
  const app = await careModeOn(factor)
  await app.current.waitFor(() => factorIn(app.current.stylesAround('我的收藏')) === String(factor), `--font-factor: ${factor}`)

  const article = (await dataOf<{ items: { id: string; title: string }[] }>(cb, 'content', { action: 'listArticles', channel: '工会动态', limit: 1 }, 'demo-worker')).items[0]
  const page = await app.reLaunchTo(`/pages/article/index?id=${article.id}`)
  await waitUntilShown(page, article.title)
  await page.waitFor(() => factorIn(page.stylesAround(article.title)) === String(factor), `文章页 --font-factor: ${factor}`)
  expect(app.recorder.callsOf('getAppBaseInfo').length).toBeGreaterThan(0)
  app.recorder.assertNoProblems()
  app.close()
})

test('off, no font factor is set; the choice survives a relaunch', async () => {
  const first = await careModeOn(1.3)
  first.close()
  const again = await launchWeapp({ cloudbase: cb, openid: 'o-weapp-elder', entry: 'pages/mine/index', device: { fontSizeScaleFactor: 1.3 }, storage: first.storage })
  apps.push(again)
  await again.current.waitForText('已开启')
  await again.current.tap('关怀模式（长辈模式）')
  await again.current.waitForText('已关闭')
  await again.current.waitFor(() => factorIn(again.current.stylesAround('我的收藏')) === undefined, '关闭后没有 --font-factor')
  again.recorder.assertNoProblems()
})

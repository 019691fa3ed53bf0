// 栏目设置 in the browser (issue 17): the H5 build over the local CloudBase with the real functions
// and the seeded demo staff. The publisher (demo-publisher) opens 栏目设置 from 内容管理, switches
// 工会动态 to 需审核, runs 立即同步公众号 against the local 公众号 stand-in (its two 示例 articles), and
// the synced articles wait in 待审核 instead of going live. An editor reads the setting but cannot
// change it. Screenshot at 375×812 to test/artifacts/content-channels-375.png.
import path from 'node:path'
import type { Page } from 'playwright-core'
import type { ContentItemDoc } from '../../contracts/content-admin/words'
import { SHOTS, settle, visible } from '../helpers/browser'
import { browserFile, PHONE } from '../helpers/browser-file'
import { eventually } from '../helpers/eventually'

jest.setTimeout(180_000)

const LIST = '/packages/staff/pages/content-list/index'
const CHANNELS = '/packages/staff/pages/content-channels/index'

const suite = browserFile({ seeded: true, timeout: 120_000 })

async function pageAs(openid: string): Promise<Page> {
  const context = await suite.open({ ...PHONE, viewport: { width: 375, height: 812 } })
  await context.addInitScript((id) => localStorage.setItem('futian.persona', id), openid)
  const page = await context.newPage()
  page.setDefaultTimeout(20_000)
  return page
}

const row = (p: Page, name: string) => p.locator(`[data-testid="channel-row"][data-name="${name}"] >> visible=true`)
const channel = async (name: string) => (await suite.cb.sdk.database().collection('channels').doc(name).get()).data[0] as { autoPublish?: boolean } | undefined
const syncedItems = async () => ((await suite.cb.sdk.database().collection('contentItems').limit(100).get()).data as ContentItemDoc[]).filter((i) => i.origin?.by === 'wechatSync')

test('a publisher sets 工会动态 to 需审核 and runs the sync: the 公众号 articles wait in 待审核', async () => {
  const publisher = await pageAs('demo-publisher')
  await publisher.goto(suite.cb.url + LIST)
  await visible(publisher, 'open-channels').click()
  await visible(publisher, 'content-channels').waitFor()
  const news = row(publisher, '工会动态')
  await eventually(() => news.locator('[data-testid="mode-auto"]').getAttribute('aria-checked')).toBe('true')

  await news.locator('[data-testid="mode-review"]').click()
  await eventually(async () => (await channel('工会动态'))?.autoPublish).toBe(false)
  await eventually(() => news.locator('[data-testid="mode-review"]').getAttribute('aria-checked')).toBe('true')

  await visible(publisher, 'run-sync').click()
  await eventually(() => visible(publisher, 'sync-summary').innerText()).toContain('待审核 2 篇')
  const items = await syncedItems()
  expect(items.map((i) => i.state)).toEqual(['pending', 'pending'])
  const live = (await suite.cb.sdk.database().collection('articles').where({ sourceKey: suite.cb.sdk.database().RegExp({ regexp: '^wechat-' }) }).count()).total
  expect(live).toBe(0)
  await settle(publisher)
  await publisher.screenshot({ path: path.join(SHOTS, 'content-channels-375.png') })

  // An editor sees the setting in words, with nothing to change.
  const editor = await pageAs('demo-editor')
  await editor.goto(suite.cb.url + CHANNELS)
  await eventually(() => row(editor, '工会动态').locator('[data-testid="mode"]').innerText()).toBe('需审核')
  expect(await row(editor, '工会动态').locator('[data-testid="mode-review"]').count()).toBe(0)
  expect(await editor.locator('[data-testid="run-sync"]').count()).toBe(0)
  await visible(editor, 'back-to-content').click()
  await visible(editor, 'content-list').waitFor()
})

// Content management on weapp (issue 12: "the weapp harness renders the editor pages"): the editor
// (demo-editor) opens 内容管理 → 新建文章, types a title and a paragraph, sees 已保存 (the draft saved
// on the server as they type) and submits; the publisher (demo-publisher) opens it in 审核发布 and
// publishes it. Then the editor changes the live article's paragraph and submits the new revision,
// and the publisher sees the text changes against the live one (【增】/【删】) and publishes them.
// The place editor takes its map point from chooseLocation (the harness stands in for WeChat's map),
// and the article's 分享封面 goes through WeChat's cropper, getImageInfo and compressImage.
import { execFileSync } from 'node:child_process'
import Jimp from 'jimp'
import type { ContentItemDoc } from '../../contracts/content-admin/words'
import { eventually } from '../helpers/eventually'
import type { PageHandle } from '../helpers/weapp/page'
import { seededWeappFile, waitUntilShown } from '../helpers/weapp/seeded-cloudbase'

const TITLE = '福田区总工会开展2026年夏日送清凉活动'
const FIRST = '7月12日，福田区总工会走进辖区建筑工地，为一线职工送去清凉物资。'
/** How long the harness's pure-JavaScript image work may take on a loaded 2-core machine. */
const PICTURE_WORK_MS = 120_000
const TITLE_WITH_COVER = '福田区总工会职工书屋新增图书三千册'
const SECOND = '7月12日至13日，福田区总工会走进辖区12个建筑工地，为户外劳动者送去清凉物资。'

const weapp = seededWeappFile()

/**
 * A 16:10 banner (2400 × 1500 PNG), red on the left and blue on the right: its middle 5:4 (1875 ×
 * 1500) keeps both. Drawn by plain Node: jimp's PNG encoder is very slow inside jest's sandbox.
 */
function drawBanner(): Buffer {
  const script = `const J = require('jimp'); const b = new J(2400, 1500, 0xc8102eff)
    b.scan(1200, 0, 1200, 1500, (x, y, i) => b.bitmap.data.writeUInt32BE(0x0b4ea2ff, i))
    b.getBufferAsync(J.MIME_PNG).then((png) => process.stdout.write(png))`
  return execFileSync(process.execPath, ['-e', script], { maxBuffer: 64 * 1024 * 1024 })
}

async function stored(): Promise<ContentItemDoc | undefined> {
  const { data } = await weapp.cb.sdk.database().collection('contentItems').where({ kind: 'article' }).limit(100).get()
  return (data as ContentItemDoc[]).find((d) => d.title === TITLE)
}

const paragraphs = (doc: ContentItemDoc | undefined) => ((doc?.body as { blocks?: { type: string; text?: string }[] })?.blocks ?? []).filter((b) => b.type === 'paragraph').map((b) => b.text)

/** Opens 内容管理 as `openid`, on the chip `state`, and taps the row titled TITLE. */
async function openRow(openid: string, state: string, route: string): Promise<PageHandle> {
  const app = await weapp.launch({ openid, entry: 'packages/staff/pages/content-list/index' })
  const list = app.current
  await waitUntilShown(list, '内容管理')
  await list.tap(new RegExp(`^${state}$`), 0)
  await waitUntilShown(list, TITLE)
  await list.tap(TITLE)
  return app.waitForPage(route)
}

/** Waits for the editor's save status to read 已保存 (the autosave reached the server). */
async function saved(editor: PageHandle) {
  await editor.waitForText('已保存')
}

test('editor writes and submits, publisher publishes; an edit of the live article shows its changes and is published', async () => {
  // 1. The editor writes a new article.
  const app = await weapp.launch({ openid: 'demo-editor', entry: 'packages/staff/pages/content-list/index' })
  await waitUntilShown(app.current, '新建文章')
  await app.current.tap(/^新建文章$/)
  const editor = await app.waitForPage('packages/staff/pages/content-editor/index')
  await waitUntilShown(editor, '填写标题后自动保存')
  await editor.type(editor.controlByLabel('标题（最多 64 字）', 'wx-input'), TITLE)
  await editor.type(editor.controlByLabel('1. 段落', 'wx-textarea'), FIRST)
  await saved(editor)
  await eventually(async () => paragraphs(await stored())).toEqual([FIRST])
  await editor.tap(/^提交审核$/)
  await editor.waitForText('已提交审核，返回列表')
  await eventually(async () => (await stored())?.state).toBe('pending')
  app.recorder.assertNoProblems()

  // 2. The publisher opens it from 待审核 and publishes it.
  let review = await openRow('demo-publisher', '待审核', 'packages/staff/pages/content-review/index')
  await waitUntilShown(review, '立即发布')
  expect(review.text()).toContain(FIRST)
  await review.tap(/^立即发布$/)
  await waitUntilShown(review, '已发布')
  await eventually(async () => (await stored())?.state).toBe('published')
  app!.recorder.assertNoProblems()

  // 3. The editor changes the live article's paragraph: a new revision, saved as they type, submitted.
  const edit = await openRow('demo-editor', '已发布', 'packages/staff/pages/content-editor/index')
  await waitUntilShown(edit, FIRST)
  await edit.type(edit.controlByLabel('1. 段落', 'wx-textarea'), SECOND)
  await saved(edit)
  await edit.tap(/^提交审核$/)
  await edit.waitForText('已提交审核，返回列表')
  await eventually(async () => (await stored())?.state).toBe('pending')
  app!.recorder.assertNoProblems()

  // 4. The publisher sees what changed against the live revision, and publishes it.
  review = await openRow('demo-publisher', '待审核', 'packages/staff/pages/content-review/index')
  await waitUntilShown(review, '与线上版本相比的修改')
  const changes = review.text().slice(review.text().indexOf('与线上版本相比的修改'))
  expect(changes).toContain('【增】至13日')
  expect(changes).toContain('【增】12个建筑工地')
  expect(changes).toMatch(/【删】[^【]*一线职工/)
  expect(changes).toMatch(/【增】[^【]*户外劳动者/)
  await review.tap(/^立即发布$/)
  await waitUntilShown(review, '已发布')
  await eventually(async () => paragraphs(await stored())).toEqual([SECOND])
  const live = await weapp.cb.sdk.database().collection('articles').where({ title: TITLE }).limit(1).get()
  expect(JSON.stringify(live.data[0])).toContain('12个建筑工地')
  app!.recorder.assertNoProblems()
})

test("an editor sets a place's point on WeChat's map (chooseLocation); closing the map keeps the point as it was", async () => {
  const app = await weapp.launch({ openid: 'demo-editor', entry: 'packages/staff/pages/content-editor/index?kind=place' })
  const editor = app.current
  await waitUntilShown(editor, '在地图上选点')
  expect(editor.text()).toContain('尚未选点')

  // Closed without a pick: nothing changes, and the failure is the app's to swallow, not a problem.
  await editor.tap(/^在地图上选点$/)
  await eventually(() => app!.recorder.calls.filter((c) => c.api === 'chooseLocation').length).toBe(1)
  expect(editor.text()).toContain('尚未选点')

  // A point picked on the map: its numbers show, and its address fills the empty 地址.
  app.ctx.choices.mapPick = { name: '福田区总工会（示例）', address: '深圳市福田区示例路 1 号', latitude: 22.54321, longitude: 114.05678 }
  await editor.tap(/^在地图上选点$/)
  await editor.waitForText('纬度 22.54321，经度 114.05678')
  expect(editor.text()).toContain('深圳市福田区示例路 1 号')

  // The map reopens on the point chosen.
  await editor.tap(/^在地图上选点$/)
  await eventually(() => app!.recorder.calls.filter((c) => c.api === 'chooseLocation').length).toBe(3)
  expect(app.recorder.calls.filter((c) => c.api === 'chooseLocation')[2].args[0]).toMatchObject({ latitude: 22.54321, longitude: 114.05678 })
  app.recorder.assertNoProblems()
})

test("an editor's 分享封面 on weapp: WeChat's cropper cuts it to 5:4, it is scaled to 1600 px and stored; closing the cropper changes nothing", async () => {
  const bannerPng = drawBanner()

  const app = await weapp.launch({ openid: 'demo-editor', entry: 'packages/staff/pages/content-editor/index' })
  const editor = app.current
  await waitUntilShown(editor, '填写标题后自动保存')
  await editor.type(editor.controlByLabel('标题（最多 64 字）', 'wx-input'), TITLE_WITH_COVER)
  await editor.type(editor.controlByLabel('1. 段落', 'wx-textarea'), FIRST)
  await saved(editor)
  const draft = async () => {
    const { data } = await weapp.cb.sdk.database().collection('contentItems').where({ title: TITLE_WITH_COVER }).limit(1).get()
    return data[0] as ContentItemDoc | undefined
  }
  const coverOf = async () => ((await draft())?.body as { cover?: string } | undefined)?.cover ?? '无'

  // Closing the cropper is a change of mind: no error, no cover.
  app.ctx.choices.crop = 'cancel'
  app.ctx.choices.media.push([{ name: '横幅.png', bytes: bannerPng }])
  await editor.tap(/^选择图片$/)
  await eventually(() => app!.recorder.calls.filter((c) => c.api === 'cropImage').length).toBe(1)
  await waitUntilShown(editor, '未设封面：转发时显示栏目图片')
  expect(editor.text()).not.toContain('服务暂时不可用')
  expect(await coverOf()).toBe('无')

  app.ctx.choices.crop = 'confirm'
  app.ctx.choices.media.push([{ name: '横幅.png', bytes: bannerPng }])
  await editor.tap(/^选择图片$/)
  // The cropper, getImageInfo and compressImage work on real pixels in plain JavaScript: slow on a busy machine.
  await eventually(coverOf, { timeoutMs: PICTURE_WORK_MS }).toMatch(/^cloud:\/\//)
  expect(app.recorder.calls.filter((c) => c.api === 'cropImage').pop()!.args[0]).toMatchObject({ cropScale: '5:4' })
  const { fileContent } = (await weapp.cb.sdk.downloadFile({ fileID: await coverOf() })) as { fileContent: Buffer }
  const cover = await Jimp.read(Buffer.from(fileContent))
  expect(cover.getMIME()).toBe(Jimp.MIME_JPEG)
  expect([cover.bitmap.width, cover.bitmap.height]).toEqual([1600, 1280])
  // The middle of the banner: red on the left, blue on the right.
  const left = Jimp.intToRGBA(cover.getPixelColor(200, 640))
  const right = Jimp.intToRGBA(cover.getPixelColor(1400, 640))
  expect(left.r).toBeGreaterThan(150)
  expect(right.b).toBeGreaterThan(120)
  app.recorder.assertNoProblems()
})

test.each([
  ['demo-worker', '此页面仅供工会工作人员使用'],
  ['demo-publisher', '只有编辑可以撰写和修改内容']
])('the editor opened by its URL as %s says who may write, with the way back to 我的, and no form', async (openid, says) => {
  const app = await weapp.launch({ openid, entry: 'packages/staff/pages/content-editor/index?kind=place' })
  const editor = app.current
  await waitUntilShown(editor, says)
  expect(editor.text()).toContain('返回“我的”')
  expect(editor.text()).not.toContain('在地图上选点')
  app.recorder.assertNoProblems()
})

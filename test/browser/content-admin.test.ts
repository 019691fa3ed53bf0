// Content management in the browser (issue 12): the H5 build over the local CloudBase with the real
// functions and the seeded demo staff. The path: the editor (demo-editor) writes an article
// with an image and a pasted page and submits it → the publisher (demo-publisher) previews it
// (normal and 关怀) and returns it → the editor reads the reason and fixes it → the publisher
// schedules it → the content timer (fired for the scheduled minute) publishes it → it is in the
// channel's list, in search and, pinned, in the headlines → its share link opens it → the publisher
// withdraws it → the link reads 该文章已下线. Screenshots at 375×812 and 1280×800 go to
// test/artifacts/content-*.png.
import type { Page } from 'playwright-core'
import type { ContentItemDoc } from '../../contracts/content-admin/words'
import { articleIn, callAdmin, callReader, data, fireContentTimer, makeContentCrew, PNG_BYTES } from '../cloudfunctions/content-admin/content-admin-kit'
import { apply, makeOpenid } from '../cloudfunctions/dream-plan/dream-plan-kit'
import { eventually } from '../helpers/eventually'
import type { TestCloudbase } from '../helpers/local-cloudbase'
import { recordActions, visible } from '../helpers/browser'
import { saved, shot, useContentStaffRig } from './content-staff-kit'

const LIST = '/packages/staff/pages/content-list/index'
const TITLE = '福田区总工会开展夏日送清凉活动'
const FIXED_TITLE = '福田区总工会开展2026年夏日送清凉活动'
const REASON = '请在标题中写明年份'
const PASTED = [
  '福田区总工会',
  '你的当前位置: 首页 > 工会动态',
  '福田区总工会开展夏日送清凉活动',
  '日期:2026-07-12 10:01 来源:福田区总工会',
  '7月12日，福田区总工会走进辖区建筑工地，为一线职工送去清凉物资。',
  '活动现场，工作人员向职工讲解防暑知识和工会服务阵地的位置。',
  '分享到:'
].join('\n')

const rig = useContentStaffRig()
const pageAs = rig.pageAs
let cb: TestCloudbase
beforeAll(() => {
  cb = rig.cb
})

async function storedItem(title: string): Promise<ContentItemDoc> {
  const { data } = await cb.sdk.database().collection('contentItems').where({ kind: 'article' }).limit(100).get()
  const found = (data as ContentItemDoc[]).find((d) => d.title === title)
  if (!found) throw new Error(`no item titled ${title}`)
  return found
}

/** A `width` × `height` PNG drawn in the page (two coloured halves), as a phone photo stands in. */
async function drawnPng(p: Page, width: number, height: number): Promise<Buffer> {
  const base64 = await p.evaluate(
    ([w, h]) =>
      new Promise<string>((resolve) => {
        const canvas = document.createElement('canvas')
        canvas.width = w
        canvas.height = h
        const g = canvas.getContext('2d')!
        g.fillStyle = '#c8102e'
        g.fillRect(0, 0, w / 2, h)
        g.fillStyle = '#0b4aa2'
        g.fillRect(w / 2, 0, w / 2, h)
        canvas.toBlob((blob) => {
          const reader = new FileReader()
          reader.onload = () => resolve(String(reader.result).split(',')[1])
          reader.readAsDataURL(blob!)
        }, 'image/png')
      }),
    [width, height] as const
  )
  return Buffer.from(base64, 'base64')
}

/** Width and height from a JPEG's frame header (SOF0–SOF2). */
function jpegSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 2).toString('hex')).toBe('ffd8')
  for (let at = 2; at < bytes.length; ) {
    const marker = bytes.readUInt16BE(at)
    if (marker >= 0xffc0 && marker <= 0xffc2) return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) }
    at += 2 + bytes.readUInt16BE(at + 2)
  }
  throw new Error('no JPEG frame header')
}

/**
 * Opens 内容管理. Its first taps need no wait: the pull-down wrapper is defined before the page draws
 * (src/h5-router/pull-down-first.ts), so a chip tapped at once is never lost as the page moves in.
 */
async function openList(p: Page) {
  await p.goto(cb.url + LIST)
}

/** Taps a chip and waits until it reads as chosen. */
async function choose(p: Page, chip: string) {
  await visible(p, chip).click()
  await eventually(() => visible(p, chip).getAttribute('aria-checked')).toBe('true')
}

async function openFromList(p: Page, state: string, title: string, kind = 'article') {
  await openList(p)
  await choose(p, `kind-${kind}`)
  await choose(p, `state-${state}`)
  await p.locator('[data-testid="content-row"] >> visible=true', { hasText: title }).click()
}

test('editor writes → publisher returns → editor fixes → scheduled → timer publishes → readers → withdrawn', async () => {
  // 1. The editor writes: a title, a pasted page, an image with caption and alt text.
  const editor = await pageAs('demo-editor')
  await editor.goto(cb.url + LIST)
  await visible(editor, 'new-article').click()
  await visible(editor, 'content-editor').waitFor()
  await visible(editor, 'paste-text').locator('textarea').fill(PASTED)
  await visible(editor, 'paste-import').click()
  await eventually(() => visible(editor, 'paste-note').innerText()).toContain('已导入')
  await eventually(() => visible(editor, 'field-title').locator('input').inputValue()).toBe(TITLE)
  await visible(editor, 'image-input').setInputFiles({ name: '现场.png', mimeType: 'image/png', buffer: PNG_BYTES })
  const imageBlock = editor.locator('[data-type="image"] >> visible=true')
  await imageBlock.waitFor()
  await imageBlock.locator('[data-testid^="block-caption-"] input').fill('工作人员为职工送上清凉物资')
  await imageBlock.locator('[data-testid^="block-alt-"] input').fill('工作人员在工地向职工递送饮料')
  // The share card's cover, from a 16:9 banner: cut on the device to the card's 5:4.
  expect(await visible(editor, 'cover-none').innerText()).toContain('栏目图片')
  await visible(editor, 'cover-input').setInputFiles({ name: '横幅.png', mimeType: 'image/png', buffer: await drawnPng(editor, 1600, 900) })
  await visible(editor, 'cover-image').waitFor()
  await saved(editor)
  await visible(editor, 'cover-field').scrollIntoViewIfNeeded()
  await shot(editor, 'editor-cover-375')
  await shot(editor, 'editor-375')
  await visible(editor, 'toggle-preview').click()
  await visible(editor, 'article-preview').waitFor()
  await eventually(() => visible(editor, 'preview-title').innerText()).toBe(TITLE)
  await shot(editor, 'editor-preview-375')
  await visible(editor, 'toggle-preview').click()
  await visible(editor, 'submit').click()
  await visible(editor, 'submitted').waitFor()
  await eventually(async () => (await storedItem(TITLE)).state).toBe('pending')
  let item = await storedItem(TITLE)
  expect((item.body as { blocks: { type: string }[] }).blocks.map((b) => b.type)).toEqual(expect.arrayContaining(['paragraph', 'image']))
  // What was stored as the cover is a 5:4 JPEG (the middle of the banner, 1000 px wide).
  const cover = (item.body as { cover?: string }).cover
  expect(cover).toMatch(/^cloud:\/\//)
  const { fileContent } = await cb.sdk.downloadFile({ fileID: cover! })
  expect(jpegSize(Buffer.from(fileContent as Buffer))).toEqual({ width: 1000, height: 800 })

  // The same editor, wide: form and preview side by side.
  const editorWide = await pageAs('demo-editor', true)
  await openFromList(editorWide, 'pending', TITLE)
  await visible(editorWide, 'article-preview').waitFor()
  await shot(editorWide, 'editor-1280')

  // 2. The publisher previews (normal and 关怀) and returns it.
  const publisher = await pageAs('demo-publisher')
  await openFromList(publisher, 'pending', TITLE)
  await visible(publisher, 'article-preview').waitFor()
  await shot(publisher, 'review-375')
  await visible(publisher, 'preview-care').click()
  await eventually(() => visible(publisher, 'article-preview').getAttribute('data-care')).toBe('true')
  await shot(publisher, 'review-care-375')
  await visible(publisher, 'return').click()
  await visible(publisher, 'return-reason').locator('textarea').fill(REASON)
  await visible(publisher, 'return-confirm').click()
  await eventually(() => visible(publisher, 'review-done').innerText()).toBe('已退回修改')

  // 3. The editor reads the reason and fixes the title.
  await openFromList(editor, 'returned', TITLE)
  await eventually(() => visible(editor, 'return-reason').innerText()).toContain(REASON)
  await visible(editor, 'field-title').locator('input').fill(FIXED_TITLE)
  await saved(editor)
  await visible(editor, 'submit').click()
  await visible(editor, 'submitted').waitFor()

  // 4. The publisher schedules it (the suggested time: an hour or two ahead), wide this time.
  const publisherWide = await pageAs('demo-publisher', true)
  await openFromList(publisherWide, 'pending', FIXED_TITLE)
  await visible(publisherWide, 'schedule-confirm').waitFor()
  await shot(publisherWide, 'review-1280')
  await visible(publisherWide, 'schedule-confirm').click()
  await eventually(() => visible(publisherWide, 'review-done').innerText()).toContain('已排期')
  await eventually(async () => (await storedItem(FIXED_TITLE)).state).toBe('scheduled')
  item = await storedItem(FIXED_TITLE)

  // 5. The timer, fired for the scheduled minute, publishes it: list, search, headlines.
  expect((await fireContentTimer(cb, new Date(item.publishAt!))).data!.published).toBe(1)
  const reader = await pageAs('demo-worker')
  await reader.goto(cb.url + '/pages/index/index')
  await reader.locator('[data-testid="article-row"] >> visible=true', { hasText: FIXED_TITLE }).waitFor()
  await reader.goto(cb.url + `/packages/news/pages/search/index?q=${encodeURIComponent('送清凉')}`)
  await reader.locator('[data-testid="search-results"] >> visible=true', { hasText: FIXED_TITLE }).waitFor()
  await openFromList(publisher, 'published', FIXED_TITLE)
  await visible(publisher, 'pin').click()
  await eventually(() => visible(publisher, 'review-done').innerText()).toBe('已置顶')
  await reader.goto(cb.url + '/pages/index/index')
  await reader.locator('[data-testid="headline"] >> visible=true', { hasText: FIXED_TITLE }).waitFor()
  await shot(reader, 'home-375')

  // 6. Its share link opens it, with the picture.
  const link = `${cb.url}/pages/article/index?id=${encodeURIComponent(item._id)}`
  await reader.goto(link)
  await reader.getByText(FIXED_TITLE).first().waitFor()
  await visible(reader, 'article-block-image').waitFor()
  await eventually(() => reader.getByText('工作人员为职工送上清凉物资').first().isVisible()).toBe(true)
  await shot(reader, 'article-375')

  // 7. The publisher withdraws it; the link reads 该文章已下线, and it leaves the headlines.
  await openFromList(publisher, 'published', FIXED_TITLE)
  await visible(publisher, 'withdraw').click()
  await visible(publisher, 'withdraw-reason').locator('textarea').fill('活动信息需要更新')
  await visible(publisher, 'withdraw-confirm').click()
  await eventually(() => visible(publisher, 'review-done').innerText()).toBe('已下线')
  await reader.goto(link)
  await reader.getByText('该文章已下线').first().waitFor()
  await shot(reader, 'withdrawn-375')
  await reader.goto(cb.url + '/pages/index/index')
  await visible(reader, 'feed').waitFor()
  // The page loaded after the withdrawal: once its headlines are there, they are the answer.
  await visible(reader, 'headline').first().waitFor()
  await eventually(() => reader.locator('[data-testid="headline"] >> visible=true').allInnerTexts()).not.toContain(FIXED_TITLE)
})

test('An admin edits a place and the 2027 policy through the same flow', async () => {
  // The admin also holds 编辑 (writing needs it; README: an admin may hold it), as an admin would grant it in 人员管理.
  await cb.sdk.database().collection('staff').doc('demo-admin').update({ roles: ['admin', 'editor'] })
  const { data: seeded } = await cb.sdk.database().collection('places').where({ street: '福田', type: 'warm-bee-station' }).limit(1).get()
  const place = seeded[0] as { _id: string; name: string }
  const HOURS = '周一至周五 8:30–20:00'
  const CLOSED = '内部装修，暂停开放至 2027 年 1 月 15 日'

  // A place: found among what readers see (never edited here before), edited, submitted.
  const admin = await pageAs('demo-admin')
  await openList(admin)
  await choose(admin, 'kind-place')
  await choose(admin, 'state-live')
  await visible(admin, 'live-search').locator('input').fill(place.name)
  await admin.locator('[data-testid="content-row"] >> visible=true', { hasText: place.name }).first().click()
  await visible(admin, 'place-form').waitFor()
  await eventually(() => visible(admin, 'place-name').locator('input').inputValue()).toBe(place.name)
  // A bad phone is named under its field; nothing is saved until it is fixed.
  await visible(admin, 'place-phone').locator('input').fill('12345678')
  await eventually(() => visible(admin, 'place-phone-field').innerText()).toContain('电话号码格式不正确')
  await visible(admin, 'place-phone').locator('input').fill('12351')
  await visible(admin, 'place-hours').locator('input').fill(HOURS)
  await visible(admin, 'place-closed').click()
  await visible(admin, 'place-closed-note').locator('input').fill(CLOSED)
  await saved(admin)
  await shot(admin, 'place-editor-375')
  await visible(admin, 'submit').click()
  await visible(admin, 'submitted').waitFor()

  // Another member of staff publishes it, wide.
  const publisher = await pageAs('demo-publisher', true)
  await openFromList(publisher, 'pending', place.name, 'place')
  await eventually(() => visible(publisher, 'kind-summary').innerText()).toContain(CLOSED)
  await shot(publisher, 'place-review-1280')
  await visible(publisher, 'publish').click()
  await eventually(() => visible(publisher, 'review-done').innerText()).toBe('已发布')

  // The worker's 找阵地 shows the new hours and the note.
  const worker = await pageAs('demo-worker')
  await worker.goto(cb.url + '/packages/services/pages/places/index?type=warm-bee-station&street=' + encodeURIComponent('福田'))
  const row = worker.locator('[data-testid="place-row"] >> visible=true', { hasText: place.name })
  await eventually(() => row.innerText()).toContain(`暂停开放：${CLOSED}`)
  expect(await row.innerText()).toContain(HOURS)
  await shot(worker, 'places-closed-375')

  // The 2027 policy: started from 2026's (materials and numbers kept), a new amount, submitted.
  const adminWide = await pageAs('demo-admin', true)
  await openList(adminWide)
  await choose(adminWide, 'kind-policy')
  await visible(adminWide, 'new-policy').click()
  await visible(adminWide, 'policy-form').waitFor()
  await eventually(() => visible(adminWide, 'policy-year').locator('input').inputValue()).toBe('2027')
  await eventually(() => visible(adminWide, 'policy-title').locator('input').inputValue()).toContain('2027年度')
  await visible(adminWide, 'policy-amount').locator('input').fill('3000')
  await saved(adminWide)
  await eventually(() => visible(adminWide, 'kind-summary').innerText()).toContain('3000 元/人')
  await shot(adminWide, 'policy-editor-1280')
  await visible(adminWide, 'submit').click()
  await visible(adminWide, 'submitted').waitFor()

  await openFromList(publisher, 'pending', '2027年度', 'policy')
  await visible(publisher, 'publish').click()
  await eventually(() => visible(publisher, 'review-done').innerText()).toBe('已发布')
  await worker.goto(cb.url + '/packages/dream-plan/pages/intro/index?year=2027')
  await eventually(() => visible(worker, 'policy-amount').innerText()).toBe('3,000 元/人')
  expect(await visible(worker, 'policy-title').innerText()).toContain('2027年度')
  await shot(worker, 'policy-intro-375')

  // 2026 has an application now: its amount cannot change (409, in Chinese, naming it); its window can be extended.
  await apply(cb, makeOpenid('applicant'))
  await openFromList(admin, 'published', '2026年度', 'policy')
  await visible(admin, 'policy-form').waitFor()
  await visible(admin, 'policy-amount').locator('input').fill('2800')
  await eventually(() => visible(admin, 'save-refused').innerText()).toContain('补助金额不能再修改')
  await shot(admin, 'policy-frozen-375')
  await visible(admin, 'policy-amount').locator('input').fill('2500')
  await saved(admin)
  const closesAt = async () => ((await cb.sdk.database().collection('contentItems').doc('policy-2026').get()).data[0] as { body: { closesAt: string } }).body.closesAt
  const before = await closesAt()
  await visible(admin, 'policy-extend').click()
  // The last day 2027-06-30 moves to 2027-07-30.
  await eventually(closesAt).toBe(new Date(Date.parse(before) + 30 * 86_400_000).toISOString())
})

test('A publisher reorders headlines and channels; an admin reads one item’s history', async () => {
  const SETTINGS = '/packages/staff/pages/content-settings/index'
  // Two live, pinned articles written and published by the real actions (a crew of their own).
  const crew = await makeContentCrew(cb)
  const first = await articleIn(cb, crew, 'published')
  const second = await articleIn(cb, crew, 'published')
  data(await callAdmin(cb, 'pin', { id: first.id }, crew.publisher))
  data(await callAdmin(cb, 'pin', { id: second.id }, crew.publisher))
  const pinnedOrder = async () => data(await callAdmin(cb, 'list', { kind: 'article', pinned: true }, crew.publisher)).items.sort((a, b) => a.pin!.rank - b.pin!.rank).map((r) => r.id)
  const before = await pinnedOrder()

  const publisher = await pageAs('demo-publisher')
  await publisher.goto(cb.url + SETTINGS)
  const headlineIds = () => publisher.locator('[data-testid="headline-row"] >> visible=true').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))
  await eventually(headlineIds).toEqual(before)
  await visible(publisher, 'headline-0-down').click()
  const swapped = [before[1], before[0], ...before.slice(2)]
  await eventually(headlineIds).toEqual(swapped)
  expect(await pinnedOrder()).toEqual(swapped)

  // The first headline gets a 3-day term and keeps its place; the timer will unpin it then.
  const pinOf = async (id: string) => data(await callAdmin(cb, 'list', { kind: 'article', pinned: true }, crew.publisher)).items.find((r) => r.id === id)?.pin
  const clickedAt = Date.now()
  await visible(publisher, 'headline-0-term').click()
  await visible(publisher, 'term-3').click()
  await eventually(() => visible(publisher, 'headlines-done').innerText()).toBe('置顶期限已改为 3 天')
  const termed = await pinOf(swapped[0])
  expect(Date.parse(termed!.expiresAt!) - clickedAt).toBeGreaterThanOrEqual(3 * 86_400_000)
  expect(Date.parse(termed!.expiresAt!) - Date.now()).toBeLessThanOrEqual(3 * 86_400_000)
  await eventually(() => visible(publisher, 'headline-expiry').first().innerText()).toMatch(/到期$/)
  expect(await pinnedOrder()).toEqual(swapped)
  await shot(publisher, 'settings-term-375')
  await visible(publisher, 'headline-0-term').click()
  await visible(publisher, 'term-0').click()
  await eventually(() => visible(publisher, 'headlines-done').innerText()).toBe('已改为不限期')
  expect((await pinOf(swapped[0]))?.expiresAt).toBeUndefined()

  const channelNames = () => publisher.locator('[data-testid="channel-row"] >> visible=true').evaluateAll((els) => els.map((e) => e.getAttribute('data-name')))
  await eventually(async () => (await channelNames()).length).toBeGreaterThan(1)
  const channels = await channelNames()
  await visible(publisher, 'channel-0-down').click()
  await eventually(channelNames).toEqual([channels[1], channels[0], ...channels.slice(2)])
  await shot(publisher, 'settings-375')

  // The first article's channel gets a 分享图: cut to 5:4, stored, and shared by its articles without a cover.
  const channel = '工会动态'
  const channelRow = publisher.locator(`[data-testid="channel-row"][data-name="${channel}"] >> visible=true`)
  await channelRow.locator('[data-testid="channel-share"]').click()
  await channelRow.locator('[data-testid="cover-none"]').waitFor()
  await channelRow.locator('[data-testid="cover-input"]').setInputFiles({ name: '栏目.png', mimeType: 'image/png', buffer: await drawnPng(publisher, 1200, 1200) })
  await eventually(() => visible(publisher, 'channels-done').innerText()).toBe(`“${channel}”的分享图已保存`)
  await channelRow.locator('[data-testid="cover-image"]').waitFor()
  await shot(publisher, 'settings-share-375')
  const shareImage = async () => ((await cb.sdk.database().collection('channels').doc(channel).get()).data[0] as { shareImage?: string } | undefined)?.shareImage
  const stored = await shareImage()
  const { fileContent } = (await cb.sdk.downloadFile({ fileID: stored! })) as { fileContent: Buffer }
  expect(jpegSize(Buffer.from(fileContent))).toEqual({ width: 1000, height: 800 })
  // Moving the channel keeps its picture; readers of an article without a cover share with it.
  await visible(publisher, 'channel-0-down').click()
  await eventually(channelNames).toEqual(channels)
  expect(await shareImage()).toBe(stored)
  expect(data(await callReader(cb, 'getArticle', { id: first.id })).channelShareImage).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//)
  await channelRow.locator('[data-testid="cover-remove"]').click()
  await eventually(async () => (await shareImage()) ?? '无').toBe('无')

  // The admin opens the first article's history alone (as from its review), newest first.
  const admin = await pageAs('demo-admin', true)
  await admin.goto(`${cb.url}${SETTINGS}?target=${encodeURIComponent(first.id)}`)
  const verbs = () => admin.locator('[data-testid="audit-row"] >> visible=true').evaluateAll((els) => els.map((e) => e.getAttribute('data-verb')))
  await eventually(async () => (await verbs()).slice(-3)).toEqual(['publish', 'submit', 'save'])
  expect(await verbs()).toContain('pin')
  // Roles in staff's words, not their keys.
  expect(await visible(admin, 'audit').innerText()).toContain('（审核发布）')
  // People by their names in the staff list (putStaff's 测试人员 and 6 characters), not their openids.
  expect(await visible(admin, 'audit').innerText()).toContain(`测试人员 ${crew.publisher.slice(-6)}（审核发布）`)
  expect(await visible(admin, 'audit').innerText()).not.toContain(crew.publisher)
  await shot(admin, 'settings-audit-1280')
  await visible(admin, 'audit-all').click()
  // Unfiltered, the log holds the other article's actions as well.
  await eventually(async () => (await verbs()).length).toBeGreaterThan(8)
})

test('a publisher’s rows wait for their roles: a row tapped as soon as it shows opens the review, never the editor', async () => {
  // Where a row leads depends on the caller's roles; a publisher who tapped a row before staff.me
  // had answered was sent to the editor (seen when the server was slow).
  const crew = await makeContentCrew(cb)
  const item = await articleIn(cb, crew, 'pending')
  const publisher = await pageAs(crew.publisher)
  let listAnswered = false
  let releaseMe!: () => void
  const meHeld = new Promise<void>((resolve) => (releaseMe = resolve))
  await publisher.route('**/api/staff', async (route) => {
    if ((JSON.parse(route.request().postData() ?? '{}') as { action?: string }).action === 'me') await meHeld
    await route.continue()
  })
  publisher.on('response', (response) => {
    if (response.url().endsWith('/api/contentAdmin') && response.request().postData()?.includes('"list"')) listAnswered = true
  })
  await publisher.goto(cb.url + LIST)
  await eventually(() => listAnswered).toBe(true)
  await visible(publisher, 'loading-state').waitFor()
  expect(await publisher.locator('[data-testid="content-row"] >> visible=true').count()).toBe(0)

  releaseMe()
  await publisher.locator(`[data-testid="content-row"][data-id="${item.id}"] >> visible=true`).click()
  await publisher.waitForURL(/content-review/)
  await publisher.unrouteAll({ behavior: 'ignoreErrors' })
})

test('the list asks for a view once when opened, and again when staff come back to it', async () => {
  const crew = await makeContentCrew(cb)
  const item = await articleIn(cb, crew, 'pending')
  const publisher = await pageAs(crew.publisher)
  const actions = recordActions(publisher, 'contentAdmin')
  const asked = () => actions.filter((a) => a.action === 'list').map((a) => `${String(a.body.kind)}/${String(a.body.state)}`)
  await publisher.goto(cb.url + LIST)
  const row = publisher.locator(`[data-testid="content-row"][data-id="${item.id}"] >> visible=true`)
  await row.click()
  await visible(publisher, 'article-preview').waitFor()
  // Back from the review, where the item may have changed: the list asks again.
  await publisher.goBack()
  await eventually(() => asked().filter((view) => view === 'article/pending').length).toBe(2)
  await row.waitFor()
  // Another view, asked after both: by then every call for the first view has been made.
  await visible(publisher, 'kind-place').click()
  await eventually(asked).toContain('place/pending')
  expect(asked().filter((view) => view === 'article/pending')).toHaveLength(2)
})

test('another view never shows the last one’s rows under its chips: its loading state until its own reply', async () => {
  const crew = await makeContentCrew(cb)
  const item = await articleIn(cb, crew, 'pending')
  const publisher = await pageAs(crew.publisher)
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  let placesAsked = false
  await publisher.route('**/api/contentAdmin', async (route) => {
    const body = JSON.parse(route.request().postData() ?? '{}') as { action?: string; kind?: string }
    if (body.action === 'list' && body.kind === 'place') {
      placesAsked = true
      await held
    }
    await route.continue()
  })
  await publisher.goto(cb.url + LIST)
  const articleRow = publisher.locator(`[data-testid="content-row"][data-id="${item.id}"] >> visible=true`)
  await articleRow.waitFor()
  await visible(publisher, 'kind-place').click()
  await eventually(() => placesAsked).toBe(true)
  // While the places are on their way: the loading state, and no row to tap.
  await visible(publisher, 'loading-state').waitFor()
  expect(await publisher.locator('[data-testid="content-row"] >> visible=true').count()).toBe(0)
  release()
  // The places' own answer: their rows, or the words for none.
  await publisher.locator('[data-testid="content-row"], [data-testid="empty-state"]').filter({ visible: true }).first().waitFor()
  expect(await articleRow.count()).toBe(0)
  await publisher.unrouteAll({ behavior: 'ignoreErrors' })
})

// Content management's other editors in the browser (issue 12), each through the same four-eyes
// flow as an article and on to what a worker sees: a service page edited (its tagline on the 服务
// tab, a new step on its page), a new FAQ (in its group on 常见问题), and an article's 发布日期 moved
// with the H5 date picker's wheel. Screenshots go to test/artifacts/content-*.png.
import type { Page } from 'playwright-core'
import type { ContentItemDoc } from '../../contracts/content-admin/words'
import { eventually } from '../helpers/eventually'
import { visible } from '../helpers/browser'
import { saved, shot, useContentStaffRig } from './content-staff-kit'

const LIST = '/packages/staff/pages/content-list/index'
const rig = useContentStaffRig()
const phoneAs = (openid: string) => rig.pageAs(openid)

async function itemsOf(kind: string): Promise<ContentItemDoc[]> {
  const { data } = await rig.cb.sdk.database().collection('contentItems').where({ kind }).limit(100).get()
  return data as ContentItemDoc[]
}

/** The publisher (demo-publisher) opens the pending item whose row reads `title` and publishes it. */
async function publish(kind: string, title: string) {
  const publisher = await phoneAs('demo-publisher')
  await publisher.goto(rig.cb.url + LIST)
  await visible(publisher, `kind-${kind}`).click()
  await visible(publisher, 'state-pending').click()
  await publisher.locator('[data-testid="content-row"] >> visible=true', { hasText: title }).click()
  await visible(publisher, 'publish').click()
  await eventually(() => visible(publisher, 'review-done').innerText()).toBe('已发布')
}

async function publishedAtOf(title: string): Promise<string | undefined> {
  const article = (await itemsOf('article')).find((d) => d.title === title)
  return (article?.body as { publishedAt?: string } | undefined)?.publishedAt
}

async function submit(p: Page) {
  await saved(p)
  await visible(p, 'submit').click()
  await visible(p, 'submitted').waitFor()
}

test('An editor changes a service page; once published, the 服务 tab and the page show it', async () => {
  const TAGLINE = '户外劳动者歇脚、喝水、充电的地方'
  const STEP = '到站后向值班人员出示工会会员卡或身份证'
  const editor = await phoneAs('demo-editor')
  await editor.goto(rig.cb.url + LIST)
  await visible(editor, 'kind-service').click()
  await visible(editor, 'state-live').click()
  await visible(editor, 'live-search').locator('input').fill('暖蜂驿站')
  await editor.locator('[data-testid="content-row"] >> visible=true', { hasText: '暖蜂驿站' }).first().click()
  await visible(editor, 'service-form').waitFor()
  await eventually(() => visible(editor, 'service-name').locator('input').inputValue()).toBe('暖蜂驿站')
  const steps = visible(editor, 'service-steps').locator('textarea')
  const before = await steps.inputValue()
  await visible(editor, 'service-tagline').locator('input').fill(TAGLINE)
  await steps.fill(`${before}\n${STEP}`)
  // A bad contact phone is named under its own field, and nothing reaches readers.
  const contacts = editor.locator('[data-testid^="service-contact-"][data-testid$="-phone"] >> visible=true')
  const last = await contacts.count()
  await visible(editor, 'service-add-contact').click()
  await eventually(() => contacts.count()).toBe(last + 1)
  await visible(editor, `service-contact-${last}-label`).locator('input').fill('驿站值班电话')
  await visible(editor, `service-contact-${last}-phone`).locator('input').fill('12345678')
  await eventually(() => visible(editor, `service-contact-${last}-phone-field`).innerText()).toContain('电话号码格式不正确')
  await visible(editor, `service-contact-${last}-phone`).locator('input').fill('12351')
  await shot(editor, 'service-editor-375')
  await submit(editor)

  const stored = (await itemsOf('service')).find((d) => d.title === '暖蜂驿站')
  expect(stored?.state).toBe('pending')
  await publish('service', '暖蜂驿站')

  const worker = await phoneAs('demo-worker')
  await worker.goto(rig.cb.url + '/pages/services/index')
  const cell = worker.locator('[data-testid="service-cell"] >> visible=true', { hasText: '暖蜂驿站' })
  await eventually(() => cell.innerText()).toContain(TAGLINE)
  await cell.click()
  await eventually(() => visible(worker, 'service-steps').innerText()).toContain(STEP)
  expect(await visible(worker, 'service').innerText()).toContain('驿站值班电话')
  await shot(worker, 'service-published-375')
})

test('An editor adds a FAQ to a group; once published, 常见问题 lists it there', async () => {
  const QUESTION = '暖蜂驿站晚上几点关门？'
  const ANSWER = '各驿站开放时间不同，请在“找阵地”里查看该驿站的开放时间。'
  const editor = await phoneAs('demo-editor')
  await editor.goto(rig.cb.url + LIST)
  await visible(editor, 'kind-faq').click()
  await visible(editor, 'new-faq').click()
  await visible(editor, 'faq-form').waitFor()
  await visible(editor, 'faq-answer').locator('textarea').fill(ANSWER)
  await visible(editor, 'faq-group').locator('input').fill('服务阵地')
  await visible(editor, 'faq-question').locator('input').fill(QUESTION)
  await visible(editor, 'faq-order').locator('input').fill('1')
  await shot(editor, 'faq-editor-375')
  await submit(editor)
  await eventually(async () => (await itemsOf('faq')).find((d) => d.title === QUESTION)?.state).toBe('pending')

  await publish('faq', QUESTION)

  const worker = await phoneAs('demo-worker')
  await worker.goto(rig.cb.url + '/packages/services/pages/faq/index')
  const group = worker.locator('[data-testid="faq-group"] >> visible=true', { has: worker.getByText(QUESTION) })
  await eventually(() => group.getAttribute('aria-label')).toBe('服务阵地')
  // Its group order (0, the form's default) is 圆梦计划's: 服务阵地 still stands once, whole.
  const names = await worker.locator('[data-testid="faq-group"] >> visible=true').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')))
  expect(names.filter((n) => n === '服务阵地')).toHaveLength(1)
  expect(new Set(names).size).toBe(names.length)
  await group.locator('[data-testid="faq-question"]', { hasText: QUESTION }).click()
  await eventually(() => group.locator('[data-testid="faq-answer"] >> visible=true').innerText()).toContain('找阵地')
  await shot(worker, 'faq-published-375')
})

test('An article’s 发布日期 moves with the date picker’s wheel and is saved as that day', async () => {
  const TITLE = '福田区总工会举办职工书屋读书分享会'
  const editor = await phoneAs('demo-editor')
  await editor.goto(rig.cb.url + LIST)
  await visible(editor, 'new-article').click()
  await visible(editor, 'content-editor').waitFor()
  await visible(editor, 'paste-text').locator('textarea').fill(['你的当前位置: 首页 > 工会动态', TITLE, '日期:2026-07-12 10:01 来源:福田区总工会', '7月12日，读书分享会在福田区职工书屋举行。'].join('\n'))
  await visible(editor, 'paste-import').click()
  await eventually(() => visible(editor, 'field-title').locator('input').inputValue()).toBe(TITLE)
  await eventually(() => visible(editor, 'field-date').innerText()).toContain('2026-07-12')

  // The wheel: the day column swiped up by one row (Taro's row is 34 px), then 确定. The sheet
  // slides up as it opens: the swipe starts once the column stands still.
  await visible(editor, 'field-date').click()
  const days = editor.locator('.weui-picker__group >> visible=true').nth(2)
  await eventually(async () => {
    const a = await days.boundingBox()
    await editor.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
    return JSON.stringify(a) === JSON.stringify(await days.boundingBox())
  }).toBe(true)
  const box = (await days.boundingBox())!
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  const at = (dy: number) => [{ identifier: 1, clientX: x, clientY: y + dy }]
  // Where the wheel stands: the column reads its own position back when the finger lifts, and the
  // picker passes a move down to it on its next render, so the finger lifts once the wheel has
  // followed it (on a busy machine a lift straight after the move found the wheel unmoved).
  const wheelY = () => days.locator('.weui-picker__content').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).m42)
  const before = await wheelY()
  await days.dispatchEvent('touchstart', { touches: at(0), changedTouches: at(0) })
  await days.dispatchEvent('touchmove', { touches: at(-34), changedTouches: at(-34) })
  await eventually(wheelY).toBe(before - 34)
  await days.dispatchEvent('touchend', { touches: [], changedTouches: at(-34) })
  await editor.locator('.weui-picker__action >> visible=true').filter({ hasText: '确定' }).click()
  await eventually(() => visible(editor, 'field-date').innerText()).toContain('2026-07-13')
  await saved(editor)
  // The day is kept as 09:00 Beijing time on that day.
  await eventually(() => publishedAtOf(TITLE)).toBe('2026-07-13T01:00:00.000Z')
  await shot(editor, 'editor-date-375')

  // 清除 leaves the date empty: the article takes its publication time when it goes live.
  await visible(editor, 'clear-date').click()
  await eventually(() => visible(editor, 'field-date').innerText()).toContain('未填写')
  await saved(editor)
  await eventually(async () => (await publishedAtOf(TITLE)) ?? null).toBe(null)
})

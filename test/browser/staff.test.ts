// 圆梦计划's staff side in the browser (issue 7): the H5 build over the local CloudBase with the
// real dreamPlan, dreamPlanReview and staff functions and the seeded demo staff, in Chromium at
// phone size. One application walks the whole path — the worker submits → the street reviewer
// (demo-street) finds it, returns it with a reason → the worker reads it, amends, resubmits → the
// street reviewer passes → the district reviewer (demo-district) passes and publishes the 公示 →
// the article is in 通知公告 with the name masked → the worker sees 公示中 → (the period is moved
// into the past through the SDK: the days passing) → finance (demo-finance) pays a batch → the
// worker sees 已发放 and the timeline. Personas change through the 我的 page's switcher. Also: a
// real version conflict, 查看完整号码 with a reason, export, 人员管理, 关怀模式. Screenshots go to
// test/artifacts/staff-*.png.
import type { Page } from 'playwright-core'
import { DREAM_PLAN_COLLECTIONS } from '../../contracts/dream-plan/documents'
import { apply, callDreamPlan, data, fillDraft, makeForm, PNG } from '../cloudfunctions/dream-plan/dream-plan-kit'
import { settle, shoot, visible } from '../helpers/browser'
import { browserFile } from '../helpers/browser-file'
import { seriousViolations } from '../helpers/axe'
import { eventually } from '../helpers/eventually'

const MINE = '/pages/mine/index'
const WORKER = 'demo-worker'
const NAME = '张晓三'
const RETURN_REASON = '学费发票不清晰，请重新上传清晰的照片'

const suite = browserFile({ seeded: true })

async function newPage(): Promise<Page> {
  const page = await (await suite.open()).newPage()
  page.setDefaultTimeout(15_000)
  return page
}


const shot = (p: Page, name: string, { full = true } = {}) => shoot(p, `staff-${name}.png`, { full })

/** 我的 → 切换演示身份 → the persona; the page reloads as them. */
async function switchTo(p: Page, openid: string) {
  await p.goto(suite.cb.url + MINE)
  await visible(p, 'persona-switch').click()
  const option = visible(p, `persona-${openid}`)
  if ((await option.getAttribute('aria-checked')) === 'true') return
  await Promise.all([p.waitForEvent('load'), option.click()])
  await visible(p, 'persona-current').waitFor()
  await eventually(() => p.evaluate(() => localStorage.getItem('futian.persona'))).toBe(openid)
}

/** 我的 → 工作台 (the entry shows once staff.me answers). */
async function openWorkbench(p: Page) {
  await p.goto(suite.cb.url + MINE)
  await visible(p, 'staff-home-link').click()
  await visible(p, 'stats').waitFor()
}

const statusText = (p: Page) => visible(p, 'review-status').innerText()

async function decideInUi(p: Page, decision: 'accept' | 'pass' | 'return' | 'reject', reason?: string) {
  await visible(p, `decide-${decision}`).click()
  await visible(p, 'decision-dialog').waitFor()
  if (reason) await visible(p, 'decision-reason').locator('textarea').fill(reason)
  await visible(p, 'decision-confirm').click()
  await visible(p, 'decision-done').waitFor()
}

test('an application from 已提交 to 已发放 through every staff role', async () => {
  const p = await newPage()

  // ---- the worker: no 工作台; submits (the draft with 福田 as the employer's street was saved before)
  const form = await makeForm(suite.cb, WORKER, { personal: { name: NAME } })
  form.work.street = '福田'
  form.work.employer = '深圳市福田区圆梦科技有限公司'
  await fillDraft(suite.cb, WORKER, form)

  const staffMe = p.waitForResponse((r) => r.url().endsWith('/api/staff'))
  await p.goto(suite.cb.url + MINE)
  await staffMe
  await settle(p)
  await eventually(() => visible(p, 'persona-current').innerText()).toContain('职工 小张')
  await eventually(() => p.getByTestId('staff-home-link').count()).toBe(0)
  // 关于 shows the caller's openid (what a new member of staff sends the admin to be granted a role).
  await eventually(() => visible(p, 'my-openid').innerText()).toBe(WORKER)
  await shot(p, 'mine-worker')

  await p.goto(suite.cb.url + '/packages/dream-plan/pages/mine/index')
  await visible(p, 'continue-draft').click()
  await visible(p, 'consent').waitFor()
  await p.getByTestId('consent-checkbox').check()
  await visible(p, 'consent-continue').click()
  await visible(p, 'apply-form').waitFor()
  await eventually(() => visible(p, 'step-title').innerText()).toContain('核对提交')
  await visible(p, 'submit-button').click()
  const applicationNo = (await visible(p, 'application-number').innerText()).trim()
  const mine = data(await callDreamPlan(suite.cb, 'listMine', {}, WORKER)).items
  expect(mine).toHaveLength(1)
  const id = mine[0].id

  // A second application in 福田 (another worker, through the API) for the conflict below.
  const otherOpenid = `o-staff-other-${Date.now().toString(36)}`
  const other = await apply(suite.cb, otherOpenid, await makeFormInFutian(otherOpenid, '李小四'))

  // ---- the street reviewer, switched to through the UI: 工作台 with roles and the chart ----------
  await switchTo(p, 'demo-street')
  await eventually(() => visible(p, 'persona-current').innerText()).toContain('街道初审')
  await eventually(() => visible(p, 'staff-roles').innerText()).toBe('街道初审（福田、莲花）')
  await openWorkbench(p)
  await eventually(() => visible(p, 'my-roles').innerText()).toContain('负责街道：福田、莲花')
  await eventually(() => p.getByTestId('shortcut-street').count()).toBe(1)
  await eventually(() => p.getByTestId('shortcut-publish').count()).toBe(0)
  await eventually(() => p.getByTestId('shortcut-pay').count()).toBe(0)
  await eventually(() => visible(p, 'chart-status').innerText()).toContain('已提交')
  await eventually(() => visible(p, 'chart-street').innerText()).toContain('福田')
  await visible(p, 'budget-progress').waitFor()
  await eventually(() => seriousViolations(p)).toEqual([])
  await shot(p, 'home')

  // The queue (待初审): oldest first; search by name; the street filter is not offered.
  await visible(p, 'shortcut-street').click()
  await visible(p, 'queue-results').waitFor()
  const numbers = await visible(p, 'queue-results').getByTestId('row-number').allInnerTexts()
  expect(numbers).toEqual([...numbers].sort())
  expect(numbers).toContain(applicationNo)
  await visible(p, 'more-filters').click()
  await eventually(() => visible(p, 'my-streets').innerText()).toContain('福田、莲花')
  await eventually(() => p.locator('[data-testid="street-园岭"] >> visible=true').count()).toBe(0)
  await visible(p, 'more-filters').click()
  await visible(p, 'queue-search').locator('input').fill(NAME)
  await visible(p, 'queue-search-submit').click()
  await p.waitForFunction((n) => {
    const rows = Array.from(document.querySelectorAll('[data-testid="review-row"]')).filter((el) => (el as HTMLElement).offsetParent !== null)
    return rows.length === 1 && rows[0].textContent!.includes(n)
  }, NAME)
  await eventually(() => seriousViolations(p)).toEqual([])
  await shot(p, 'queue')

  // 导出 Excel of the filtered list: the file opens in a new tab (H5); one row, card numbers masked.
  const tab = p.context().waitForEvent('page', { timeout: 10_000 }).catch(() => null)
  await visible(p, 'export-button').click()
  await eventually(() => visible(p, 'export-result').innerText()).toMatch(/已导出 1 条.*已隐去中间位/)
  await (await tab)?.close()

  // ---- the detail: masked numbers, 查看完整号码 with a reason, materials, history ------------------
  await visible(p, 'review-row').click()
  await visible(p, 'review-detail').waitFor()
  await eventually(() => statusText(p)).toBe('已提交')
  const masked = await visible(p, 'id-number').innerText()
  expect(masked).toMatch(/^\d{4}\*+[\dX]{4}$/)
  expect(masked).not.toBe(form.personal.idNumber)
  await eventually(() => visible(p, 'review-materials').getByTestId('review-material').count()).toBe(2)
  await visible(p, 'reveal-idNumber').click()
  await visible(p, 'reveal-reason').locator('textarea').fill('核对')
  await visible(p, 'reveal-confirm').click()
  await eventually(() => visible(p, 'reveal-error').innerText()).toBe('查看原因至少 4 个字')
  await visible(p, 'reveal-reason').locator('textarea').fill('核对申请人身份信息')
  await visible(p, 'reveal-confirm').click()
  await p.waitForFunction((v) => Array.from(document.querySelectorAll('[data-testid="id-number"]')).some((el) => el.textContent === v), form.personal.idNumber)
  await eventually(() => visible(p, 'decision-bar').innerText()).toContain('受理')
  await eventually(() => seriousViolations(p)).toEqual([])
  await shot(p, 'detail')

  // 退回补正 with the reason the worker will read.
  await visible(p, 'decide-return').click()
  await visible(p, 'decision-dialog').waitFor()
  await visible(p, 'decision-confirm').click()
  await eventually(() => visible(p, 'decision-error').innerText()).toBe('请填写退回原因')
  await visible(p, 'decision-reason').locator('textarea').fill(RETURN_REASON)
  await eventually(() => seriousViolations(p)).toEqual([])
  await shot(p, 'decision-dialog', { full: false })
  await visible(p, 'decision-confirm').click()
  await visible(p, 'decision-done').waitFor()
  await eventually(() => statusText(p)).toBe('退回补正')
  await eventually(() => visible(p, 'review-history').innerText()).toContain('福田街道总工会 李工（街道初审）')
  // The full number was for that view only: a fresh load shows it masked again.
  await p.reload()
  await visible(p, 'review-detail').waitFor()
  await eventually(() => visible(p, 'id-number').innerText()).toBe(masked)

  // ---- the worker reads the reason, amends, resubmits ------------------------------------------
  await switchTo(p, WORKER)
  await p.goto(suite.cb.url + `/packages/dream-plan/pages/detail/index?id=${id}`)
  await eventually(() => visible(p, 'review-reason').innerText()).toContain(RETURN_REASON)
  await visible(p, 'resubmit-button').click()
  await visible(p, 'apply-form').waitFor()
  await visible(p, 'edit-materials').click()
  await p.getByTestId('file-input-tuitionReceipt').setInputFiles({ name: '清晰的学费发票.png', mimeType: 'image/png', buffer: PNG })
  await visible(p, 'material-tuitionReceipt').getByTestId('material-preview').waitFor()
  await visible(p, 'next-button').click()
  await p.waitForFunction(() => document.querySelector('[data-testid="step-title"]')?.textContent?.includes('核对提交'))
  await visible(p, 'submit-button').click()
  await visible(p, 'success').waitFor()

  // ---- the street reviewer: a real conflict on the other application, then passes this one -------
  await switchTo(p, 'demo-street')
  await p.goto(suite.cb.url + `/packages/staff/pages/review/index?id=${other.id}`)
  await visible(p, 'decision-bar').waitFor()
  // A colleague accepts it meanwhile (through the function, as the same street union).
  const shownVersion = other.version
  const accepted = await suite.cb.call('dreamPlanReview', { action: 'decide', id: other.id, version: shownVersion, decision: 'accept' }, 'demo-street')
  expect(accepted.body.ok).toBe(true)
  await visible(p, 'decide-pass').click()
  await visible(p, 'decision-confirm').click()
  await eventually(() => visible(p, 'conflict-message').innerText()).toBe('该申请已被其他工作人员处理，请刷新后查看')
  await shot(p, 'conflict', { full: false })
  await visible(p, 'conflict-refresh').click()
  // The refreshed detail is the expected state: its status, then no banner.
  await eventually(() => statusText(p)).toBe('审核中 · 街道初审')
  await eventually(() => p.getByTestId('conflict').count()).toBe(0)

  await p.goto(suite.cb.url + `/packages/staff/pages/review/index?id=${id}`)
  await visible(p, 'review-detail').waitFor()
  await eventually(() => statusText(p)).toBe('审核中 · 街道初审')
  await eventually(() => visible(p, 'review-history').innerText()).toContain('已补正并重新提交')
  await decideInUi(p, 'pass')
  await eventually(() => statusText(p)).toBe('审核中 · 区总复审')
  await eventually(() => p.getByTestId('decision-bar').count()).toBe(0)

  // ---- the district reviewer: 待复审 → 通过 → 公示 ---------------------------------------------
  await switchTo(p, 'demo-district')
  await openWorkbench(p)
  await visible(p, 'shortcut-district').click()
  await visible(p, 'queue-results').waitFor()
  await p.locator(`[data-testid="review-row"][data-id="${id}"] >> visible=true`).click()
  await visible(p, 'review-detail').waitFor()
  await decideInUi(p, 'pass')
  await eventually(() => statusText(p)).toBe('已通过')

  await openWorkbench(p)
  await visible(p, 'shortcut-publish').click()
  await visible(p, 'publish-list').waitFor()
  await p.locator(`[data-testid="review-row"][data-id="${id}"] >> visible=true`).click()
  await eventually(() => visible(p, 'selected-count').innerText()).toMatch(/^已选 1 \//)
  await eventually(() => seriousViolations(p)).toEqual([])
  await shot(p, 'publish')
  await visible(p, 'publish-button').click()
  await visible(p, 'publish-confirm').click()
  await eventually(() => visible(p, 'publish-period').innerText()).toMatch(/共 1 人，公示期 \d{4}年\d+月\d+日 至 \d{4}年\d+月\d+日/)
  await shot(p, 'publish-done', { full: false })
  await visible(p, 'publish-article-link').click()
  await eventually(() => visible(p, 'article-title').innerText()).toContain('拟发放名单公示')
  const article = await p.locator('[role="main"] >> visible=true').innerText()
  expect(article).toContain('张*三')
  expect(article).not.toContain(NAME)

  // The article is in 通知公告.
  await p.goto(suite.cb.url + '/pages/index/index')
  await p.getByTestId('channel-tab').filter({ hasText: '通知公告' }).click()
  await eventually(() => visible(p, 'feed').getByTestId('article-row').first().innerText()).toContain('拟发放名单公示')

  // ---- the worker sees 公示中 ------------------------------------------------------------------
  await switchTo(p, WORKER)
  await p.goto(suite.cb.url + '/packages/dream-plan/pages/mine/index')
  await eventually(() => visible(p, 'application-row').getByTestId('status-chip').innerText()).toBe('公示中')

  // The days pass: the 公示 period is moved into the past through the SDK.
  const day = 24 * 3600_000
  const apps = suite.cb.sdk.database().collection(DREAM_PLAN_COLLECTIONS.applications)
  const { data: [doc] } = (await apps.doc(id).get()) as { data: { publicity: { articleId: string } }[] }
  await apps.doc(id).update({ publicity: { startsAt: new Date(Date.now() - 8 * day).toISOString(), endsAt: new Date(Date.now() - day).toISOString(), articleId: doc.publicity.articleId } })

  // ---- finance pays a batch --------------------------------------------------------------------
  await switchTo(p, 'demo-finance')
  await openWorkbench(p)
  await eventually(() => p.getByTestId('shortcut-street').count()).toBe(0)
  await visible(p, 'shortcut-pay').click()
  await visible(p, 'pay-list').waitFor()
  // Nothing chosen yet: 标记已发放 is disabled, and a tap on it goes nowhere (on H5 the Button is
  // src/components/h5-host's: Taro's rule, kept). Had it gone through, the empty 批次号 would be
  // flagged below before anything else.
  const pay = visible(p, 'pay-button')
  expect(await pay.getAttribute('disabled')).not.toBeNull()
  await pay.click()
  await p.locator(`[data-testid="review-row"][data-id="${id}"] >> visible=true`).click()
  await eventually(() => pay.getAttribute('disabled')).toBe(null)
  expect(await p.getByTestId('batch-no-error').count()).toBe(0)
  await visible(p, 'batch-no').locator('input').fill('第一批')
  await visible(p, 'pay-button').click()
  await eventually(() => visible(p, 'batch-no-error').innerText()).toBe('批次号为 3–32 位字母、数字或 -')
  await visible(p, 'batch-no').locator('input').fill('2026-FT-001')
  await eventually(() => seriousViolations(p)).toEqual([])
  await shot(p, 'pay')
  await visible(p, 'pay-button').click()
  await visible(p, 'pay-confirm').click()
  await eventually(() => visible(p, 'pay-summary').innerText()).toMatch(/批次 2026-FT-001.*本次标记已发放 1 人，此前已发放 0 人，批次合计 [\d,]+ 元/)
  await shot(p, 'pay-done', { full: false })

  // ---- the worker sees 已发放 and the timeline --------------------------------------------------
  await switchTo(p, WORKER)
  await p.goto(suite.cb.url + `/packages/dream-plan/pages/detail/index?id=${id}`)
  await eventually(() => visible(p, 'application').getByTestId('status-chip').first().innerText()).toBe('已发放')
  const timeline = await visible(p, 'timeline').innerText()
  for (const step of ['已提交', '退回补正', `原因：${RETURN_REASON}`, '已补正并重新提交', '区总复审', '已通过', '已发放']) expect(timeline).toContain(step)
  // The owner's timeline names no staff.
  expect(timeline).not.toContain('李工')
  await shot(p, 'worker-paid')
})

test('人员管理: the admin grants and revokes a role; the server refuses what it must', async () => {
  const p = await newPage()
  await switchTo(p, 'demo-admin')
  await openWorkbench(p)
  // An admin manages staff and reads the statistics, not applications: no 全部申请 (its queue would refuse them).
  await visible(p, 'shortcut-members').waitFor()
  expect(await p.locator('[data-testid="shortcut-all"] >> visible=true').count()).toBe(0)
  await visible(p, 'shortcut-members').click()
  await visible(p, 'members-list').waitFor()
  for (const name of ['福田街道总工会 李工', '区总工会 王工', '区总工会财务 陈会计', '区总工会 赵主任']) await eventually(() => visible(p, 'members-list').innerText()).toContain(name)

  await visible(p, 'grant-openid').locator('input').fill('o-new-reviewer')
  await visible(p, 'grant-name').locator('input').fill('园岭街道总工会 周工')
  await visible(p, 'grant-role-street_reviewer').click()
  await visible(p, 'grant-button').click()
  await eventually(() => p.locator('text=街道初审须至少指定一个街道 >> visible=true').first().innerText()).toBe('街道初审须至少指定一个街道')
  await visible(p, 'grant-street-园岭').click()
  await visible(p, 'grant-button').click()
  await eventually(() => visible(p, 'members-message').innerText()).toContain('已授予 园岭街道总工会 周工“街道初审”')
  const member = p.locator('[data-testid="member"][data-openid="o-new-reviewer"] >> visible=true')
  await eventually(() => member.innerText()).toContain('负责街道：园岭')
  await eventually(() => seriousViolations(p)).toEqual([])
  await shot(p, 'members')

  await member.getByTestId('revoke-street_reviewer').click()
  await visible(p, 'revoke-dialog').waitFor()
  await visible(p, 'revoke-confirm').click()
  await p.locator('[data-testid="members-message"] >> visible=true', { hasText: '已撤销' }).waitFor()
  // Without roles they leave the list.
  await eventually(() => p.locator('[data-testid="member"][data-openid="o-new-reviewer"]').count()).toBe(0)

  // The last admin cannot revoke themselves: the server's words show in the dialog.
  await p.locator('[data-testid="member"][data-openid="demo-admin"] >> visible=true').getByTestId('revoke-admin').click()
  await visible(p, 'revoke-confirm').click()
  const refusal = await visible(p, 'revoke-error').innerText()
  expect(refusal).toMatch(/[\u4e00-\u9fff]/)
  await shot(p, 'members-refused', { full: false })
})

test('a worker who opens 工作台 reads that it is for staff; 关怀模式 on the staff pages', async () => {
  const p = await newPage()
  await p.goto(suite.cb.url + '/packages/staff/pages/home/index')
  await eventually(() => visible(p, 'empty-state').innerText()).toContain('此页面仅供工会工作人员使用')
  await p.goto(suite.cb.url + '/packages/staff/pages/queue/index')
  await visible(p, 'empty-state').waitFor()

  // 关怀模式 as the district reviewer: larger text, 60×60 targets.
  await switchTo(p, 'demo-district')
  await visible(p, 'care-switch').click()
  await visible(p, 'staff-home-link').waitFor()
  await shot(p, 'mine-staff-care')
  await openWorkbench(p)
  const fontOf = (testId: string) => visible(p, testId).evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  await eventually(() => fontOf('paid-amount')).toBeGreaterThanOrEqual(20)
  const boxes = await p
    .locator('[role="main"] >> visible=true')
    .locator('[role="button"], [role="link"]')
    .evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => ({ label: (el.textContent || '').trim().slice(0, 12), ...el.getBoundingClientRect().toJSON() })))
  expect(boxes.length).toBeGreaterThan(2)
  for (const box of boxes) expect({ label: box.label, ok: box.height >= 60 && box.width >= 60 }).toEqual({ label: box.label, ok: true })
  await eventually(() => seriousViolations(p)).toEqual([])
  await shot(p, 'home-care')
  await visible(p, 'shortcut-all').click()
  await visible(p, 'queue-results').waitFor()
  await shot(p, 'queue-care', { full: false })
})

async function makeFormInFutian(openid: string, name: string) {
  const f = await makeForm(suite.cb, openid, { personal: { name } })
  f.work.street = '福田'
  return f
}

test('loading, empty and error states of the queue, and the error state in 关怀模式', async () => {
  const p = await newPage()
  await switchTo(p, 'demo-district')
  const queueUrl = suite.cb.url + '/packages/staff/pages/queue/index'

  // Loading: the queue's reply is held until the skeleton has been seen.
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  await p.route('**/api/dreamPlanReview', async (route) => {
    await held
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, data: { items: [] } }) })
  })
  await p.goto(queueUrl)
  await visible(p, 'loading-state').waitFor()
  await shot(p, 'queue-loading', { full: false })
  release()

  // Empty: nothing matches.
  await visible(p, 'empty-state').waitFor()
  await eventually(() => visible(p, 'empty-state').innerText()).toContain('没有符合条件的申请')
  await shot(p, 'queue-empty', { full: false })

  // Error: a server fault reads in Chinese with 重试, which loads the queue again.
  await p.unroute('**/api/dreamPlanReview')
  await p.route('**/api/dreamPlanReview', (route) =>
    route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } }) })
  )
  await p.goto(queueUrl)
  await eventually(() => visible(p, 'error-message').innerText()).toBe('服务暂时不可用，请稍后再试')
  await shot(p, 'queue-error', { full: false })
  await p.goto(suite.cb.url + MINE)
  await visible(p, 'care-switch').click()
  await p.goto(queueUrl)
  await visible(p, 'error-retry').waitFor()
  const retryBox = await visible(p, 'error-retry').boundingBox()
  expect(retryBox!.height).toBeGreaterThanOrEqual(60)
  await shot(p, 'queue-error-care', { full: false })
  await p.unroute('**/api/dreamPlanReview')
  await visible(p, 'error-retry').click()
  await visible(p, 'queue-results').waitFor()
  await eventually(() => p.getByTestId('error-state').count()).toBe(0)
})

// 圆梦计划 as a worker applies: the H5 build over the local CloudBase with the real dreamPlan
// function and the seeded 2026 policy, in Chromium at phone size. The policy → consent → the
// six-step form (errors beside fields, the server draft surviving a reload) → uploads of a PNG and
// a PDF → review → submit (a double tap makes one) → the 申报序号 → 我的申请 → the detail with masked
// numbers and the timeline → withdraw. Also: a caller without an openid, a closed window, 关怀模式's
// sizes, and axe on each screen. Screenshots go to test/artifacts/dream-plan-*.png.
import type { Page, Request } from 'playwright-core'
import { creditCodeCheckChar, idCheckChar, luhnCheckDigit } from '../../contracts/dream-plan/identity-numbers'
import { DREAM_PLAN_COLLECTIONS } from '../../contracts/dream-plan/documents'
import { apply, setStatus } from '../cloudfunctions/dream-plan/dream-plan-kit'
import { shoot, visible } from '../helpers/browser'
import { browserFile } from '../helpers/browser-file'
import { seriousViolations } from '../helpers/axe'
import { eventually } from '../helpers/eventually'

const INTRO = '/packages/dream-plan/pages/intro/index'
const APPLY = '/packages/dream-plan/pages/apply/index'

// ---- data: numbers made with the standards' own check characters ---------------------------

let seq = 0
const openidFor = (label: string) => `o-dp-${label}-${Date.now().toString(36)}-${++seq}`

function idNumber(birth = '19900307', serial = '123'): string {
  const first17 = `440304${birth}${serial}`
  return first17 + idCheckChar(first17)
}

function wrongCheckChar(id: string): string {
  const chars = '0123456789X'
  return id.slice(0, 17) + chars[(chars.indexOf(id[17]) + 1) % chars.length]
}

function creditCode(): string {
  const first17 = '91440300MA5F' + 'K2R7Q'
  return first17 + creditCodeCheckChar(first17)
}

function luhnCard(body = '622202100012345678'): string {
  return body + luhnCheckDigit(body)
}

// A 1×1 PNG and a minimal PDF.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f5a8e40000000049454e44ae426082',
  'hex'
)
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1')

// ---- harness -------------------------------------------------------------------------------

// Whole applications through the UI: longer than a page check.

const suite = browserFile({ seeded: true })
let page: Page

/** A phone-sized page acting as `openid` (the H5 persona), optionally in 关怀模式. */
async function openAs(openid: string, { care = false } = {}): Promise<Page> {
  const context = await suite.open()
  await context.addInitScript((id) => localStorage.setItem('futian.persona', id), openid)
  page = await context.newPage()
  page.setDefaultTimeout(15_000)
  if (care) {
    await page.goto(suite.cb.url + '/pages/mine/index')
    const toggle = page.getByTestId('care-switch')
    await toggle.click()
    await eventually(() => toggle.getAttribute('aria-checked')).toBe('true')
  }
  return page
}

const input = (p: Page, key: string) => visible(p, `input-${key}`).locator('input')

/** A screenshot of the whole page in front: the viewport grows to the page's height for it. */
const shot = (p: Page, name: string, { full = true } = {}) => shoot(p, `dream-plan-${name}.png`, { full })

/** The visible error text beside field `key`, and that the control points at it. */
async function fieldError(p: Page, key: string): Promise<string> {
  const error = visible(p, `field-${key}`).getByTestId('field-error')
  await error.waitFor()
  const text = (await error.innerText()).replace(/^!\s*/, '').trim()
  const control = (await visible(p, `input-${key}`).count()) ? input(p, key) : visible(p, `picker-${key}`)
  // The message and the control's attributes come from the same render, but on a loaded machine the
  // H5 input's native attributes can land a frame later: the assertion retries until they do.
  await eventually(() => control.getAttribute('aria-invalid')).toBe('true')
  const describedBy = (await control.getAttribute('aria-describedby')) ?? ''
  const errorId = await error.locator('[id$="-error"]').getAttribute('id')
  expect(describedBy.split(' ')).toContain(errorId)
  return text
}

/** Opens a Taro H5 picker on `key` and taps 确定 (keeps the wheel where it starts). */
async function pickFirst(p: Page, key: string) {
  await visible(p, `picker-${key}`).click()
  // The overlay is appended to <body>; only the open picker's buttons are visible.
  await p.locator('.weui-picker__action >> visible=true').filter({ hasText: '确定' }).click()
  await p.waitForFunction(() => Array.from(document.querySelectorAll<HTMLElement>('.weui-picker__overlay')).every((el) => el.style.display === 'none'))
}

async function stepTitle(p: Page): Promise<string> {
  return (await visible(p, 'step-title').innerText()).trim()
}

async function next(p: Page, expectedTitle: string) {
  await visible(p, 'next-button').click()
  await p.waitForFunction((t) => document.querySelector('[data-testid="step-title"]')?.textContent?.includes(t), expectedTitle)
}

/** The applications of `openid`, as the function answers them. */
async function applicationsOf(openid: string) {
  const res = await suite.cb.call<{ items: { id: string; status: string; applicationNo: string }[] }>('dreamPlan', { action: 'listMine' }, openid)
  if (!res.body.ok) throw new Error('listMine failed')
  return res.body.data.items
}

type Person = { name: string; id: string; mobile: string; union: string }
// Under the once-per-person rule each test applies as a different person.
const PERSON: Person = { name: '陈晓明', id: idNumber('19900307', '123'), mobile: '13812345678', union: '深圳市福田区某科技有限公司工会' }
const ELDER: Person = { name: '欧阳秀英', id: idNumber('19720815', '246'), mobile: '13987654321', union: '福田区某物业服务公司工会' }
const RESUMER: Person = { name: '黄嘉怡', id: idNumber('19950620', '468'), mobile: '15012345678', union: '华强北街道某电子公司工会' }
const CARD = luhnCard()

/** From the intro through consent to the form's first step. */
async function startApplication(p: Page) {
  await p.goto(suite.cb.url + INTRO)
  await visible(p, 'apply-button').click()
  await visible(p, 'consent').waitFor()
  await p.getByTestId('consent-checkbox').check()
  await visible(p, 'consent-continue').click()
  await visible(p, 'apply-form').waitFor()
}

/** Fills 个人信息 … 学历信息 with valid values and saves each. */
async function fillFirstThreeSteps(p: Page, person: Person) {
  await input(p, 'name').fill(person.name)
  await input(p, 'idNumber').fill(person.id)
  await input(p, 'mobile').fill(person.mobile)
  await input(p, 'unionOrganisation').fill(person.union)
  await next(p, '工作信息')
  await input(p, 'employer').fill('深圳市福田区某科技有限公司')
  await input(p, 'creditCode').fill(creditCode())
  await pickFirst(p, 'street')
  await pickFirst(p, 'workingInFutianSince')
  await next(p, '学历信息')
  await input(p, 'school').fill('广东开放大学')
  await input(p, 'major').fill('行政管理')
  await pickFirst(p, 'level')
  await pickFirst(p, 'studyMode')
  await pickFirst(p, 'enrolledOn')
  await pickFirst(p, 'expectedGraduation')
  await input(p, 'studentNumber').fill('GD20260001')
  await next(p, '收款信息')
}

async function fillBankAndMaterials(p: Page) {
  await input(p, 'bankName').fill('中国工商银行深圳福田支行')
  await input(p, 'cardNumber').fill(CARD)
  await next(p, '申请材料')
  await p.getByTestId('file-input-enrolmentProof').setInputFiles({ name: '录取通知书.png', mimeType: 'image/png', buffer: PNG })
  await p.getByTestId('file-input-tuitionReceipt').setInputFiles({ name: '学费发票.pdf', mimeType: 'application/pdf', buffer: PDF })
  await visible(p, 'material-enrolmentProof').getByTestId('material-file').waitFor()
  await visible(p, 'material-tuitionReceipt').getByTestId('material-file').waitFor()
  await next(p, '核对提交')
}

// ---- the flow ----------------------------------------------------------------------------

test('a worker reads the policy, agrees, fills every step, uploads, submits once, and withdraws', async () => {
  const openid = openidFor('flow')
  const p = await openAs(openid)

  // The policy, read without logging in: amount, window, eligibility, materials, steps; 示例 chip.
  await p.goto(suite.cb.url + INTRO)
  await visible(p, 'policy').waitFor()
  await eventually(() => visible(p, 'policy-amount').innerText()).toBe('2,500 元/人')
  await eventually(() => visible(p, 'policy-window').innerText()).toBe('2026年9月1日 至 2027年6月30日')
  await eventually(() => visible(p, 'policy').getByTestId('sample-chip').first().innerText()).toBe('示例')
  for (const section of ['policy-eligibility', 'policy-scope', 'policy-documents', 'policy-timeline']) await visible(p, section).waitFor()
  await eventually(() => visible(p, 'policy-documents').innerText()).toContain('学费缴费凭证')
  await eventually(() => visible(p, 'apply-button').innerText()).toBe('立即申请')
  await eventually(() => seriousViolations(p)).toEqual([])
  await shot(p, 'intro')

  // Consent: the PIPL notice in full; continuing unchecked says why, beside the checkbox.
  await visible(p, 'apply-button').click()
  await visible(p, 'consent').waitFor()
  for (const part of ['privacy-collected', 'privacy-purpose', 'privacy-recipients', 'privacy-retention', 'privacy-contact']) await visible(p, part).waitFor()
  await eventually(() => visible(p, 'privacy-collected').innerText()).toContain('身份证号')
  await visible(p, 'consent-continue').click()
  await eventually(() => visible(p, 'consent-error').innerText()).toContain('请先阅读')
  await eventually(() => seriousViolations(p)).toEqual([])
  await shot(p, 'consent')
  await p.getByTestId('consent-checkbox').check()
  // The tick is a glyph of Taro's weui icon font, which this page's controls bring (the first screens do not).
  await eventually(() => p.evaluate(() => [...document.fonts].filter((face) => face.family === 'weui').map((face) => face.status))).toEqual(['loaded'])
  await visible(p, 'consent-continue').click()
  await visible(p, 'apply-form').waitFor()
  await eventually(() => stepTitle(p)).toBe('第 1 步，共 6 步：个人信息')

  // 下一步 on an empty step: an error beside each required field, nothing saved.
  await visible(p, 'next-button').click()
  await eventually(() => fieldError(p, 'name')).toBe('请填写姓名')
  await eventually(() => fieldError(p, 'idNumber')).toBe('请填写身份证号')
  await eventually(() => fieldError(p, 'mobile')).toBe('请填写手机号')
  await eventually(() => stepTitle(p)).toContain('个人信息')

  // A wrong ID number: its own message beside the field once the worker leaves it, linked to the input.
  await input(p, 'name').fill(PERSON.name)
  await input(p, 'idNumber').fill(wrongCheckChar(PERSON.id))
  await input(p, 'mobile').focus()
  await eventually(() => fieldError(p, 'idNumber')).toBe('身份证号校验位不正确，请核对')
  // The member number or the union organisation: one is needed.
  await input(p, 'mobile').fill(PERSON.mobile)
  await input(p, 'idNumber').fill(PERSON.id)
  // The corrected field is the expected state: no message beside it, and the control no longer invalid.
  await eventually(() => visible(p, 'field-idNumber').getByTestId('field-error').count()).toBe(0)
  await eventually(() => input(p, 'idNumber').getAttribute('aria-invalid')).not.toBe('true')
  await eventually(() => fieldError(p, 'memberNumber')).toBe('请填写会员证号或所在工会组织名称')
  await eventually(() => seriousViolations(p)).toEqual([])
  await shot(p, 'personal-errors')
  await input(p, 'unionOrganisation').fill(PERSON.union)
  await next(p, '工作信息')

  // 工作信息: a credit code with a wrong check character is refused beside the field.
  await input(p, 'employer').fill('深圳市福田区某科技有限公司')
  await input(p, 'creditCode').fill(creditCode().slice(0, 17) + (creditCode()[17] === '0' ? '1' : '0'))
  await input(p, 'employer').focus()
  await eventually(() => fieldError(p, 'creditCode')).toBe('统一社会信用代码校验位不正确，请核对')
  await input(p, 'creditCode').fill(creditCode().toLowerCase())
  // Typed in lower case, shown (and saved) in upper case.
  await eventually(() => input(p, 'creditCode').inputValue()).toBe(creditCode())
  await pickFirst(p, 'street')
  await eventually(() => visible(p, 'picker-street').innerText()).toContain('园岭')
  await pickFirst(p, 'workingInFutianSince')
  await eventually(() => visible(p, 'picker-workingInFutianSince').innerText()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日/)
  await shot(p, 'work')
  await next(p, '学历信息')

  await input(p, 'school').fill('广东开放大学')
  await input(p, 'major').fill('行政管理')
  await pickFirst(p, 'level')
  await pickFirst(p, 'studyMode')
  await pickFirst(p, 'enrolledOn')
  await pickFirst(p, 'expectedGraduation')
  await input(p, 'studentNumber').fill('GD20260001')
  await shot(p, 'education')
  await next(p, '收款信息')

  // A reload mid-form resumes from the server draft: the next unsaved step, earlier steps filled in.
  await p.reload()
  await visible(p, 'apply-form').waitFor()
  await eventually(() => stepTitle(p)).toBe('第 4 步，共 6 步：收款信息')
  await visible(p, 'back-button').click()
  await eventually(() => input(p, 'school').inputValue()).toBe('广东开放大学')
  await eventually(() => visible(p, 'picker-level').innerText()).toContain('大专')
  await next(p, '收款信息')

  // 收款信息: the holder is pre-filled with the applicant; the card number is spaced in fours.
  await eventually(() => input(p, 'accountHolder').inputValue()).toBe(PERSON.name)
  await input(p, 'bankName').fill('中国工商银行深圳福田支行')
  await input(p, 'cardNumber').fill(CARD.slice(0, -1) + String((Number(CARD.slice(-1)) + 1) % 10))
  await input(p, 'bankName').focus()
  await eventually(() => fieldError(p, 'cardNumber')).toBe('银行卡号有误，请核对')
  await input(p, 'cardNumber').fill(CARD)
  await eventually(() => input(p, 'cardNumber').inputValue()).toBe(CARD.replace(/(\d{4})(?=\d)/g, '$1 '))
  await shot(p, 'bank')
  await next(p, '申请材料')

  // 材料: a text file is refused on the device, in Chinese, beside its slot; then a PNG and a PDF upload.
  await visible(p, 'next-button').click()
  await eventually(() => visible(p, 'material-enrolmentProof').getByTestId('field-error').innerText()).toContain('请上传')
  await p.getByTestId('file-input-enrolmentProof').setInputFiles({ name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') })
  await eventually(() => visible(p, 'material-enrolmentProof').getByTestId('field-error').innerText()).toContain('只支持 jpg、png 或 pdf 文件')
  await p.getByTestId('file-input-enrolmentProof').setInputFiles({ name: '录取通知书.png', mimeType: 'image/png', buffer: PNG })
  await p.getByTestId('file-input-tuitionReceipt').setInputFiles({ name: '学费发票.pdf', mimeType: 'application/pdf', buffer: PDF })
  const proof = visible(p, 'material-enrolmentProof')
  const receipt = visible(p, 'material-tuitionReceipt')
  await proof.getByTestId('material-file').waitFor()
  await receipt.getByTestId('material-file').waitFor()
  await eventually(() => proof.getByTestId('material-file-name').innerText()).toBe('录取通知书.png')
  await eventually(() => receipt.getByTestId('material-file-name').innerText()).toBe('学费发票.pdf')
  // The image shows as a thumbnail, the PDF by name; the error went away with a good file.
  await proof.getByTestId('material-preview').locator('img').waitFor()
  await eventually(() => proof.getByTestId('field-error').count()).toBe(0)
  await eventually(() => seriousViolations(p)).toEqual([])
  await shot(p, 'materials')
  await next(p, '核对提交')

  // 核对: every section, numbers in full, 修改 back to a step and straight back to the review.
  for (const section of ['personal', 'work', 'education', 'bank', 'materials']) await visible(p, `review-${section}`).waitFor()
  await eventually(() => visible(p, 'review-idNumber').innerText()).toBe(PERSON.id)
  await eventually(() => visible(p, 'review-cardNumber').innerText()).toBe(CARD.replace(/(\d{4})(?=\d)/g, '$1 '))
  await eventually(() => visible(p, 'review-materials').innerText()).toContain('学费发票.pdf')
  await visible(p, 'edit-work').click()
  await eventually(() => stepTitle(p)).toContain('工作信息')
  await eventually(() => visible(p, 'next-button').innerText()).toBe('保存并返回核对')
  await input(p, 'employer').fill('深圳市福田区某某科技有限公司')
  await next(p, '核对提交')
  await eventually(() => visible(p, 'review-employer').innerText()).toBe('深圳市福田区某某科技有限公司')
  await eventually(() => seriousViolations(p)).toEqual([])
  await shot(p, 'review')

  // 提交, tapped twice: one application, one 申报序号.
  const submits: string[] = []
  p.on('request', (req) => {
    if (req.url().endsWith('/api/dreamPlan') && (req.postData() ?? '').includes('"submit"')) submits.push(JSON.parse(req.postData()!).idempotencyKey)
  })
  await visible(p, 'submit-button').dblclick()
  const number = visible(p, 'application-number')
  await number.waitFor()
  await eventually(() => number.innerText()).toMatch(/^2026-\d{6}$/)
  expect(new Set(submits).size).toBe(1)
  const mine = await applicationsOf(openid)
  expect(mine).toHaveLength(1)
  expect(mine[0]).toMatchObject({ status: 'submitted', applicationNo: await number.innerText() })
  // H5 has no subscribe messages: no button.
  await eventually(() => p.getByTestId('subscribe-button').count()).toBe(0)
  await eventually(() => seriousViolations(p)).toEqual([])
  await shot(p, 'success')

  // 我的申请 (from 我的): 已提交.
  await p.goto(suite.cb.url + '/pages/mine/index')
  await visible(p, 'my-applications-link').click()
  const row = visible(p, 'application-row')
  await row.waitFor()
  await eventually(() => row.getByTestId('status-chip').innerText()).toBe('已提交')
  await eventually(() => p.getByTestId('draft-notice').count()).toBe(0)
  await eventually(() => seriousViolations(p)).toEqual([])
  await shot(p, 'mine')

  // The detail: masked numbers, the materials, the timeline.
  await row.click()
  await visible(p, 'application').waitFor()
  await eventually(() => visible(p, 'detail-id-number').innerText()).toBe(`4403${'*'.repeat(10)}${PERSON.id.slice(-4)}`)
  await eventually(() => visible(p, 'detail-card-number').innerText()).toBe(`**** **** **** ${CARD.slice(-4)}`)
  await eventually(() => visible(p, 'application').innerText()).not.toContain(PERSON.id)
  await eventually(() => visible(p, 'timeline').getByTestId('timeline-entry').count()).toBe(1)
  await eventually(() => visible(p, 'timeline').innerText()).toContain('已提交')
  await eventually(() => visible(p, 'detail-materials').getByTestId('detail-material').count()).toBe(2)
  // The PDF opens in a new tab from its temporary URL. (The headless shell has no PDF viewer and
  // saves it instead, so the tab's request is what shows where it went.)
  const isMaterial = (r: Request) => r.url().includes('/__storage/get/dream-plan/')
  const [tab, opened] = await Promise.all([
    p.context().waitForEvent('page'),
    p.context().waitForEvent('request', isMaterial),
    visible(p, 'detail-materials').getByTestId('detail-material').nth(1).click()
  ])
  expect(opened.frame().page()).toBe(tab)
  expect((await p.request.get(opened.url())).headers()['content-type']).toBe('application/pdf')
  await tab.close()
  await eventually(() => seriousViolations(p)).toEqual([])
  await shot(p, 'detail')

  // 撤回申请: a confirmation with an optional reason, then 已撤回 on the page and in the timeline.
  await visible(p, 'withdraw-button').click()
  await visible(p, 'withdraw-dialog').waitFor()
  await visible(p, 'withdraw-reason').locator('textarea').fill('信息填写有误，需要重新申请')
  await eventually(() => seriousViolations(p)).toEqual([])
  await shot(p, 'withdraw-dialog', { full: false })
  await visible(p, 'withdraw-confirm').click()
  await p.waitForFunction(() => document.querySelector('[data-testid="application"] [data-testid="status-chip"]')?.textContent === '已撤回')
  await eventually(() => visible(p, 'timeline').innerText()).toContain('原因：信息填写有误，需要重新申请')
  await eventually(() => visible(p, 'timeline').getByTestId('timeline-entry').count()).toBe(2)
  await eventually(() => p.getByTestId('withdraw-button').count()).toBe(0)
  await shot(p, 'withdrawn')
  expect((await applicationsOf(openid))[0].status).toBe('withdrawn')

  // Back in 我的申请 the row says so too.
  await p.goto(suite.cb.url + '/packages/dream-plan/pages/mine/index')
  await eventually(() => visible(p, 'application-row').getByTestId('status-chip').innerText()).toBe('已撤回')
})

test('关怀模式: the form and the detail in large text with 60×60 targets', async () => {
  const openid = openidFor('care')
  const p = await openAs(openid, { care: true })
  await startApplication(p)
  await visible(p, 'next-button').click()
  await fieldError(p, 'name')
  const fontOf = (testId: string) => visible(p, testId).evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  await eventually(() => fontOf('input-name')).toBeGreaterThanOrEqual(20)
  const boxes = await p
    .locator('[role="main"] >> visible=true')
    .locator('[role="button"], [role="link"], input:not([type="hidden"]), [data-testid^="input-"]')
    .evaluateAll((els) =>
      els
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => ({ label: (el.getAttribute('aria-label') || el.textContent || el.tagName).trim().slice(0, 20), ...el.getBoundingClientRect().toJSON() }))
    )
  expect(boxes.length).toBeGreaterThan(5)
  for (const box of boxes) expect({ label: box.label, ok: box.height >= 60 && box.width >= 60 }).toEqual({ label: box.label, ok: true })
  await eventually(() => seriousViolations(p)).toEqual([])
  await shot(p, 'personal-care')

  await fillFirstThreeSteps(p, ELDER)
  await fillBankAndMaterials(p)
  await shot(p, 'review-care')
  await visible(p, 'submit-button').click()
  await visible(p, 'application-number').waitFor()
  await visible(p, 'view-application').click()
  await visible(p, 'application').waitFor()
  await eventually(() => fontOf('detail-id-number')).toBeGreaterThanOrEqual(20)
  const withdraw = await visible(p, 'withdraw-button').boundingBox()
  expect(withdraw!.height).toBeGreaterThanOrEqual(60)
  await eventually(() => seriousViolations(p)).toEqual([])
  await shot(p, 'detail-care')
})

test('the server draft follows the worker: a second session opens where the first stopped', async () => {
  const openid = openidFor('resume')
  const p = await openAs(openid)
  await startApplication(p)
  await fillFirstThreeSteps(p, RESUMER)
  await p.context().close()

  // Another "device": a fresh browser context, same WeChat user. It has no consent on record here, so
  // the notice comes first; then the form resumes at 收款信息.
  const q = await openAs(openid)
  await q.goto(suite.cb.url + '/packages/dream-plan/pages/mine/index')
  await eventually(() => visible(q, 'draft-notice').innerText()).toContain('已填写 3 项')
  await visible(q, 'continue-draft').click()
  await visible(q, 'consent').waitFor()
  await q.getByTestId('consent-checkbox').check()
  await visible(q, 'consent-continue').click()
  await visible(q, 'apply-form').waitFor()
  await eventually(() => stepTitle(q)).toContain('收款信息')
  await eventually(() => input(q, 'accountHolder').inputValue()).toBe(RESUMER.name)
})

test('审核中 shows its stage; 退回补正 is amended and resubmitted; 未通过 shows the reason', async () => {
  // The staff side comes later: the test moves the applications as it will (dream-plan-kit's setStatus).
  const openid = openidFor('amend')
  const app = await apply(suite.cb, openid)
  await setStatus(suite.cb, app.id, 'in_review', { stage: 'street' })
  const p = await openAs(openid)
  await p.goto(suite.cb.url + '/packages/dream-plan/pages/mine/index')
  await eventually(() => visible(p, 'application-row').getByTestId('status-chip').innerText()).toBe('审核中 · 街道初审')

  const reason = '入学证明照片不清晰，请重新上传'
  await setStatus(suite.cb, app.id, 'returned', { reason })
  await p.reload()
  await eventually(() => visible(p, 'application-row').getByTestId('status-chip').innerText()).toBe('退回补正')
  await visible(p, 'application-row').click()
  await eventually(() => visible(p, 'review-reason').innerText()).toContain(reason)
  await eventually(() => p.getByTestId('withdraw-button').count()).toBe(0)
  await eventually(() => visible(p, 'timeline').innerText()).toContain(`原因：${reason}`)
  await shot(p, 'returned')

  // 修改并重新提交: the form opens on the review with the reason; the worker replaces the proof.
  await visible(p, 'resubmit-button').click()
  await visible(p, 'apply-form').waitFor()
  await eventually(() => stepTitle(p)).toContain('核对提交')
  await eventually(() => visible(p, 'review-reason').innerText()).toContain(reason)
  await visible(p, 'edit-materials').click()
  await eventually(() => stepTitle(p)).toContain('申请材料')
  await p.getByTestId('file-input-enrolmentProof').setInputFiles({ name: '清晰的录取通知书.png', mimeType: 'image/png', buffer: PNG })
  await visible(p, 'material-enrolmentProof').getByTestId('material-preview').waitFor()
  await next(p, '核对提交')
  await eventually(() => visible(p, 'review-materials').innerText()).toContain('清晰的录取通知书.png')
  await eventually(() => visible(p, 'submit-button').innerText()).toBe('重新提交申请')
  await shot(p, 'amend-review')
  await visible(p, 'submit-button').click()
  await visible(p, 'success').waitFor()
  await eventually(() => visible(p, 'success').innerText()).toContain('已重新提交')
  await visible(p, 'view-application').click()
  await visible(p, 'application').waitFor()
  // Back to the level that returned it: 街道初审.
  await eventually(() => visible(p, 'application').getByTestId('status-chip').first().innerText()).toBe('审核中 · 街道初审')
  await eventually(() => visible(p, 'timeline').getByTestId('timeline-entry').first().innerText()).toContain('已补正并重新提交')
  await eventually(() => visible(p, 'detail-materials').innerText()).toContain('清晰的录取通知书.png')

  // 未通过: the reason in a banner, nothing to do.
  const other = openidFor('rejected')
  const rejected = await apply(suite.cb, other)
  await setStatus(suite.cb, rejected.id, 'in_review', { stage: 'district' })
  await setStatus(suite.cb, rejected.id, 'rejected', { reason: '就读院校不在资助范围内' })
  const q = await openAs(other)
  await q.goto(suite.cb.url + `/packages/dream-plan/pages/detail/index?id=${rejected.id}`)
  await eventually(() => visible(q, 'review-reason').innerText()).toContain('就读院校不在资助范围内')
  await eventually(() => visible(q, 'application').getByTestId('status-chip').first().innerText()).toBe('未通过')
  await eventually(() => q.getByTestId('resubmit-button').count()).toBe(0)
  await eventually(() => q.getByTestId('withdraw-button').count()).toBe(0)
  await eventually(() => seriousViolations(q)).toEqual([])
})

test('server field errors show beside their fields', async () => {
  const openid = openidFor('server')
  const p = await openAs(openid)
  await startApplication(p)
  await input(p, 'name').fill(PERSON.name)
  await input(p, 'idNumber').fill(PERSON.id)
  await input(p, 'mobile').fill(PERSON.mobile)
  await input(p, 'memberNumber').fill('FT-0001')
  // The function refuses the section with a field message (as it would for a rule the app lacks).
  await p.route('**/api/dreamPlan', async (route) => {
    const body = JSON.parse(route.request().postData() ?? '{}')
    if (body.action !== 'saveDraft') return route.continue()
    await route.fulfill({
      status: 400,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'INVALID_INPUT', message: '提交的内容有误：该手机号暂不能使用', fields: { 'data.mobile': '该手机号暂不能使用' } } })
    })
  })
  await visible(p, 'next-button').click()
  await eventually(() => fieldError(p, 'mobile')).toBe('该手机号暂不能使用')
  await eventually(() => visible(p, 'step-notice-text').innerText()).toContain('该手机号暂不能使用')
  await eventually(() => stepTitle(p)).toContain('个人信息')
  // Typing in the field clears the server's message.
  await input(p, 'mobile').fill('13912345678')
  // The corrected field is the expected state: no message beside it, and the control no longer invalid.
  await eventually(() => visible(p, 'field-mobile').getByTestId('field-error').count()).toBe(0)
  await eventually(() => input(p, 'mobile').getAttribute('aria-invalid')).not.toBe('true')
})

test('without an openid the consent page says to log in (the function answers 401)', async () => {
  const p = await openAs(openidFor('anon'))
  await p.route('**/api/dreamPlan', (route) => {
    const headers = { ...route.request().headers() }
    delete headers['x-wx-openid']
    return route.continue({ headers })
  })
  await p.goto(suite.cb.url + INTRO)
  // Reading the policy needs no login.
  await visible(p, 'apply-button').click()
  await p.getByTestId('consent-checkbox').check()
  await visible(p, 'consent-continue').click()
  const problem = visible(p, 'consent-problem')
  await problem.waitFor()
  await eventually(() => problem.innerText()).toContain('请在微信中打开并登录后再试')
  await eventually(() => p.getByTestId('apply-form').count()).toBe(0)
})

test('empty 我的申请 leads to the policy', async () => {
  const p = await openAs(openidFor('empty'))
  await p.goto(suite.cb.url + '/packages/dream-plan/pages/mine/index')
  await eventually(() => visible(p, 'empty-state').innerText()).toContain('还没有圆梦计划申请')
  await visible(p, 'intro-link').click()
  await visible(p, 'policy').waitFor()
})

test('outside the window the intro shows the dates instead of 立即申请, and the form stays closed', async () => {
  const policies = suite.cb.sdk.database().collection(DREAM_PLAN_COLLECTIONS.policies)
  const { data } = (await policies.doc('2026').get()) as { data: { closesAt: string }[] }
  const closesAt = data[0].closesAt
  await policies.doc('2026').update({ closesAt: '2026-10-01T00:00:00+08:00' })
  try {
    const p = await openAs(openidFor('closed'))
    await p.goto(suite.cb.url + INTRO)
    const closed = visible(p, 'window-closed')
    await closed.waitFor()
    await eventually(() => closed.innerText()).toContain('2026年度申请已于2026年9月30日截止')
    await eventually(() => closed.innerText()).toContain('申请时间：2026年9月1日 至 2026年9月30日')
    await eventually(() => p.getByTestId('apply-button').count()).toBe(0)
    await shot(p, 'closed')
    await p.goto(suite.cb.url + APPLY)
    await visible(p, 'apply-closed').waitFor()
    await eventually(() => p.getByTestId('next-button').count()).toBe(0)
  } finally {
    await policies.doc('2026').update({ closesAt })
  }
})

// 圆梦计划 on weapp, tapped through as a worker applies in WeChat: the policy → 立即申请 → the
// privacy notice → the checkbox → WeChat's privacy agreement (the page's agreePrivacyAuthorization
// button) → the five steps of the form, typed and picked in WeChat's native controls and saved on
// the server at each step → the materials, a photo (chooseMedia) and a PDF from a chat
// (chooseMessageFile), each uploaded through wx.cloud.uploadFile into the local CloudBase's storage
// → 核对 → 提交 → the success page, whose one button asks WeChat for the subscribe-message grant
// (wx.requestSubscribeMessage, from the tap) → 我的申请 with the application.
import { DREAM_PLAN_COLLECTIONS } from '../../contracts/dream-plan/documents'
import { creditCodeCheckChar, idCheckChar, luhnCheckDigit } from '../../contracts/dream-plan/identity-numbers'
import { LOCAL_TEMPLATE_ID } from '../../local-cloudbase/wechat/templates'
import { eventually } from '../helpers/eventually'
import type { WeappApp } from '../helpers/weapp/app'
import { wxAttribute } from '../helpers/weapp/gestures'
import type { PageHandle } from '../helpers/weapp/page'
import { PDF, PNG, seededWeappFile, waitUntilShown } from '../helpers/weapp/seeded-cloudbase'

const APPLICANT = 'o-weapp-applicant'
const id17 = '44030419900307123'
const ID_NUMBER = id17 + idCheckChar(id17)
const credit17 = '91440300MA5FK2R7Q'
const CREDIT_CODE = credit17 + creditCodeCheckChar(credit17)
const card18 = '622202100012345678'
const CARD = card18 + luhnCheckDigit(card18)

const weapp = seededWeappFile()

const actions = (a: WeappApp) => a.recorder.callsOf('cloud.callFunction').map((c) => (c.args[0] as { data: { action: string } }).data.action)

/** Types into the field labelled `label`. */
async function fill(page: PageHandle, label: string, value: string) {
  await page.type(page.controlByLabel(label, 'wx-input, wx-textarea'), value)
}

/** Taps 下一步 and waits for the next step's title (the step is saved on the server first). */
async function next(page: PageHandle, title: string) {
  await page.tap(/^下一步：/)
  await waitUntilShown(page, `共 6 步：${title}`)
}

async function toTheForm(a: WeappApp): Promise<PageHandle> {
  const intro = a.current
  await waitUntilShown(intro, '立即申请')
  await intro.tap(/^立即申请$/)
  const consent = await a.waitForPage('packages/dream-plan/pages/consent/index')
  await waitUntilShown(consent, '我已阅读并同意以上个人信息处理规则')
  expect(a.standIn.privacy.agreed).toBe(false)
  await consent.check('我已阅读并同意以上个人信息处理规则')
  await consent.waitForText('同意并继续')
  // WeChat still needs the user's agreement: the page shows its agreePrivacyAuthorization button.
  await consent.waitFor(() => wxAttribute(consent.find(/^同意并继续$/), 'openType') === 'agreePrivacyAuthorization', '同意并继续 is WeChat\'s agreement button')
  await consent.tap(/^同意并继续$/)
  const form = await a.waitForPage('packages/dream-plan/pages/apply/index')
  expect(a.standIn.privacy.agreed).toBe(true)
  await waitUntilShown(form, '姓名')
  return form
}

test('intro → consent → the six steps with uploads through cloud.uploadFile → submit → subscribe → 我的申请', async () => {
  const app = await weapp.launch({ openid: APPLICANT, entry: 'packages/dream-plan/pages/intro/index' })
  const form = await toTheForm(app)
  expect(actions(app)).toEqual(expect.arrayContaining(['getPolicy', 'getDraft']))

  // 个人信息
  await fill(form, '姓名', '陈晓明')
  await fill(form, '身份证号', ID_NUMBER)
  await fill(form, '手机号', '13812345678')
  await fill(form, '所在工会组织', '深圳市福田区某科技有限公司工会')
  await next(form, '工作信息')
  // 工作信息: the street and the date from WeChat's native pickers, as a worker taps 确定.
  await fill(form, '工作单位', '深圳市福田区某科技有限公司')
  await fill(form, '统一社会信用代码', CREDIT_CODE)
  await form.pick('单位所在街道')
  await form.pick('在福田工作起始日期')
  await form.waitFor(() => !/请选择/.test(form.text()), '街道和日期已选')
  await next(form, '学历信息')
  await fill(form, '就读学校', '广东开放大学')
  await fill(form, '专业', '行政管理')
  await form.pick('学历层次')
  await form.pick('学习形式')
  await form.pick('入学日期')
  // The graduation wheel opens three years after enrolment, once the page has drawn the enrolment date.
  await form.waitFor(() => /^\d{4}-07-01$/.test(wxAttribute(form.controlByLabel('预计毕业日期', 'wx-picker'), 'value') ?? ''), '毕业日期选择器从入学三年后开始')
  await form.pick('预计毕业日期')
  await fill(form, '学号', 'GD20260001')
  await next(form, '收款信息')
  await fill(form, '开户银行', '中国工商银行深圳福田支行')
  await fill(form, '银行卡号', CARD)
  await next(form, '申请材料')

  // 申请材料: a photo from the album for the proof, a PDF from a chat for the receipt.
  app.ctx.choices.media.push([{ name: 'proof.png', bytes: PNG }])
  app.ctx.choices.messageFiles.push([{ name: '学费发票.pdf', bytes: PDF, type: 'file' }])
  await form.tap(/^拍照或从相册选$/, 0)
  await form.waitForText('已上传')
  await form.tap(/^从聊天记录选文件$/, 1)
  await form.waitForText('学费发票.pdf')
  await form.waitFor(() => (form.text().match(/已上传/g) ?? []).length === 2, '两份材料都已上传')
  // Both through wx.cloud.uploadFile, to the paths dreamPlan.prepareUpload handed out.
  const uploads = app.recorder.callsOf('cloud.uploadFile').map((c) => (c.args[0] as { cloudPath: string }).cloudPath)
  expect(uploads).toEqual([expect.stringMatching(/^dream-plan\/.+\.png$/), expect.stringMatching(/^dream-plan\/.+\.pdf$/)])
  await next(form, '核对提交')

  // 核对 → 提交: one application, and the success page with its 申报序号.
  await waitUntilShown(form, '提交申请')
  expect(form.text()).toContain(ID_NUMBER)
  expect(form.text()).toContain('学费发票.pdf')
  await form.tap(/^提交申请$/)
  const success = await app.waitForPage('packages/dream-plan/pages/success/index')
  await waitUntilShown(success, '申报序号')
  await success.waitForText(/2026-\d{6}/)
  const number = /2026-\d{6}/.exec(success.text())![0]

  // The subscribe button asks WeChat from the tap; the accepted grant is recorded on the server.
  await waitUntilShown(success, '订阅审核进度通知')
  await success.tap(/^订阅审核进度通知$/)
  await success.waitForText('已订阅')
  const asked = app.recorder.callsOf('requestSubscribeMessage')
  expect(asked).toHaveLength(1)
  await eventually(() => actions(app!)).toContain('recordSubscription')
  // The template asked for is the one the notify function sends with; the server counted the grant.
  expect((asked[0].args[0] as { tmplIds: string[] }).tmplIds).toEqual([LOCAL_TEMPLATE_ID])
  const grants = await weapp.cb.sdk.database().collection(DREAM_PLAN_COLLECTIONS.subscriptions).where({ openid: APPLICANT }).get()
  expect(grants.data).toEqual([expect.objectContaining({ grants: { [LOCAL_TEMPLATE_ID]: 1 } })])

  // 我的申请: the application, 已提交, with its number.
  await success.tap(/^我的申请$/)
  const mine = await app.waitForPage('packages/dream-plan/pages/mine/index')
  await waitUntilShown(mine, number)
  expect(mine.text()).toContain('已提交')
  const listed = await weapp.cb.call<{ items: { applicationNo: string; status: string }[] }>('dreamPlan', { action: 'listMine' }, APPLICANT)
  expect(listed.body.ok && listed.body.data.items).toEqual([expect.objectContaining({ applicationNo: number, status: 'submitted' })])
  // The materials are the bytes the worker picked, in the local CloudBase's storage.
  const id = listed.body.ok ? (listed.body.data.items[0] as unknown as { id: string }).id : ''
  const detail = await weapp.cb.call<{ materials: { kind: string; name: string; url: string }[] }>('dreamPlan', { action: 'getMine', id }, APPLICANT)
  const materials = detail.body.ok ? detail.body.data.materials : []
  expect(materials.map((m) => [m.kind, m.name])).toEqual([
    ['enrolmentProof', expect.stringMatching(/\.png$/)],
    ['tuitionReceipt', '学费发票.pdf']
  ])
  for (const [m, bytes] of [[materials[0], PNG], [materials[1], PDF]] as const) {
    expect(Buffer.from(await (await fetch(m.url)).arrayBuffer()).equals(bytes)).toBe(true)
  }
  app.recorder.assertNoProblems()
})

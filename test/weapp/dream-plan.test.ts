// 圆梦计划 on weapp, as far as this file goes: the policy → 立即申请 → the privacy notice → the
// checkbox → WeChat's privacy agreement through the page's agreePrivacyAuthorization button →
// the form's first step, with the draft read from the server. (The rest of the form, uploads
// through cloud.uploadFile, submit and requestSubscribeMessage are not tapped through yet: see
// the README's "What runs where".)
import { launchWeapp, type WeappApp } from '../helpers/weapp/app'
import { wxAttribute } from '../helpers/weapp/gestures'
import { startSeededCloudbase, waitUntilShown } from '../helpers/weapp/seeded-cloudbase'
import type { TestCloudbase } from '../helpers/local-cloudbase'

jest.setTimeout(90_000)

let cb: TestCloudbase
let app: WeappApp | undefined
beforeAll(async () => {
  cb = await startSeededCloudbase()
}, 120_000)
afterAll(async () => {
  await cb?.stop()
})
afterEach(() => {
  app?.close()
  app = undefined
})

test('intro → 立即申请 → consent → 同意并继续 (WeChat privacy agreement) → the form', async () => {
  app = await launchWeapp({ cloudbase: cb, openid: 'o-weapp-applicant', entry: 'packages/dream-plan/pages/intro/index' })
  const intro = app.current
  await waitUntilShown(intro, '立即申请')
  await intro.tap(/^立即申请$/)
  const consent = await app.waitForPage('packages/dream-plan/pages/consent/index')
  await waitUntilShown(consent, '我已阅读并同意以上个人信息处理规则')
  expect(app.standIn.privacy.agreed).toBe(false)

  await consent.check('我已阅读并同意以上个人信息处理规则')
  await consent.waitForText('同意并继续')
  // WeChat still needs the user's agreement: the page shows its agreePrivacyAuthorization button.
  await consent.waitFor(() => wxAttribute(consent.find(/^同意并继续$/), 'openType') === 'agreePrivacyAuthorization', '同意并继续 is WeChat\'s agreement button')
  await consent.tap(/^同意并继续$/)
  const form = await app.waitForPage('packages/dream-plan/pages/apply/index')
  expect(app.standIn.privacy.agreed).toBe(true)
  await waitUntilShown(form, '姓名')
  expect(app.recorder.callsOf('cloud.callFunction').map((c) => (c.args[0] as { data: { action: string } }).data.action)).toEqual(
    expect.arrayContaining(['getPolicy', 'getDraft'])
  )
  app.recorder.assertNoProblems()
})

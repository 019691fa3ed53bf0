// 圆梦计划's 30-second self-check in the H5 build, in Chromium at phone size, over the local
// CloudBase with the seeded 2026 policy: opened from the intro and from the service page; every
// question says why it matters; unanswered questions are named; eligible answers open the
// application with them filled in; not eligible names the rule and what else the union offers;
// 关怀模式 sizes; axe; and the check itself sends nothing but reading the policy to the server.
import type { Page } from 'playwright-core'
import { idCheckChar } from '../../contracts/dream-plan/identity-numbers'
import { settle, shoot, visible } from '../helpers/browser'
import { browserFile } from '../helpers/browser-file'
import { seriousViolations } from '../helpers/axe'
import { eventually } from '../helpers/eventually'

const INTRO = '/packages/dream-plan/pages/intro/index'
const CHECK = '/packages/dream-plan/pages/check/index'

const suite = browserFile({ seeded: true })

let seq = 0
/** A phone-sized page as a fresh worker; every call to a function is recorded. */
async function open({ care = false } = {}): Promise<{ p: Page; calls: { fn: string; action: string }[] }> {
  const context = await suite.open()
  const openid = `o-check-${Date.now().toString(36)}-${++seq}`
  await context.addInitScript((id) => localStorage.setItem('futian.persona', id), openid)
  const p = await context.newPage()
  p.setDefaultTimeout(20_000)
  const calls: { fn: string; action: string }[] = []
  p.on('request', (req) => {
    const m = /\/api\/([^/?]+)/.exec(req.url())
    if (m && req.method() === 'POST') calls.push({ fn: m[1], action: String(JSON.parse(req.postData() ?? '{}').action) })
  })
  if (care) {
    await p.goto(suite.cb.url + '/pages/mine/index')
    const toggle = p.getByTestId('care-switch')
    await toggle.click()
    await eventually(() => toggle.getAttribute('aria-checked')).toBe('true')
  }
  return { p, calls }
}

const choose = (p: Page, group: string, value: string) => visible(p, `choices-${group}`).getByTestId(`choice-${value}`).click()

async function pickDate(p: Page, key: string) {
  await visible(p, `picker-${key}`).click()
  await p.locator('.weui-picker__action >> visible=true').filter({ hasText: '确定' }).click()
  await p.waitForFunction(() => Array.from(document.querySelectorAll<HTMLElement>('.weui-picker__overlay')).every((el) => el.style.display === 'none'))
}

const shot = (p: Page, name: string) => shoot(p, `self-check-${name}.png`, { maxHeight: 5000 })

test('from the intro: every question says why; unanswered ones are named; eligible answers start a prefilled application', async () => {
  const { p, calls } = await open()
  await p.goto(suite.cb.url + INTRO)
  await visible(p, 'self-check-entry').click()
  await visible(p, 'self-check').waitFor()
  for (const id of ['workplace', 'union', 'member', 'study', 'previous', 'dates']) {
    await eventually(() => visible(p, `question-${id}`).innerText()).toContain('为什么问：')
  }
  // The seed policy's own wording, not the page's.
  await eventually(() => visible(p, 'question-dates').innerText()).toContain('2023年9月1日及以后入学')

  await visible(p, 'check-submit').click()
  await eventually(() => visible(p, 'check-missing').innerText()).toContain('您的单位建立了工会吗？')

  await choose(p, 'street', '莲花')
  await choose(p, 'union', 'yes')
  await choose(p, 'member', 'yes')
  await choose(p, 'level', '本科')
  await choose(p, 'mode', '开放教育')
  await choose(p, 'previous', 'never')
  await pickDate(p, 'enrolledOn')
  await pickDate(p, 'expectedGraduation')
  await eventually(() => visible(p, 'choices-street').getByTestId('choice-莲花').getAttribute('aria-checked')).toBe('true')
  await visible(p, 'check-submit').click()
  await eventually(() => visible(p, 'check-eligible').innerText()).toContain('您符合申请条件')
  await shot(p, 'eligible')
  await eventually(() => seriousViolations(p)).toEqual([])

  // Answering sent nothing: the only calls so far read the policy (with the worker's standing on the intro).
  expect(calls.filter((c) => !['getPolicy', 'getIntro'].includes(c.action))).toEqual([])

  await visible(p, 'check-apply').click()
  await visible(p, 'consent').waitFor()
  await p.getByTestId('consent-checkbox').check()
  await visible(p, 'consent-continue').click()
  await visible(p, 'apply-form').waitFor()
  const first17 = '44030419900307123'
  await visible(p, 'input-name').locator('input').fill('陈晓明')
  await visible(p, 'input-idNumber').locator('input').fill(first17 + idCheckChar(first17))
  await visible(p, 'input-mobile').locator('input').fill('13812345678')
  await visible(p, 'input-unionOrganisation').locator('input').fill('莲花街道某科技有限公司工会')
  await visible(p, 'next-button').click()
  // 工作信息: the street answered in the check is already chosen.
  await eventually(() => visible(p, 'picker-street').innerText()).toContain('莲花')
})

test('from the service page, in 关怀模式: not eligible names each rule and offers the union\'s other services; targets are large', async () => {
  const { p } = await open({ care: true })
  await p.goto(suite.cb.url + '/packages/services/pages/service/index?id=dream-plan')
  await visible(p, 'self-check-entry').click()
  await visible(p, 'self-check').waitFor()

  await choose(p, 'street', 'outside')
  await choose(p, 'union', 'yes')
  await choose(p, 'member', 'no')
  await choose(p, 'level', 'other')
  await choose(p, 'mode', '自学考试')
  await choose(p, 'previous', 'never')
  await pickDate(p, 'enrolledOn')
  await pickDate(p, 'expectedGraduation')
  await visible(p, 'check-submit').click()
  const result = visible(p, 'check-ineligible')
  await eventually(() => result.innerText()).toContain('暂不符合申请条件')
  await eventually(() => visible(p, 'rule-futian').innerText()).toContain('福田区')
  await eventually(() => visible(p, 'rule-member').innerText()).toContain('会员')
  await eventually(() => visible(p, 'rule-level').innerText()).toContain('大专、本科')
  await visible(p, 'offer-worker-service-center').waitFor()
  await visible(p, 'offer-union-training').waitFor()

  // 关怀模式: choices and buttons at least 60×60 px, question text at least 18 px, line spacing ≥ 1.3.
  const sizes = await p.evaluate(() => {
    const box = (sel: string) => Array.from(document.querySelectorAll<HTMLElement>(sel)).filter((el) => el.offsetParent).map((el) => el.getBoundingClientRect())
    const why = document.querySelector<HTMLElement>('[data-testid="question-member"] .dp-check__why')!
    const style = getComputedStyle(why)
    return {
      choices: box('.dp-choice').map((r) => Math.min(r.width, r.height)),
      buttons: box('[data-testid="check-submit"]').map((r) => r.height),
      whyFont: parseFloat(style.fontSize),
      whyLine: parseFloat(style.lineHeight) / parseFloat(style.fontSize)
    }
  })
  expect(Math.min(...sizes.choices)).toBeGreaterThanOrEqual(60)
  expect(Math.min(...sizes.buttons)).toBeGreaterThanOrEqual(60)
  expect(sizes.whyFont).toBeGreaterThanOrEqual(18)
  expect(sizes.whyLine).toBeGreaterThanOrEqual(1.3)
  await shot(p, 'not-eligible-care')
  await eventually(() => seriousViolations(p)).toEqual([])

  await visible(p, 'offer-worker-service-center').click()
  await eventually(() => visible(p, 'service-name').innerText()).toBe('职工服务中心')
})

test('the questions page is axe-clean in both modes before anything is answered', async () => {
  for (const care of [false, true]) {
    const { p } = await open({ care })
    await p.goto(suite.cb.url + CHECK)
    await visible(p, 'self-check').waitFor()
    await settle(p)
    await eventually(() => seriousViolations(p)).toEqual([])
    if (!care) await shot(p, 'questions')
    await p.context().close()
  }
})

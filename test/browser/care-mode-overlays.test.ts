// 关怀 mode on what care-mode.test.ts's page visits do not open: dialogs, a sheet and an error state
// (issue 15). In Chromium on the H5 build, 关怀模式 switched on through 我的: the staff revoke dialog
// (人员管理, as the admin), the reveal-number reason dialog (审核, as the district reviewer), the
// place sheet (找阵地) and the home feed's error state with 重试 (the content function unreachable).
// Each is measured open at 375 px (text ≥ 18 px, targets ≥ 60×60, wrapped lines ≥ 1.3×), then
// reflowed to 320 px (nothing past the sides), then at 320 px with a font factor of 1.4 on the page
// roots — what WeChat's large font gives the mini-program; H5 has no such setting, so the variable
// is set here directly, which tests the styles, not the plumbing (test/weapp/care-mode.test.ts does).
import path from 'node:path'
import type { Page } from 'playwright-core'
import type { ReviewRow } from '../../contracts/dream-plan/review'
import { settle, SHOTS, switchOnCare, visible } from '../helpers/browser'
import { browserFile, PHONE } from '../helpers/browser-file'
import { formatReport, measureCare, measureOverflow, type CareReport } from '../helpers/care-measure'

jest.setTimeout(240_000)

const SCREEN = { width: 375, height: 812 }

let reviewId = ''

const suite = browserFile({
  seeded: true,
  applications: true,
  prepare: async (cb) => {
    const queue = await cb.call<{ items: ReviewRow[] }>('dreamPlanReview', { action: 'queue' }, 'demo-district')
    if (!queue.body.ok) throw new Error('queue failed')
    reviewId = queue.body.data.items[0].id
  },
  timeout: 180_000
})

async function carePage(openid: string): Promise<Page> {
  return switchOnCare(await suite.open({ ...PHONE, viewport: SCREEN, deviceScaleFactor: 1 }), suite.cb.url, openid)
}

async function reflowTo(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: SCREEN.height })
  await page.waitForFunction((w) => document.documentElement.clientWidth === w, width)
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))))
}

/** The three measurements; fails naming the worst element of each kind that is under its floor. */
async function measureAll(page: Page, name: string): Promise<void> {
  await settle(page)
  await page.screenshot({ path: path.join(SHOTS, `care-overlay-${name}.png`) })
  const at375 = await measureCare(page)
  await reflowTo(page, 320)
  const overflow320 = await measureOverflow(page)
  await page.evaluate(() => document.querySelectorAll<HTMLElement>('.reading--care').forEach((el) => el.style.setProperty('--font-factor', '1.4')))
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))))
  const factor = await measureCare(page)
  const overflowFactor = await measureOverflow(page)
  await page.screenshot({ path: path.join(SHOTS, `care-overlay-${name}-320-x1.4.png`) })
  const reports: [string, Partial<CareReport>][] = [
    [`${name} 375 px`, at375],
    [`${name} 320 px`, { overflow: overflow320 }],
    [`${name} 320 px ×1.4`, { ...factor, overflow: overflowFactor }]
  ]
  const text = reports.map(([title, r]) => formatReport(title, r)).join('\n')
  console.log(text)
  const failing = reports.flatMap(([title, r]) => Object.entries(r).filter(([, k]) => k.failures.length > 0).map(([kind]) => `${title}: ${kind}`))
  expect([failing, text]).toEqual([[], text])
  // Something was measured: the open overlay is on the page.
  expect(at375.text.measured).toBeGreaterThan(0)
  expect(at375.target.measured).toBeGreaterThan(0)
}

test('人员管理: the revoke dialog', async () => {
  const page = await carePage('demo-admin')
  await page.goto(suite.cb.url + '/packages/staff/pages/members/index')
  await page.locator('[data-testid^="revoke-"] >> visible=true').first().click()
  await visible(page, 'revoke-dialog').waitFor()
  await measureAll(page, 'revoke-dialog')
})

test('审核: the reveal-number reason dialog', async () => {
  const page = await carePage('demo-district')
  await page.goto(suite.cb.url + `/packages/staff/pages/review/index?id=${reviewId}`)
  await page.locator('[data-testid^="reveal-"] >> visible=true').first().click()
  await page.locator('[role="dialog"] >> visible=true').waitFor()
  await measureAll(page, 'reveal-dialog')
})

test('找阵地: the place sheet', async () => {
  const page = await carePage('demo-worker')
  await page.goto(suite.cb.url + '/packages/services/pages/places/index')
  await visible(page, 'place-row').first().click()
  await visible(page, 'place-sheet').waitFor()
  await measureAll(page, 'place-sheet')
})

test('首页: the error state with 重试', async () => {
  const page = await carePage('demo-worker')
  await page.route('**/api/content', (route) => route.abort('internetdisconnected'))
  await page.goto(suite.cb.url + '/')
  await visible(page, 'error-state').waitFor()
  await measureAll(page, 'error-state')
})

// axe-core over the H5 build at phone size: home, a channel list, search results, an article, the
// 服务 tab, a service page, the places finder, a place's details and FAQ, in normal and 关怀 modes.
// No serious or critical violation of WCAG 2.2 A/AA rules is allowed.
import type { Page } from 'playwright-core'
import { settle } from '../helpers/browser'
import { browserFile } from '../helpers/browser-file'
import { seriousViolations } from '../helpers/axe'
import { eventually } from '../helpers/eventually'

const suite = browserFile({ seeded: true })

async function turnOnCareMode(page: Page): Promise<void> {
  await page.goto(suite.cb.url + '/pages/mine/index')
  const toggle = page.getByTestId('care-switch')
  await toggle.waitFor()
  if ((await toggle.getAttribute('aria-checked')) !== 'true') await toggle.click()
  await eventually(() => toggle.getAttribute('aria-checked')).toBe('true')
}

const screens: [string, (page: Page) => Promise<void>][] = [
  [
    'home',
    async (page) => {
      await page.goto(suite.cb.url + '/')
      await page.getByTestId('article-row').first().waitFor()
    }
  ],
  [
    'channel list (通知公告)',
    async (page) => {
      await page.goto(suite.cb.url + '/')
      await page.getByTestId('channel-tab').filter({ hasText: '通知公告' }).click()
      await page.getByTestId('article-row').first().waitFor()
    }
  ],
  [
    'search results',
    async (page) => {
      await page.goto(suite.cb.url + '/packages/news/pages/search/index')
      await page.getByTestId('search-input').locator('input').fill('工会大食堂')
      await page.getByTestId('search-submit').click()
      await page.getByTestId('article-row').first().waitFor()
    }
  ],
  [
    'article',
    async (page) => {
      await page.goto(suite.cb.url + '/')
      await page.getByTestId('article-row').first().click()
      await page.getByTestId('article-title').waitFor()
    }
  ],
  [
    '服务 tab',
    async (page) => {
      await page.goto(suite.cb.url + '/pages/services/index')
      await page.getByTestId('service-cell').first().waitFor()
    }
  ],
  [
    'service page',
    async (page) => {
      await page.goto(suite.cb.url + '/packages/services/pages/service/index?id=dream-plan')
      await page.getByTestId('apply-entry').waitFor()
    }
  ],
  [
    'places finder (filtered)',
    async (page) => {
      await page.goto(suite.cb.url + '/packages/services/pages/places/index?type=warm-bee-station')
      await page.getByTestId('street-chip').filter({ hasText: '福田街道' }).click()
      await page.getByTestId('place-row').first().waitFor()
    }
  ],
  [
    'place details',
    async (page) => {
      await page.goto(suite.cb.url + '/packages/services/pages/places/index?street=' + encodeURIComponent('福田'))
      await page.getByTestId('place-row').first().click()
      await page.getByTestId('place-sheet').waitFor()
    }
  ],
  [
    '圆梦计划 self-check',
    async (page) => {
      await page.goto(suite.cb.url + '/packages/dream-plan/pages/check/index')
      await page.getByTestId('question-dates').waitFor()
    }
  ],
  [
    'FAQ (answer open)',
    async (page) => {
      await page.goto(suite.cb.url + '/packages/services/pages/faq/index')
      await page.getByTestId('faq-question').first().click()
      await page.getByTestId('faq-answer').first().waitFor()
    }
  ]
]

describe.each([
  ['normal', false],
  ['关怀', true]
])('%s mode', (_mode, care) => {
  test.each(screens)('%s has no serious or critical axe violations', async (_name, open) => {
    const page = await (await suite.open()).newPage()
    if (care) await turnOnCareMode(page)
    await open(page)
    await settle(page)
    await eventually(() => seriousViolations(page)).toEqual([])
  })
})

test('axe would report a real problem (the check is not a no-op)', async () => {
  const page = await (await suite.open()).newPage()
  await page.goto(suite.cb.url + '/')
  await page.getByTestId('article-row').first().waitFor()
  // An unlabelled image and grey-on-grey text: both serious under WCAG.
  await page.evaluate(() => {
    document.querySelector('[data-testid="article-row"]')!.insertAdjacentHTML('afterbegin', '<img src="x.png"><p style="color:#ddd;background:#eee">低对比度</p>')
  })
  const found = await seriousViolations(page)
  expect(found.some((v) => v.startsWith('image-alt'))).toBe(true)
  expect(found.some((v) => v.startsWith('color-contrast'))).toBe(true)
})

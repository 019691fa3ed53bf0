// The 服务 side as a worker uses it: the H5 build over the local CloudBase with the real content
// function and the demo services, places and FAQs, in Chromium at phone size. The 服务 tab, a
// service page's sections and its news, 圆梦计划's not-yet-open notice, tap to call, the places
// finder's filters, a place's details, 附近 (granted and refused), paging, FAQ search, the error
// states' 重试, and 关怀模式's sizes. Screenshots go to test/artifacts/.
import path from 'node:path'
import type { Page } from 'playwright-core'
import { layoutShiftSoFar, recordActions, recordLayoutShifts, SHOTS, settle, visible } from '../helpers/browser'
import { browserFile, PHONE } from '../helpers/browser-file'
import { eventually } from '../helpers/eventually'

/** Where the finder's 附近 test stands: 市民中心, in 福田 street's north-west corner. */
const HERE = { latitude: 22.5431, longitude: 114.0579 }

const suite = browserFile({ seeded: true })
let page: Page

/** A phone-sized context; `geolocation` grants the browser's location permission at that spot. */
async function openPhone(options: { geolocation?: { latitude: number; longitude: number }; care?: boolean } = {}) {
  const context = await suite.open({ ...PHONE, ...(options.geolocation ? { permissions: ['geolocation'], geolocation: options.geolocation } : {}) })
  page = await context.newPage()
  if (options.care) {
    await page.goto(suite.cb.url + '/pages/mine/index')
    const toggle = page.getByTestId('care-switch')
    await toggle.click()
    await eventually(() => toggle.getAttribute('aria-checked')).toBe('true')
  }
  return page
}

/** Scrolls the page in front: on H5 Taro scrolls each page's own container, not the window. */
async function scrollPage(p: Page, to: 'top' | 'bottom') {
  await p.evaluate((where) => {
    const pages = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).filter((el) => getComputedStyle(el).display !== 'none')
    const el = pages[pages.length - 1] ?? document.scrollingElement!
    el.scrollTop = where === 'top' ? 0 : el.scrollHeight
  }, to)
}

/**
 * The next page of places, as a phone gets it: scrolling to the end of the list loads it. (Clicking
 * 加载更多 raced that: Playwright scrolls the button into view first, the scroll starts the load, the
 * button goes while it loads, and on a busy machine the click kept missing until no page was left.)
 */
async function loadNextPage(p: Page) {
  const before = await p.getByTestId('place-row').count()
  await scrollPage(p, 'bottom')
  await p.waitForFunction((n) => document.querySelectorAll('[data-testid="place-row"]').length > n, before)
}

/** The rows' data attributes, as the finder shows them now. */
async function placeRows(p: Page) {
  return p.getByTestId('place-row').evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute('data-id')!,
      type: el.querySelector('[data-testid="place-type"]')!.textContent!.trim(),
      street: el.querySelector('[data-testid="place-street"]')!.textContent!.trim(),
      distance: el.getAttribute('data-distance') ?? '',
      distanceText: el.querySelector('[data-testid="place-distance"]')?.textContent?.trim() ?? ''
    }))
  )
}

/** Waits until every row has type `type` and street `street` (replies to earlier filters may still be on screen). */
async function rowsSettleOn(p: Page, type: string, street: string) {
  await p.waitForFunction(
    ([t, s]) => {
      const rows = Array.from(document.querySelectorAll('[data-testid="place-row"]'))
      return (
        rows.length > 0 &&
        rows.every((r) => r.querySelector('[data-testid="place-type"]')?.textContent?.trim() === t && r.querySelector('[data-testid="place-street"]')?.textContent?.trim() === s)
      )
    },
    [type, street] as const
  )
}

test('服务 tab: the grid of services from listServices, 找阵地 and 常见问题 entries', async () => {
  await openPhone()
  const expected = await suite.cb.call<{ items: { id: string; name: string; tagline: string }[] }>('content', { action: 'listServices' })
  if (!expected.body.ok) throw new Error('listServices failed')
  await page.goto(suite.cb.url + '/')
  // The app's own tab bar on H5 (src/components/tab-bar); each tab page draws one, the one in front is visible.
  await page.locator('[data-testid="tab-services"] >> visible=true').click()
  const cells = page.getByTestId('service-cell')
  await cells.first().waitFor()
  await eventually(() => cells.count()).toBe(expected.body.data.items.length)
  const texts = await cells.allInnerTexts()
  expected.body.data.items.forEach((item, i) => {
    expect(texts[i]).toContain(item.name)
    expect(texts[i]).toContain(item.tagline)
  })
  // The tab sits between 首页 and 我的.
  await eventually(() => page.locator('[data-testid="tab-bar"] >> visible=true').locator('.tab-bar__label').allInnerTexts()).toEqual(['首页', '服务', '我的'])
  await eventually(() => page.getByTestId('places-entry').innerText()).toContain('找阵地')
  await eventually(() => page.getByTestId('faq-entry').innerText()).toContain('常见问题')
  // Each cell is a large target.
  const box = await cells.first().boundingBox()
  expect(box!.height).toBeGreaterThanOrEqual(60)
  await settle(page)
  await page.screenshot({ path: path.join(SHOTS, 'services-tab.png') })
})

test('a service page shows its sections, related news that opens, sources, and the way to its places', async () => {
  await openPhone()
  await page.goto(suite.cb.url + '/pages/services/index')
  await page.getByTestId('service-cell').filter({ hasText: '暖蜂驿站' }).click()
  await eventually(() => visible(page, 'service-name').innerText()).toBe('暖蜂驿站')
  for (const section of ['service-about', 'service-eligibility', 'service-steps', 'service-sources']) {
    await visible(page, section).waitFor()
  }
  await eventually(() => visible(page, 'service-about').innerText()).toMatch(/^是什么\s+\S/)
  await eventually(() => visible(page, 'service-eligibility').innerText()).toMatch(/^谁可以用\s+\S/)
  await eventually(() => page.getByTestId('service-steps').locator('[role="listitem"]').count()).toBeGreaterThan(0)
  await eventually(() => visible(page, 'service-sources').innerText()).toContain('来源')
  // Sample text is labelled in words.
  await eventually(() => page.getByTestId('service').getByTestId('sample-chip').first().innerText()).toBe('示例')
  await eventually(() => visible(page, 'nearby-places').innerText()).toBe('查看附近的暖蜂驿站')
  await settle(page)
  await page.screenshot({ path: path.join(SHOTS, 'services-service.png') })

  // Related news opens the article page.
  const news = visible(page, 'service-news').getByTestId('article-row')
  await news.first().waitFor()
  const title = (await news.first().locator('.article-row__title').innerText()).trim()
  await news.first().click()
  await eventually(() => visible(page, 'article-title').innerText()).toBe(title)
  await page.goBack()

  // 查看附近的暖蜂驿站 opens the finder filtered to that type.
  await visible(page, 'nearby-places').click()
  await page.getByTestId('place-row').first().waitFor()
  await eventually(() => page.getByTestId('type-chip').filter({ hasText: '暖蜂驿站' }).getAttribute('aria-checked')).toBe('true')
  for (const row of await placeRows(page)) expect(row.type).toBe('暖蜂驿站')
})

test('圆梦计划 leads into the online application', async () => {
  await openPhone()
  await page.goto(suite.cb.url + '/packages/services/pages/service/index?id=dream-plan')
  const entry = page.getByTestId('apply-entry')
  await entry.waitFor()
  await eventually(() => entry.innerText()).toContain('在线申请')
  await visible(page, 'service-documents').waitFor()
  await settle(page)
  await page.screenshot({ path: path.join(SHOTS, 'services-dream-plan.png') })
  await entry.click()
  await page.waitForURL(/\/packages\/dream-plan\/pages\/intro\/index/)
})

test('联系方式 calls through a tel: link on H5; an unknown service says so and leads back', async () => {
  await openPhone()
  // The demo services publish no phone numbers yet: give one service a contact on its way to the page.
  await page.route('**/api/content', async (route) => {
    const body = JSON.parse(route.request().postData() ?? '{}')
    if (body.action !== 'getService') return route.continue()
    const response = await route.fetch()
    const json = await response.json()
    json.data.service.contacts = [{ label: '福田区总工会职工服务中心', phone: '0755-8391 0000' }]
    await route.fulfill({ response, json })
  })
  await page.goto(suite.cb.url + '/packages/services/pages/service/index?id=legal-aid')
  const call = page.getByTestId('service-contacts').getByTestId('call-button')
  await call.waitFor()
  await eventually(() => call.evaluate((el) => el.tagName)).toBe('A')
  await eventually(() => call.getAttribute('href')).toBe('tel:075583910000')
  await eventually(() => call.getAttribute('aria-label')).toBe('拨打福田区总工会职工服务中心电话 0755-8391 0000')
  await eventually(() => page.getByTestId('service-contact').innerText()).toContain('0755-8391 0000')

  await page.goto(suite.cb.url + '/packages/services/pages/service/index?id=no-such-service')
  await page.getByText('没有这项服务').waitFor()
  await page.getByRole('button', { name: '查看全部服务' }).click()
  await page.getByTestId('service-cell').first().waitFor()
})

test('finder: 暖蜂驿站 in 福田 lists only those, by street; a place opens with its address and hours', async () => {
  await openPhone()
  const actions = recordActions(page)
  await page.goto(suite.cb.url + '/pages/services/index')
  await page.getByTestId('places-entry').click()
  await page.getByTestId('place-row').first().waitFor()
  // Street order: the headings follow Futian's street order.
  const headings = await page.getByTestId('street-heading').allInnerTexts()
  const order = ['园岭', '南园', '福田', '沙头', '梅林', '华富', '香蜜湖', '莲花', '华强北', '福保'].map((s) => `${s}街道`)
  expect(headings.map((h) => order.indexOf(h))).toEqual([...headings.map((h) => order.indexOf(h))].sort((a, b) => a - b))

  await page.getByTestId('type-chip').filter({ hasText: '暖蜂驿站' }).click()
  await page.getByTestId('street-chip').filter({ hasText: '福田街道' }).click()
  await rowsSettleOn(page, '暖蜂驿站', '福田街道')
  await eventually(() => page.getByTestId('street-chip').filter({ hasText: '福田街道' }).getAttribute('aria-checked')).toBe('true')
  // Every row of every page: load them all, then check each.
  while ((await page.getByTestId('load-more').count()) > 0) await loadNextPage(page)
  const rows = await placeRows(page)
  expect(rows.length).toBeGreaterThan(0)
  for (const row of rows) expect(row).toMatchObject({ type: '暖蜂驿站', street: '福田街道', distance: '' })
  expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length)
  expect(actions.filter((a) => a.action === 'listPlaces').at(-1)!.body).toMatchObject({ type: 'warm-bee-station', street: '福田' })
  // No position was sent: 附近 was never tapped.
  expect(actions.some((a) => 'near' in a.body)).toBe(false)
  await settle(page)
  await page.screenshot({ path: path.join(SHOTS, 'services-finder-filtered.png') })

  // A place's details.
  const first = page.getByTestId('place-row').first()
  const name = (await first.getByTestId('place-name').innerText()).trim()
  await first.click()
  const sheet = page.getByTestId('place-sheet')
  await sheet.waitFor()
  await eventually(() => sheet.getByTestId('place-sheet-title').innerText()).toBe(name)
  await eventually(() => sheet.locator('[role="dialog"]').getAttribute('aria-label')).toBe(name)
  await eventually(() => sheet.getByTestId('place-sheet-type').innerText()).toBe('暖蜂驿站')
  await eventually(() => sheet.getByTestId('place-sheet-street').innerText()).toBe('福田街道')
  expect((await sheet.getByTestId('place-sheet-address').innerText()).trim()).not.toBe('')
  expect((await sheet.getByTestId('place-sheet-hours').innerText()).trim()).toMatch(/\d|全天/)
  await eventually(() => sheet.getByTestId('place-sheet-offers').locator('[role="listitem"]').count()).toBeGreaterThan(0)
  await eventually(() => sheet.getByTestId('sample-chip').innerText()).toBe('示例')
  // H5 has no map app to hand over to: the address can be copied instead of 导航.
  await eventually(() => sheet.getByTestId('navigate-button').count()).toBe(0)
  await sheet.getByTestId('copy-address').waitFor()
  await settle(page)
  await page.screenshot({ path: path.join(SHOTS, 'services-place.png') })
  // Escape closes it and the list is still there.
  await page.keyboard.press('Escape')
  await eventually(() => page.getByTestId('place-sheet').count()).toBe(0)
  await page.getByTestId('place-row').first().waitFor()
})

test('附近: after the browser shares its position, places come nearest first with their distances', async () => {
  await openPhone({ geolocation: HERE })
  const actions = recordActions(page)
  await page.goto(suite.cb.url + '/packages/services/pages/places/index?type=warm-bee-station')
  await page.getByTestId('place-row').first().waitFor()
  // Nothing was asked before the tap.
  expect(actions.some((a) => 'near' in a.body)).toBe(false)

  await page.getByTestId('nearby-button').click()
  await page.getByTestId('place-distance').first().waitFor()
  await eventually(() => page.getByTestId('nearby-button').getAttribute('aria-pressed')).toBe('true')
  await eventually(() => page.getByTestId('sort-status').innerText()).toContain('已按离您的距离排序')
  // Two pages, to see the order hold across the page boundary.
  await loadNextPage(page)
  const rows = await placeRows(page)
  const metres = rows.map((r) => Number(r.distance))
  expect(metres.every(Number.isFinite)).toBe(true)
  expect(metres).toEqual([...metres].sort((a, b) => a - b))
  for (const row of rows) {
    expect(row.type).toBe('暖蜂驿站')
    expect(row.distanceText).toMatch(/^(10 米内|\d+0 米|\d\.\d 公里|\d+ 公里)$/)
  }
  // No street headings in distance order.
  await eventually(() => page.getByTestId('street-heading').count()).toBe(0)

  // The browser's WGS-84 fix went out as GCJ-02 (a few hundred metres east in Shenzhen), and only
  // in the listPlaces query; nothing about it stays on the device.
  const near = actions.find((a) => 'near' in a.body)!.body.near as { latitude: number; longitude: number }
  expect(near.latitude).toBeCloseTo(HERE.latitude - 0.0027, 3)
  expect(near.longitude).toBeCloseTo(HERE.longitude + 0.0051, 3)
  expect(actions.filter((a) => 'near' in a.body).every((a) => a.action === 'listPlaces')).toBe(true)
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie)
  expect(stored).not.toMatch(/22\.54|114\.0[56]/)
  await scrollPage(page, 'top')
  await settle(page)
  await page.screenshot({ path: path.join(SHOTS, 'services-finder-nearby.png') })

  // Tapping 附近 again goes back to street order.
  await page.getByTestId('nearby-button').click()
  await page.getByTestId('street-heading').first().waitFor()
  await eventually(() => page.getByTestId('place-distance').count()).toBe(0)
})

test('附近 refused: a Chinese message, and the street-sorted list stays', async () => {
  await openPhone() // no geolocation permission granted
  const actions = recordActions(page)
  await page.goto(suite.cb.url + '/packages/services/pages/places/index?street=' + encodeURIComponent('莲花'))
  await page.getByTestId('place-row').first().waitFor()
  const before = await placeRows(page)
  await page.getByTestId('nearby-button').click()
  const message = page.getByTestId('location-error')
  await message.waitFor()
  await eventually(() => message.innerText()).toContain('已按街道排序显示')
  await eventually(() => page.getByTestId('nearby-button').getAttribute('aria-pressed')).toBe('false')
  await eventually(() => placeRows(page)).toEqual(before)
  expect(actions.some((a) => 'near' in a.body)).toBe(false)
})

test('finder pages by cursor as the list is scrolled', async () => {
  await openPhone()
  await page.goto(suite.cb.url + '/packages/services/pages/places/index')
  await page.getByTestId('place-row').first().waitFor()
  await eventually(() => page.getByTestId('place-row').count()).toBe(20)
  await scrollPage(page, 'bottom')
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="place-row"]').length > 20)
  const ids = (await placeRows(page)).map((r) => r.id)
  expect(new Set(ids).size).toBe(ids.length)
})

test('pulling the finder down asks for the places again (Taro’s pull-down wrapper, defined before the page draws)', async () => {
  // src/h5-router/pull-down-first.ts: a finger dragging the page down from the top refreshes the list.
  await openPhone()
  const actions = recordActions(page)
  await page.goto(suite.cb.url + '/packages/services/pages/places/index')
  await page.getByTestId('place-row').first().waitFor()
  await page.locator('taro-pull-to-refresh-core .rmc-pull-to-refresh-content').waitFor()
  const asked = () => actions.filter((a) => a.action === 'listPlaces').length
  const before = asked()
  await page.evaluate(() => {
    const wrapper = document.querySelector('taro-pull-to-refresh-core')!
    const target = wrapper.parentElement!
    const touch = (screenY: number) => new Touch({ identifier: 1, target, screenY, clientY: screenY })
    const send = (type: string, screenY: number) =>
      target.dispatchEvent(new TouchEvent(type, { touches: type === 'touchend' ? [] : [touch(screenY)], changedTouches: [touch(screenY)], bubbles: true, cancelable: true }))
    send('touchstart', 100)
    for (const y of [150, 200, 250, 300, 350, 400]) send('touchmove', y)
    send('touchend', 400)
  })
  await eventually(asked).toBe(before + 1)
  await page.getByTestId('place-row').first().waitFor()
})

test('a tap begun the moment the finder appears is not lost: the pull-down wrapper is defined before the page draws', async () => {
  // Defined after the page was on screen, the wrapper (a Stencil component) moved the page's nodes
  // into its own markup, and a chip pressed before that and released after it did nothing.
  await openPhone()
  await page.goto(suite.cb.url + '/packages/services/pages/places/index')
  const chip = page.locator('[data-testid="type-chip"][data-value="warm-bee-station"]')
  await chip.waitFor()
  expect(await chip.evaluate((el) => el.closest('taro-pull-to-refresh-core .rmc-pull-to-refresh-content') !== null)).toBe(true)
  const box = (await chip.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  // The finger is released only once the wrapper has the chip inside it: after the move, had there been one.
  await page.locator('taro-pull-to-refresh-core .rmc-pull-to-refresh-content [data-testid="type-chip"]').first().waitFor({ state: 'attached' })
  await page.mouse.up()
  await eventually(() => chip.getAttribute('aria-checked')).toBe('true')
})

test('the finder still reads when the pull-down wrapper’s code cannot be fetched (offline, not kept yet)', async () => {
  await openPhone()
  const wrapperFiles: string[] = []
  await page.route('**/js/*.js', async (route) => {
    const response = await route.fetch()
    const body = await response.text()
    if (!body.includes('rmc-pull-to-refresh-content')) return route.fulfill({ response, body })
    wrapperFiles.push(route.request().url())
    return route.abort('internetdisconnected')
  })
  await page.goto(suite.cb.url + '/packages/services/pages/places/index')
  await page.getByTestId('place-row').first().waitFor()
  expect(wrapperFiles.length).toBeGreaterThan(0)
  expect(await page.evaluate(() => Boolean(customElements.get('taro-pull-to-refresh-core')))).toBe(false)
  await page.getByTestId('type-chip').nth(1).click()
  await eventually(() => page.getByTestId('type-chip').nth(1).getAttribute('aria-checked')).toBe('true')
})

test('常见问题: grouped, answers expand accessibly, the search filters, and an unknown word says so', async () => {
  await openPhone()
  await page.goto(suite.cb.url + '/pages/services/index')
  await page.getByTestId('faq-entry').click()
  const question = page.getByTestId('faq-question').first()
  await question.waitFor()
  await eventually(() => page.getByTestId('faq-group').count()).toBeGreaterThan(1)
  await eventually(() => question.getAttribute('role')).toBe('button')
  await eventually(() => question.getAttribute('aria-expanded')).toBe('false')
  await question.click()
  await eventually(() => question.getAttribute('aria-expanded')).toBe('true')
  const answer = page.getByTestId('faq-answer').first()
  await eventually(() => answer.getAttribute('id')).toBe(await question.getAttribute('aria-controls'))
  expect((await answer.innerText()).trim()).not.toBe('')
  await settle(page)
  await page.screenshot({ path: path.join(SHOTS, 'services-faq.png') })
  await question.click()
  await eventually(() => question.getAttribute('aria-expanded')).toBe('false')

  const all = await page.getByTestId('faq-item').count()
  const input = page.getByTestId('faq-search-input').locator('input')
  await eventually(() => input.getAttribute('aria-label')).toBe('搜索常见问题')
  await input.fill('暖蜂驿站')
  await page.waitForFunction(
    (n) => {
      const items = document.querySelectorAll('[data-testid="faq-item"]')
      return items.length > 0 && items.length < n
    },
    all
  )
  const items = await page.getByTestId('faq-item').allInnerTexts()
  // Few hits: their answers are open, so each shown item holds the word in its question or answer.
  for (const text of items) expect(text).toContain('暖蜂驿站')

  await input.fill('潜水艇')
  await page.getByText('没有找到相关问题').waitFor()
  await page.getByTestId('faq-search-clear').click()
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="faq-item"]').length === n, all)
})

test('a failed load shows the server text with 重试, and 重试 loads', async () => {
  await openPhone()
  let fail = true
  await page.route('**/api/content', async (route) => {
    const body = JSON.parse(route.request().postData() ?? '{}')
    if (fail && (body.action === 'listServices' || body.action === 'listPlaces')) {
      return route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } }) })
    }
    return route.continue()
  })
  await page.goto(suite.cb.url + '/pages/services/index')
  await eventually(() => page.getByTestId('error-message').innerText()).toBe('服务暂时不可用，请稍后再试')
  fail = false
  await page.getByTestId('error-retry').click()
  await page.getByTestId('service-cell').first().waitFor()

  fail = true
  await page.goto(suite.cb.url + '/packages/services/pages/places/index')
  await page.getByTestId('error-retry').waitFor()
  fail = false
  await page.getByTestId('error-retry').click()
  await page.getByTestId('place-row').first().waitFor()
})

test('关怀模式: the services screens have large text and 60×60 targets', async () => {
  await openPhone({ care: true, geolocation: HERE })
  const targets = ['button', 'link', 'switch', 'radio', 'tab'].map((role) => `[role="main"] [role="${role}"]`).join(', ') + ', [role="main"] a'
  const smallTargets = () =>
    page.locator(targets).evaluateAll((els) =>
      els
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => ({ label: (el.getAttribute('aria-label') || el.textContent || '').trim(), ...el.getBoundingClientRect().toJSON() }))
        .filter((b) => b.width < 60 || b.height < 60)
        .map((b) => `${b.label}: ${Math.round(b.width)}×${Math.round(b.height)}`)
    )
  const fontOf = (locator: ReturnType<Page['locator']>) => locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))

  await page.goto(suite.cb.url + '/pages/services/index')
  await page.getByTestId('service-cell').first().waitFor()
  await eventually(() => smallTargets()).toEqual([])
  await eventually(() => fontOf(page.locator('.service-grid__name').first())).toBeGreaterThanOrEqual(20)
  await settle(page)
  await page.screenshot({ path: path.join(SHOTS, 'services-tab-care.png') })

  await page.goto(suite.cb.url + '/packages/services/pages/service/index?id=warm-bee-station')
  await page.getByTestId('service-about').waitFor()
  await eventually(() => smallTargets()).toEqual([])
  await eventually(() => fontOf(page.locator('.service-section__text').first())).toBeGreaterThanOrEqual(18)

  await page.goto(suite.cb.url + '/packages/services/pages/places/index?type=warm-bee-station')
  await page.getByTestId('place-row').first().waitFor()
  await page.getByTestId('nearby-button').click()
  await page.getByTestId('place-distance').first().waitFor()
  // Chips scrolled out of the street row are still 60×60; only what is on screen is measured here.
  await eventually(() => smallTargets()).toEqual([])
  await scrollPage(page, 'top')
  await settle(page)
  await page.screenshot({ path: path.join(SHOTS, 'services-finder-care.png') })
  await page.getByTestId('place-row').first().click()
  await page.getByTestId('place-sheet').waitFor()
  const close = await page.getByTestId('place-sheet-close').boundingBox()
  expect(close!.width).toBeGreaterThanOrEqual(60)
  expect(close!.height).toBeGreaterThanOrEqual(60)
  const copy = await page.getByTestId('copy-address').boundingBox()
  expect(copy!.height).toBeGreaterThanOrEqual(60)
  await eventually(() => fontOf(page.getByTestId('place-sheet-address'))).toBeGreaterThanOrEqual(18)

  await page.goto(suite.cb.url + '/packages/services/pages/faq/index')
  await page.getByTestId('faq-question').first().waitFor()
  await eventually(() => smallTargets()).toEqual([])
  await eventually(() => fontOf(page.locator('.faq-item__text').first())).toBeGreaterThanOrEqual(18)
})

test('the grid arriving under the skeleton moves nothing on screen (the tab bar’s spacer included)', async () => {
  await openPhone()
  await recordLayoutShifts(page)
  // The grid's reply waits until the skeleton and the tab bar are on screen.
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/content', async (route) => {
    if ((JSON.parse(route.request().postData() ?? '{}') as { action?: string }).action === 'listServices') await held
    await route.continue()
  })
  await page.goto(suite.cb.url + '/pages/services/index')
  await visible(page, 'loading-state').waitFor()
  await visible(page, 'tab-bar').waitFor()
  release()
  await page.getByTestId('service-cell').first().waitFor()
  await settle(page)
  // 0.0097 before the spacer stopped being a box that moves.
  expect(await layoutShiftSoFar(page)).toBeLessThan(0.001)
})

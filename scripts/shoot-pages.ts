// Screenshots every page of the H5 app at 375 px, in normal and 关怀 mode, as the right persona, so
// a change to shared UI can be compared before and after by eye. Usage (against a running server):
//   npx tsx scripts/shoot-pages.ts <server url> <output dir>
// WIDTH=1280 shoots a staff member's wide window instead (ONLY=staff-queue,… picks pages).
// Drives Debian's Chromium through playwright-core; talks to the server only over HTTP.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Page } from 'playwright-core'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const WIDTH = Number(process.env.WIDTH || 375)
const PHONE = WIDTH < 600

interface Shot {
  name: string
  path: string
  persona?: string
}

async function firstId(base: string, fn: string, body: object, pick: (data: any) => string | undefined, persona = 'demo-worker') {
  const res = await fetch(`${base}/api/${fn}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-wx-openid': persona }, body: JSON.stringify(body) })
  const json = (await res.json()) as { ok: boolean; data: unknown }
  return json.ok ? pick(json.data) : undefined
}

async function pages(base: string): Promise<Shot[]> {
  const article = await firstId(base, 'content', { action: 'listArticles', channel: '工会动态', limit: 1 }, (d) => d.items?.[0]?._id ?? d.items?.[0]?.id)
  const service = await firstId(base, 'content', { action: 'listServices' }, (d) => (d.items ?? d)[0]?.id ?? (d.items ?? d)[0]?._id)
  const queue = await firstId(base, 'dreamPlanReview', { action: 'queue' }, (d) => d.items?.[0]?.id ?? d.items?.[0]?._id, 'demo-district')
  const mine = await firstId(base, 'dreamPlan', { action: 'listMine' }, (d) => (d.items ?? d)[0]?.id ?? (d.items ?? d)[0]?._id)
  const list: Shot[] = [
    { name: 'home', path: '/pages/index/index' },
    { name: 'services', path: '/pages/services/index' },
    { name: 'mine', path: '/pages/mine/index' },
    { name: 'article', path: `/pages/article/index?id=${article}` },
    { name: 'search', path: '/packages/news/pages/search/index' },
    { name: 'favourites', path: '/packages/news/pages/favourites/index' },
    { name: 'service', path: `/packages/services/pages/service/index?id=${service}` },
    { name: 'places', path: '/packages/services/pages/places/index' },
    { name: 'faq', path: '/packages/services/pages/faq/index' },
    { name: 'dp-intro', path: '/packages/dream-plan/pages/intro/index' },
    { name: 'dp-consent', path: '/packages/dream-plan/pages/consent/index' },
    { name: 'dp-apply', path: '/packages/dream-plan/pages/apply/index' },
    { name: 'dp-mine', path: '/packages/dream-plan/pages/mine/index' },
    { name: 'staff-home', path: '/packages/staff/pages/home/index', persona: 'demo-admin' },
    { name: 'staff-queue', path: '/packages/staff/pages/queue/index', persona: 'demo-district' },
    { name: 'staff-review', path: `/packages/staff/pages/review/index?id=${queue}`, persona: 'demo-district' },
    { name: 'staff-publish', path: '/packages/staff/pages/publish/index', persona: 'demo-district' },
    { name: 'staff-pay', path: '/packages/staff/pages/pay/index', persona: 'demo-finance' },
    { name: 'staff-members', path: '/packages/staff/pages/members/index', persona: 'demo-admin' }
  ]
  if (mine) list.push({ name: 'dp-detail', path: `/packages/dream-plan/pages/detail/index?id=${mine}` })
  return list
}

async function settle(page: Page) {
  // Wait until no skeleton/loading marker is left and the network is idle, within a deadline.
  await page.waitForLoadState('networkidle', { timeout: 20_000 }).catch(() => undefined)
  await page.waitForTimeout(800)
}

async function main() {
  const [base, out] = process.argv.slice(2)
  if (!base || !out) throw new Error('usage: tsx scripts/shoot-pages.ts <server url> <output dir>')
  mkdirSync(out, { recursive: true })
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] })
  const only = process.env.ONLY?.split(',')
  for (const care of [false, true]) {
    for (const shot of await pages(base)) {
      if (only && !only.includes(shot.name)) continue
      const context = await browser.newContext({ viewport: { width: WIDTH, height: PHONE ? 812 : 900 }, deviceScaleFactor: 1, isMobile: PHONE, hasTouch: PHONE, locale: 'zh-CN' })
      await context.addInitScript(
        ([persona, settings]) => {
          localStorage.setItem('futian.persona', persona)
          // Taro's H5 storage keeps each value as { data } (what setStorageSync writes).
          localStorage.setItem('futian.readingSettings', JSON.stringify({ data: JSON.parse(settings) }))
        },
        [shot.persona ?? 'demo-worker', JSON.stringify({ fontSize: 'medium', eyeCare: 'white', care })] as const
      )
      const page = await context.newPage()
      await page.goto(base + shot.path)
      await settle(page)
      const height = await page.evaluate((minHeight) => {
        const pages = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).filter((el) => getComputedStyle(el).display !== 'none')
        const el = pages[pages.length - 1]
        return Math.min(5000, Math.max(minHeight, el ? el.scrollHeight : document.body.scrollHeight))
      }, PHONE ? 812 : 900)
      await page.setViewportSize({ width: WIDTH, height })
      await page.waitForTimeout(300)
      await page.screenshot({ path: path.join(out, `${shot.name}${care ? '-care' : ''}.png`) })
      await context.close()
      console.log(`${shot.name}${care ? ' (关怀)' : ''}`)
    }
  }
  await browser.close()
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})

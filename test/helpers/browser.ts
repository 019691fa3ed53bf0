// Debian's Chromium driven by playwright-core (never a downloaded browser). CHROMIUM_PATH overrides.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { eventually } from './eventually'
import { PERSONA_STORAGE_KEY } from '@/lib/persona'

/**
 * Debian's chromium-headless-shell: the same Blink and V8 as its chromium (one source package),
 * without the desktop browser around them, as Playwright itself runs headless tests. On the 2-core
 * machine it spends a third of the full browser's CPU on the same pages (the 关怀 test: renderer
 * 111 → 36 CPU-s, 115 → 67 s). The bench and the page screenshots keep the full browser.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium-headless-shell'

/** Starts headless Chromium, or fails saying how to install it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`找不到 Chromium（${CHROMIUM_PATH}）。请运行 apt-get install -y chromium-headless-shell fonts-noto-cjk，或用 CHROMIUM_PATH 指定浏览器路径。`)
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
  })
}

/** Where browser tests leave their screenshots for a person to look at. */
export const SHOTS = path.join(__dirname, '..', 'artifacts')

/**
 * Screenshots wait until the page has come to rest: fonts loaded, every finite animation or
 * transition finished (Taro's H5 router slides a new page in), then one painted frame. Infinite
 * ones (skeleton shimmer, spinners) never finish, so they are not waited for.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.fonts.status === 'loaded' &&
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)
  )
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
}

/** The element with `testId` on the page in front (pages below it in Taro's stack stay in the DOM, hidden). */
export const visible = (p: Page, testId: string) => p.locator(`[data-testid="${testId}"] >> visible=true`)

/**
 * A screenshot in test/artifacts once the page has come to rest; `full`: the viewport first made as
 * tall as the page in front (at most `maxHeight`), then put back.
 */
export async function shoot(page: Page, file: string, { full = true, maxHeight = 4000 } = {}): Promise<void> {
  await settle(page)
  const viewport = page.viewportSize() ?? { width: 390, height: 844 }
  if (full) {
    const height = await page.evaluate(
      ([min, max]) => {
        const pages = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).filter((el) => getComputedStyle(el).display !== 'none')
        const front = pages[pages.length - 1]
        return Math.min(max, Math.max(min, front ? front.scrollHeight : document.body.scrollHeight))
      },
      [viewport.height, maxHeight] as const
    )
    await page.setViewportSize({ width: viewport.width, height })
    await page.waitForFunction((h) => window.innerHeight === h, height)
    await settle(page)
  }
  await page.screenshot({ path: path.join(SHOTS, file) })
  if (full) await page.setViewportSize(viewport)
}

/** Switches 关怀模式 on for `openid` in `context` through 我的, as a person would; the page stays open on 我的. */
export async function switchOnCare(context: BrowserContext, base: string, openid: string): Promise<Page> {
  await context.addInitScript(([key, id]) => localStorage.setItem(key, id), [PERSONA_STORAGE_KEY, openid])
  const page = await context.newPage()
  page.setDefaultTimeout(60_000)
  await page.goto(base + '/pages/mine/index')
  const toggle = visible(page, 'care-switch')
  await toggle.waitFor()
  if ((await toggle.getAttribute('aria-checked')) !== 'true') await toggle.click()
  await eventually(() => toggle.getAttribute('aria-checked'), { timeoutMs: 60_000 }).toBe('true')
  return page
}

/** From the next navigation on, records every layout shift not caused by input (reset by each navigation). */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: number[] = []
    ;(window as unknown as { shifts: number[] }).shifts = shifts
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shifts.push(entry.value)
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

/** The page in front's layout shift so far (recordLayoutShifts): the sum Lighthouse calls CLS on a page that loads. */
export const layoutShiftSoFar = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((sum, v) => sum + v, 0))

/**
 * Opens home with its first screen's reply (content.getHome) held, and waits until the page has
 * loaded and is idle, its skeleton waiting: what deferred work does then is what it does on a slow
 * line. Returns what lets the reply through; the caller unroutes `**\/api/content` when done.
 */
export async function openHomeWithReplyHeld(page: Page, url: string): Promise<() => void> {
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/content', async (route) => {
    if (route.request().postData()?.includes('getHome')) await held
    await route.continue()
  })
  await page.goto(url)
  await page.evaluate(() => new Promise((resolve) => (document.readyState === 'complete' ? requestIdleCallback(resolve) : addEventListener('load', () => requestIdleCallback(resolve)))))
  return release
}

/** The actions the page asks function `fn` for, in order, with their bodies: a list that fills as it asks. */
export function recordActions(page: Page, fn = 'content'): { action: string; body: Record<string, unknown> }[] {
  const seen: { action: string; body: Record<string, unknown> }[] = []
  page.on('request', (request) => {
    if (!request.url().endsWith(`/api/${fn}`)) return
    const body = JSON.parse(request.postData() ?? '{}') as Record<string, unknown>
    seen.push({ action: String(body.action), body })
  })
  return seen
}

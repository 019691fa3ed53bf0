// Debian's Chromium driven by playwright-core (never a downloaded browser). CHROMIUM_PATH overrides.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** Starts headless Chromium, or fails saying how to install it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`找不到 Chromium（${CHROMIUM_PATH}）。请运行 apt-get install -y chromium fonts-noto-cjk，或用 CHROMIUM_PATH 指定浏览器路径。`)
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
  })
}

/** A phone-sized page (iPhone 12/13: 390×844 CSS px, 3× pixels). */
export async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' })
  return context.newPage()
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

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

/** Taro's H5 router slides a new page in (about 300 ms); screenshots wait for it to come to rest. */
export const settle = (page: Page) => page.waitForTimeout(600)

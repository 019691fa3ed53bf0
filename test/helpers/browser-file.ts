// What a browser test file sets up: a local CloudBase serving the H5 build (seeded with the demo
// data, or empty), one Chromium for the file, and the browser contexts a test opens, closed after
// that test. Call once at the top of the file; use it inside tests and hooks.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core'
import { H5_OUT } from '../../scripts/paths'
import { launchChromium, SHOTS } from './browser'
import type { TestCloudbase } from './local-cloudbase'
import { startTestCloudbase } from './local-cloudbase'
import { startSeededCloudbase } from './seeded-cloudbase'
import { currentTestFailed } from './failure-aware-environment'
import { watchPage, type PageWatch } from './page-report'

/** A phone: 390 × 844 CSS px at 2×, touch, Chinese. */
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' }

export interface BrowserFileOptions {
  /** The demo content (articles, services, places, FAQs, the policy, demo staff), or an empty CloudBase. */
  seeded: boolean
  /** With `seeded`: also the demo applications, reviewed by the demo staff. */
  applications?: boolean
  /** The file's own data, put in once the CloudBase runs (before Chromium starts). */
  prepare?: (cb: TestCloudbase) => Promise<void>
  /** The setup's time limit (ms), where the file's default is not the one wanted. */
  timeout?: number
}

export function browserFile({ seeded, applications = false, prepare, timeout }: BrowserFileOptions): {
  readonly cb: TestCloudbase
  readonly browser: Browser
  /** A new context (a phone unless told otherwise), closed after the test. */
  open(options?: BrowserContextOptions): Promise<BrowserContext>
} {
  if (applications && !seeded) throw new Error('the demo applications come with the demo content: seeded: true')
  let cb: TestCloudbase | undefined
  let browser: Browser | undefined
  const contexts: BrowserContext[] = []
  const watches: PageWatch[] = []
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    cb = seeded ? await startSeededCloudbase({ h5Dir: H5_OUT, applications }) : await startTestCloudbase({ h5Dir: H5_OUT })
    await prepare?.(cb)
    browser = await launchChromium()
  }, timeout)
  afterAll(async () => {
    await browser?.close()
    await cb?.stop()
  })
  afterEach(async () => {
    if (currentTestFailed()) await reportFailure(watches, cb)
    watches.splice(0)
    for (const context of contexts.splice(0)) await context.close()
  })
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser test file starts in beforeAll: use it inside tests and hooks')
    return value
  }
  return {
    get cb() {
      return started(cb)
    },
    get browser() {
      return started(browser)
    },
    async open(options = PHONE) {
      const context = await started(browser).newContext(options)
      contexts.push(context)
      context.on('page', (page) => watches.push(watchPage(page)))
      return context
    }
  }
}

/** What each page of the failed test showed and called, and what the functions logged: printed, with a screenshot of each page. */
async function reportFailure(watches: PageWatch[], cb: TestCloudbase | undefined): Promise<void> {
  const name = expect.getState().currentTestName ?? 'a test'
  const slug = name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)
  const parts = [`The failed test "${name}": what its pages showed (screenshots: test/artifacts/failed-${slug}-<n>.png)`]
  for (const [i, watch] of watches.entries()) {
    parts.push(`page ${i + 1}:\n${await watch.report()}`)
    await watch.screenshot(path.join(SHOTS, `failed-${slug}-${i + 1}.png`))
  }
  const log = cb?.recentLog() ?? []
  parts.push(log.length ? `the local CloudBase logged (last ${log.length}):\n${log.map((l) => `  ${l.slice(0, 600)}`).join('\n')}` : 'the local CloudBase logged nothing')
  console.log(parts.join('\n'))
}

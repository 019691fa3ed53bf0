// What the content-management browser tests share: one local CloudBase with the demo content and one
// Chromium per file, pages as a persona (phone-sized unless wide), and the editor's 已保存 wait.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { H5_OUT } from '../../scripts/paths'
import { launchChromium, SHOTS, settle } from '../helpers/browser'
import type { TestCloudbase } from '../helpers/local-cloudbase'
import { startSeededCloudbase } from '../helpers/seeded-cloudbase'

export interface ContentStaffRig {
  cb: TestCloudbase
  /** A page as `openid` (the H5 persona), 375×812 unless `wide` (1280×800). */
  pageAs: (openid: string, wide?: boolean) => Promise<Page>
}

/** Starts the rig in beforeAll and stops it in afterAll; its parts are there once beforeAll ran. */
export function useContentStaffRig(): ContentStaffRig {
  let browser: Browser
  const contexts: BrowserContext[] = []
  const rig = {
    cb: undefined as unknown as TestCloudbase,
    pageAs: async (openid: string, wide = false) => {
      const context = await browser.newContext(
        wide ? { viewport: { width: 1280, height: 800 }, locale: 'zh-CN' } : { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' }
      )
      contexts.push(context)
      await context.addInitScript((id) => localStorage.setItem('futian.persona', id), openid)
      const page = await context.newPage()
      page.setDefaultTimeout(20_000)
      return page
    }
  }
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    rig.cb = await startSeededCloudbase({ h5Dir: H5_OUT })
    browser = await launchChromium()
  })
  afterAll(async () => {
    for (const c of contexts) await c.close()
    await browser?.close()
    await rig.cb?.stop()
  })
  return rig
}

/** A settled screenshot to test/artifacts/content-<name>.png. */
export async function shot(p: Page, name: string) {
  await settle(p)
  await p.screenshot({ path: path.join(SHOTS, `content-${name}.png`) })
}

/** Waits until the editor's save status reads 已保存. */
export async function saved(p: Page) {
  await p.locator('[data-testid="save-status"] >> visible=true', { hasText: '已保存' }).waitFor()
}

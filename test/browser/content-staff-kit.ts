// What the content-management browser tests share: one local CloudBase with the demo content and one
// Chromium per file (browserFile), pages as a persona (phone-sized unless wide), and the editor's
// 已保存 wait.
import path from 'node:path'
import type { Page } from 'playwright-core'
import { SHOTS, settle } from '../helpers/browser'
import { browserFile, PHONE } from '../helpers/browser-file'
import type { TestCloudbase } from '../helpers/local-cloudbase'

export interface ContentStaffRig {
  readonly cb: TestCloudbase
  /** A page as `openid` (the H5 persona), 375×812 unless `wide` (1280×800); closed after the test. */
  pageAs: (openid: string, wide?: boolean) => Promise<Page>
}

/** Starts the rig in beforeAll and stops it in afterAll; its parts are there once beforeAll ran. */
export function useContentStaffRig(): ContentStaffRig {
  const suite = browserFile({ seeded: true })
  return {
    get cb() {
      return suite.cb
    },
    pageAs: async (openid: string, wide = false) => {
      const context = await suite.open(wide ? { viewport: { width: 1280, height: 800 }, locale: 'zh-CN' } : { ...PHONE, viewport: { width: 375, height: 812 } })
      await context.addInitScript((id) => localStorage.setItem('futian.persona', id), openid)
      const page = await context.newPage()
      page.setDefaultTimeout(20_000)
      return page
    }
  }
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

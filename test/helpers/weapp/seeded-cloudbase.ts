// What weapp test files share over the seeded local CloudBase: its setup (seededWeappFile), calls,
// waiting for a page's text, files to upload.
import type { TestCloudbase } from '../local-cloudbase'
import { startSeededCloudbase } from '../seeded-cloudbase'
import { launchWeapp, type LaunchOptions, type WeappApp } from './app'
import type { PageHandle } from './page'

export { startSeededCloudbase }

/** Calls a function as `openid` through the gateway and returns its data (throws on an error envelope). */
export async function dataOf<T>(cb: TestCloudbase, fn: string, body: Record<string, unknown>, openid: string): Promise<T> {
  const res = await cb.call<T>(fn, body, openid)
  if (!res.body.ok) throw new Error(`${fn}.${String(body.action)} 失败: ${JSON.stringify(res.body.error)}`)
  return res.body.data
}

const STILL_LOADING = /正在加载|正在读取/

/** Waits until the page shows `expected` and is no longer loading; fails if it shows an error state. */
export async function waitUntilShown(page: PageHandle, expected: string | RegExp): Promise<void> {
  await page.waitFor(
    () => {
      const text = page.text()
      return (typeof expected === 'string' ? text.includes(expected) : expected.test(text)) && !STILL_LOADING.test(text)
    },
    `页面 ${page.route} 显示「${expected}」且加载完毕`
  )
}

/** A 1×1 PNG and a minimal PDF, for uploads. */
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f5a8e40000000049454e44ae426082',
  'hex'
)
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1')

/**
 * What a weapp test file over the seeded data sets up: the local CloudBase for the file, and the app
 * a test launched, closed after that test (or when it launches another). Call once at the top of the file.
 */
export function seededWeappFile(): { readonly cb: TestCloudbase; launch(options: Omit<LaunchOptions, 'cloudbase'>): Promise<WeappApp> } {
  let cb: TestCloudbase | undefined
  let app: WeappApp | undefined
  beforeAll(async () => {
    cb = await startSeededCloudbase()
  })
  afterAll(async () => {
    await cb?.stop()
  })
  afterEach(() => {
    app?.close()
    app = undefined
  })
  const started = () => {
    if (!cb) throw new Error('the seeded local CloudBase starts in beforeAll: use it inside a test')
    return cb
  }
  return {
    get cb() {
      return started()
    },
    async launch(options) {
      // A test that opens the app again (as someone else) closes the one before.
      app?.close()
      app = await launchWeapp({ cloudbase: started(), ...options })
      return app
    }
  }
}

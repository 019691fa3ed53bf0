// src/h5-router/left-page.ts: a page's module is handed to Taro only if the address bar still
// shows the path it was asked for when it arrives; otherwise Taro gets nothing and skips the load.
import { unlessLeft } from '@/h5-router/left-page'

const context = { pathname: '/packages/news/pages/search/index' }

function withAddressBar(pathname: string) {
  const bar = { pathname }
  Object.defineProperty(globalThis, 'location', { value: bar, configurable: true })
  return bar
}

afterEach(() => {
  delete (globalThis as { location?: unknown }).location
})

test('a page that arrives while its address is still shown is given as it came', async () => {
  withAddressBar('/packages/news/pages/search/index')
  const [page, ctx, params] = unlessLeft([Promise.resolve('search page'), context, {}])
  expect(await page).toBe('search page')
  expect(ctx).toBe(context)
  expect(params).toEqual({})
})

test('a page that arrives after the person went back is given as nothing', async () => {
  const bar = withAddressBar('/packages/news/pages/search/index')
  let arrive!: (page: string) => void
  const [page] = unlessLeft([new Promise<string>((resolve) => (arrive = resolve)), context, {}])
  bar.pathname = '/pages/index/index'
  arrive('search page')
  expect(await page).toBeUndefined()
})

test('outside a browser, and for results that are not Taro’s, nothing changes', async () => {
  const result = [Promise.resolve('page'), context, {}]
  expect(unlessLeft(result)).toBe(result)
  withAddressBar('/pages/index/index')
  const plain = { page: 'index' }
  expect(unlessLeft(plain)).toBe(plain)
})

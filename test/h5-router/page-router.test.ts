// src/h5-router/page-router.ts stands in for the `universal-router` package inside Taro's H5
// router: given Taro's routes (one per page of app.config), it must open the page the package
// opens for any path in the address bar, and reject with status 404 where the package does.
import fc from 'fast-check'
import UniversalRouter from 'universal-router'
import PageRouter, { matchPagePath } from '@/h5-router/page-router'
import { appPages } from '../helpers/app-pages'

interface Opened {
  page: string
  pathname: string
  path: string
  params: Record<string, unknown>
}

/** Taro's routes (router/spa.js): each page's path with a leading slash, the page's loader as action. */
function tarosRoutes() {
  return appPages().map((page) => ({
    path: `/${page}`,
    action: (context: { pathname: string; path: string }, params: Record<string, unknown>): Opened => ({
      page,
      pathname: context.pathname,
      path: context.path,
      params
    })
  }))
}

type Outcome = { opened: Opened } | { status: unknown }

async function outcome(resolve: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { opened: (await resolve()) as Opened }
  } catch (error) {
    return { status: (error as { status?: unknown }).status }
  }
}

async function bothOpen(pathname: string, baseUrl = '') {
  const routes = tarosRoutes()
  const theirs = await outcome(() => new UniversalRouter(routes, { baseUrl }).resolve(pathname))
  const ours = await outcome(() => new PageRouter(routes, { baseUrl }).resolve(pathname))
  return { theirs, ours }
}

const PAGES = appPages()
const ARTICLE = '/pages/article/index'

test('every page path is a plain path, which the stand-in matches as the package does', () => {
  for (const page of PAGES) expect(() => matchPagePath(`/${page}`, `/${page}`)).not.toThrow()
})

test.each([
  ...PAGES.map((page) => `/${page}`),
  ARTICLE.toUpperCase(),
  `${ARTICLE}/`,
  `${ARTICLE}#`,
  `${ARTICLE}?`,
  `${ARTICLE}//`,
  `${ARTICLE}/x`,
  '/pages/article/inde',
  '/pages/article',
  '/',
  '',
  '/no/such/page'
])('%j opens what the package opens', async (pathname) => {
  const { theirs, ours } = await bothOpen(pathname)
  expect(ours).toEqual(theirs)
})

test('the known page opens, and an unknown path is a 404 (what Taro reports as onPageNotFound)', async () => {
  expect((await bothOpen(ARTICLE)).ours).toEqual({ opened: { page: 'pages/article/index', pathname: ARTICLE, path: ARTICLE, params: {} } })
  expect((await bothOpen('/no/such/page')).ours).toEqual({ status: 404 })
})

test('with a base path, the base is cut off by its length, as in the package', async () => {
  for (const pathname of [`/app${ARTICLE}`, `/xyz${ARTICLE}`, ARTICLE]) {
    const { theirs, ours } = await bothOpen(pathname, '/app')
    expect(ours).toEqual(theirs)
  }
})

test('any path opens what the package opens', async () => {
  const nearPage = fc.tuple(fc.constantFrom(...PAGES), fc.stringMatching(/^[/#?a-zA-Z]{0,2}$/), fc.boolean()).map(
    ([page, tail, upper]) => {
      const path = `/${page}${tail}`
      return upper ? path.toUpperCase() : path
    }
  )
  await fc.assert(
    fc.asyncProperty(fc.oneof(nearPage, fc.stringMatching(/^\/[a-z/]{0,20}$/)), async (pathname) => {
      const { theirs, ours } = await bothOpen(pathname)
      expect(ours).toEqual(theirs)
    }),
    { numRuns: 500 }
  )
})

test('a route whose action gives nothing passes the path on, as in the package', async () => {
  const routes = [
    { path: ARTICLE, action: () => undefined },
    { path: [ARTICLE.toUpperCase(), '/other'], action: () => 'second' }
  ]
  expect(await new PageRouter<unknown>(routes).resolve(ARTICLE)).toBe('second')
  expect(await new UniversalRouter(routes).resolve(ARTICLE)).toBe('second')
})

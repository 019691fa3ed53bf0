// H5 only, used by page-router.ts: a page that finishes loading after the person has already gone
// elsewhere is not drawn. Taro's router loads a page's code and only then moves its stack; back
// pressed in between (a slow network, or just quick) had Taro draw the page anyway, over the
// address the person went back to: 首页 in the address bar, and an article saying it did not exist.
// The router drops a load whose page resolves to nothing, as it drops one overtaken on the same path.
import { withPageModule } from './route-result'

/** The address bar's path, or null outside a browser (the router's tests in Node). */
function addressBarPath(): string | null {
  return typeof location === 'undefined' ? null : location.pathname
}

/**
 * The page's module is given only if the address bar still shows the path it was asked for;
 * otherwise nothing, which Taro skips.
 */
export function unlessLeft<Result>(result: Result): Result {
  const askedAt = addressBarPath()
  if (askedAt === null) return result
  return withPageModule(result, (page) => page.then((loaded) => (addressBarPath() === askedAt ? loaded : undefined)))
}

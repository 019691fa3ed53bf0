// H5 only, used by page-router.ts: a page that finishes loading after the person has already gone
// elsewhere is not drawn. Taro's router loads a page's code and only then moves its stack; back
// pressed in between (a slow network, or just quick) had Taro draw the page anyway, over the
// address the person went back to: 首页 in the address bar, and an article saying it did not exist.
// The router drops a load whose page resolves to nothing, as it drops one overtaken on the same path.

/** The address bar's path, or null outside a browser (the router's tests in Node). */
function addressBarPath(): string | null {
  return typeof location === 'undefined' ? null : location.pathname
}

/**
 * Taro's route result is [the page's module (loading), context, params]: the module is given only
 * if the address bar still shows the path it was asked for; otherwise nothing, which Taro skips.
 */
export function unlessLeft<Result>(result: Result): Result {
  const askedAt = addressBarPath()
  if (askedAt === null || !Array.isArray(result) || typeof (result[0] as PromiseLike<unknown> | undefined)?.then !== 'function') return result
  const [page, ...rest] = result as unknown as [PromiseLike<unknown>, ...unknown[]]
  return [Promise.resolve(page).then((loaded) => (addressBarPath() === askedAt ? loaded : undefined)), ...rest] as unknown as Result
}

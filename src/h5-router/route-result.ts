// H5 only: what a route's action gives Taro's router (router/spa.js awaits all three): [the page's
// module (loading), context, params]. left-page.ts and pull-down-first.ts each change when, or
// whether, the module is handed over.

/** `result` with its page module replaced by `then(module)`; anything not of that shape, as it is. */
export function withPageModule<Result>(result: Result, then: (page: Promise<unknown>) => Promise<unknown>): Result {
  if (!Array.isArray(result) || typeof (result[0] as PromiseLike<unknown> | undefined)?.then !== 'function') return result
  const [page, ...rest] = result as unknown as [PromiseLike<unknown>, ...unknown[]]
  return [then(Promise.resolve(page)), ...rest] as unknown as Result
}

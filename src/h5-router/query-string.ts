// H5 only: stands in for the `query-string` package where Taro's H5 router imports it
// (config/h5-host.ts swaps it in for `@tarojs/router/dist/router/page.js` alone). The router calls
// one function, `parse(search, { decode: false })`, to hand a page its query; the package's other
// functions (stringify, parseUrl, its URI decoder) were 2.8 KB of every page's start-up code.
// The result is the package's, value for value and in the same key order: test/h5-router checks
// it against the package on the queries the app makes and on malformed ones.

type QueryValue = string | null | Array<string | null>

/**
 * query-string's `parse` with `decode: false` (its other options at their defaults): `a=1&b&a=2`
 * gives `{ a: ['1', '2'], b: null }`, keys sorted, values left as written.
 */
export function parse(query: string, options: { decode: false }): Record<string, QueryValue> {
  void options // the router's call always says `decode: false`; the signature keeps it visible
  const found: Record<string, QueryValue> = Object.create(null)
  const trimmed = query.trim().replace(/^[?#&]/, '')
  for (const parameter of trimmed.split('&')) {
    if (parameter === '') continue
    const equals = parameter.indexOf('=')
    const key = equals === -1 ? parameter : parameter.slice(0, equals)
    const value = equals === -1 ? null : parameter.slice(equals + 1)
    const earlier = found[key]
    if (earlier === undefined) found[key] = value
    else if (Array.isArray(earlier)) earlier.push(value)
    else found[key] = [earlier, value]
  }
  const sorted: Record<string, QueryValue> = Object.create(null)
  for (const key of Object.keys(found).sort()) sorted[key] = found[key]
  return sorted
}

export default { parse }

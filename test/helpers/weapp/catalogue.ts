// The names of WeChat's `wx` APIs, read from WeChat's own typings (miniprogram-api-typings' `Wx`
// interface). Taro builds `Taro.*` from `Object.keys(wx)`, so the stand-in must list every real name;
// the ones the harness does not implement throw when called, so new API use is always seen.
import { readFileSync } from 'node:fs'

let cached: Set<string> | undefined

/** Every member of WeChat's `Wx` interface. */
export function wxApiNames(): Set<string> {
  if (cached) return cached
  const file = require.resolve('miniprogram-api-typings/types/wx/lib.wx.api.d.ts')
  const source = readFileSync(file, 'utf8')
  const start = source.indexOf('interface Wx {')
  const open = source.indexOf('{', start)
  let depth = 0
  let end = open
  for (let i = open; i < source.length; i++) {
    if (source[i] === '{') depth++
    else if (source[i] === '}' && --depth === 0) {
      end = i
      break
    }
  }
  const body = source.slice(open + 1, end)
  const names = new Set<string>()
  for (const m of body.matchAll(/^ {8}([A-Za-z0-9_]+)[<(:]/gm)) names.add(m[1])
  cached = names
  return names
}

// Page URLs in one place, so a renamed page breaks at compile time, not in a shared link.
// (app.config.ts keeps its own literals: Taro reads that file at build time.)

/** The home tab (news). */
export const HOME_PATH = '/pages/index/index'

/** The 我的 tab. */
export const MINE_PATH = '/pages/mine/index'

/** 我的收藏 (news subpackage). */
export const FAVOURITES_PATH = '/packages/news/pages/favourites/index'

/** An article page, as navigated to and as shared. */
export function articlePath(id: string): string {
  return `/pages/article/index?id=${encodeURIComponent(id)}`
}

/** The search page (news subpackage); with `q`, it searches at once. */
export function searchPath(q?: string): string {
  const base = '/packages/news/pages/search/index'
  return q ? `${base}?q=${encodeURIComponent(q)}` : base
}

/** Reads a page parameter that may or may not still be percent-encoded (weapp leaves it encoded). */
export function readParam(value: string | undefined): string {
  if (!value) return ''
  try {
    return decodeURIComponent(value).trim()
  } catch {
    return value.trim()
  }
}

// Page URLs in one place, so a renamed page breaks at compile time, not in a shared link.

/** The home page (news list). */
export const HOME_PATH = '/pages/index/index'

/** An article page, as navigated to and as shared. */
export function articlePath(id: string): string {
  return `/pages/article/index?id=${encodeURIComponent(id)}`
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

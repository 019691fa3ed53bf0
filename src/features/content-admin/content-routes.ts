// Pages of 内容管理 (staff subpackage only, so the worker's main package does not carry them).
/** 内容管理 (staff subpackage): items of a kind by state. */
export const CONTENT_LIST_PATH = '/packages/staff/pages/content-list/index'

/** The article editor; without an id, a new article. */
export function contentEditorPath(id?: string): string {
  const base = '/packages/staff/pages/content-editor/index'
  return id ? `${base}?id=${encodeURIComponent(id)}` : base
}

/** A publisher's review of one item: preview, changes, return / publish / schedule / withdraw / pin. */
export function contentReviewPath(id: string): string {
  return `/packages/staff/pages/content-review/index?id=${encodeURIComponent(id)}`
}

/** 栏目设置: each channel's 自动发布 / 需审核 for synced and imported articles, and 立即同步公众号. */
export const CONTENT_CHANNELS_PATH = '/packages/staff/pages/content-channels/index'

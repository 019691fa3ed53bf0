// Pages of 内容管理 (staff subpackage only, so the worker's main package does not carry them).
import type { ContentKind } from '@contracts/content-admin/words'

/** 内容管理 (staff subpackage): items of a kind by state. */
export const CONTENT_LIST_PATH = '/packages/staff/pages/content-list/index'
/** Channels, headline order and the operation log. */
export const CONTENT_SETTINGS_PATH = '/packages/staff/pages/content-settings/index'

function query(id?: string, kind?: ContentKind): string {
  const parts = [id ? `id=${encodeURIComponent(id)}` : '', kind && kind !== 'article' ? `kind=${kind}` : ''].filter(Boolean)
  return parts.length ? `?${parts.join('&')}` : ''
}

/** The editor of a kind (an article unless `kind` says otherwise); without an id, a new item. */
export function contentEditorPath(id?: string, kind?: ContentKind): string {
  return `/packages/staff/pages/content-editor/index${query(id, kind)}`
}

/** A publisher's review of one item: preview, changes, return / publish / schedule / withdraw / pin. */
export function contentReviewPath(id: string, kind?: ContentKind): string {
  return `/packages/staff/pages/content-review/index${query(id, kind)}`
}

/** 栏目设置: each channel's 自动发布 / 需审核 for synced and imported articles, and 立即同步公众号. */
export const CONTENT_CHANNELS_PATH = '/packages/staff/pages/content-channels/index'

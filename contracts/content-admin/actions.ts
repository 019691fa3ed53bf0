// Inputs and results of the `contentAdmin` function's actions: zod schemas the function parses
// every event with, and the map the typed client reads.
import { z } from '../zod'
import { ATTACHMENT_TYPES, CONTENT_KIND_KEYS, IMAGE_TYPES, CONTENT_STATE_KEYS, REASON_MAX, type AuditRow, type ContentDetail, type ContentKind, type ContentRow, type ContentState, type DiffPart, type EditorBlock } from './words'
import { text } from './schemas'

const itemId = z.string({ error: '缺少内容编号' }).trim().min(1, '缺少内容编号').max(64, '内容编号无效').regex(/^[A-Za-z0-9_-]+$/, '内容编号无效')
const version = z.number({ error: '缺少版本号' }).int('版本号无效').min(1, '版本号无效')
const kind = z.enum(CONTENT_KIND_KEYS as [ContentKind, ...ContentKind[]], { error: '内容类型无效' })
const state = z.enum(CONTENT_STATE_KEYS as [ContentState, ...ContentState[]], { error: '状态无效' })
const cursor = z.string().max(200, '翻页信息无效')
const reason = text('原因', REASON_MAX)
const instant = z
  .string({ error: '时间无效' })
  .max(40, '时间无效')
  .refine((v) => !Number.isNaN(Date.parse(v)) && /^\d{4}-\d{2}-\d{2}T/.test(v), '时间无效')
  .transform((v) => new Date(v).toISOString())

export const listInput = z.strictObject({
  kind: kind.default('article'),
  state: state.optional(),
  /** Only the pinned headlines (articles), for ordering them. */
  pinned: z.literal(true, { error: 'pinned 只能为 true' }).optional(),
  cursor: cursor.optional(),
  limit: z.number().int().min(1).max(50).default(20)
})
/** `kind` lets staff open content that predates content management (it is adopted as published). */
export const getInput = z.strictObject({ id: itemId, kind: kind.optional() })
/** A new item has no id and no version; the body is checked against its kind's schema in the function. */
export const saveInput = z.strictObject({
  id: itemId.optional(),
  kind,
  version: version.optional(),
  body: z.record(z.string(), z.unknown(), { error: '内容须为对象' })
})
export const versionedInput = z.strictObject({ id: itemId, version })
export const returnInput = z.strictObject({ id: itemId, version, reason })
export const scheduleInput = z.strictObject({ id: itemId, version, publishAt: instant })
export const withdrawInput = z.strictObject({ id: itemId, version, reason })
export const restoreInput = z.strictObject({ id: itemId, version, revision: z.number().int().min(1, '版本无效') })
export const diffInput = z.strictObject({ id: itemId, from: z.number().int().min(0), to: z.number().int().min(0) })
export const pinInput = z.strictObject({ id: itemId, rank: z.number().int().min(0).max(99).optional(), expiresAt: instant.optional() })
export const unpinInput = z.strictObject({ id: itemId })
export const reorderPinsInput = z.strictObject({ ids: z.array(itemId).min(1, '请至少选择一篇').max(20, '头条最多 20 篇').refine((v) => new Set(v).size === v.length, '头条重复') })
export const listChannelsInput = z.strictObject({})
export const saveChannelInput = z.strictObject({
  name: text('栏目名称', 20),
  order: z.number({ error: '排序须为数字' }).int().min(0).max(999),
  shareImage: z.string().max(300, '分享图无效').regex(/^cloud:\/\/[^/\s]+\/content\//, '分享图无效').optional(),
  /** 自动发布 (true) or 需审核 (false) for synced and imported articles; absent: keep the setting. */
  autoPublish: z.boolean({ error: '自动发布须为是或否' }).optional(),
  /** The row's version as listed; absent only when adding a channel. */
  version: z.number({ error: '版本须为数字' }).int().min(0).optional()
})
export const removeChannelInput = z.strictObject({ name: text('栏目名称', 20) })
export const prepareUploadInput = z.strictObject({
  purpose: z.enum(['image', 'attachment'], { error: '上传用途无效' }),
  contentType: z.enum([...Object.keys(IMAGE_TYPES), ...Object.keys(ATTACHMENT_TYPES)] as [string, ...string[]], { error: '文件类型不支持：图片仅限 JPG、PNG、WebP、GIF，附件仅限 PDF、Word、Excel' }),
  size: z.number({ error: '文件大小须为数字' }).int().min(1, '文件是空的')
})
export const confirmUploadInput = z.strictObject({ fileID: z.string().max(300, '文件标识无效') })
export const importPastedInput = z.strictObject({ text: z.string({ error: '请粘贴页面文字' }).min(1, '请粘贴页面文字').max(100000, '粘贴的文字太长（最多 10 万字）') })
/** What readers see now, of a kind, to open for editing (`search`: part of the title). */
export const listLiveInput = z.strictObject({
  kind,
  search: z.string({ error: '搜索词须为文字' }).trim().max(40, '搜索词最多 40 个字').optional(),
  limit: z.number().int().min(1).max(50).default(30)
})
export const auditQueryInput = z.strictObject({
  actor: z.string().max(64).optional(),
  kind: kind.optional(),
  /** One item's (or channel's, `channel:<name>`) history. */
  target: z.string({ error: '内容编号无效' }).max(80, '内容编号无效').optional(),
  from: instant.optional(),
  to: instant.optional(),
  cursor: cursor.optional(),
  limit: z.number().int().min(1).max(100).default(50)
})

export interface Versioned {
  id: string
  version: number
  state: ContentState
}

export interface ChannelRow {
  name: string
  order: number
  articleCount: number
  /** The channel's 5:4 share picture (a cloud:// fileID); articles without a cover share with it. */
  shareImage?: string
  /** `shareImage` as a temporary URL, to show it (listChannels only). */
  shareImageUrl?: string
  /** Synced and imported articles: published at once (true) or waiting in 待审核 (false). */
  autoPublish: boolean
  /** Every publisher's save adds one (article counts do not); a save carries the one it started from. */
  version: number
}

/** A readers' document as listLive shows it; `item` when it is already managed (adopted or written here). */
export interface LiveRow {
  id: string
  kind: ContentKind
  title: string
  meta: string
  item?: { state: ContentState; version: number }
}

export interface ContentAdminActions {
  list: { input: z.input<typeof listInput>; result: { items: ContentRow[]; nextCursor: string | null } }
  get: { input: z.input<typeof getInput>; result: ContentDetail }
  save: { input: z.input<typeof saveInput>; result: Versioned & { revision: number } }
  submit: { input: z.input<typeof versionedInput>; result: Versioned }
  return: { input: z.input<typeof returnInput>; result: Versioned }
  publish: { input: z.input<typeof versionedInput>; result: Versioned }
  schedule: { input: z.input<typeof scheduleInput>; result: Versioned }
  unschedule: { input: z.input<typeof versionedInput>; result: Versioned }
  withdraw: { input: z.input<typeof withdrawInput>; result: Versioned }
  restore: { input: z.input<typeof restoreInput>; result: Versioned & { revision: number } }
  remove: { input: z.input<typeof versionedInput>; result: { id: string; removed: true } }
  diff: { input: z.input<typeof diffInput>; result: { parts: DiffPart[] } }
  pin: { input: z.input<typeof pinInput>; result: { id: string; rank: number; expiresAt?: string } }
  unpin: { input: z.input<typeof unpinInput>; result: { id: string } }
  reorderPins: { input: z.input<typeof reorderPinsInput>; result: { ids: string[] } }
  listChannels: { input: z.input<typeof listChannelsInput>; result: { channels: ChannelRow[] } }
  saveChannel: { input: z.input<typeof saveChannelInput>; result: ChannelRow }
  removeChannel: { input: z.input<typeof removeChannelInput>; result: { name: string } }
  prepareUpload: { input: z.input<typeof prepareUploadInput>; result: { cloudPath: string } }
  confirmUpload: { input: z.input<typeof confirmUploadInput>; result: { fileID: string; contentType: string; size: number } }
  /** Empty strings: the page did not say (the editor keeps its own value); no `publishedAt` when the page prints no date (`dateMissing`). */
  importPasted: { input: z.input<typeof importPastedInput>; result: { title: string; channel: string; source: string; byline?: string; publishedAt?: string; dateMissing: boolean; blocks: EditorBlock[]; warnings: string[] } }
  listLive: { input: z.input<typeof listLiveInput>; result: { items: LiveRow[] } }
  auditQuery: { input: z.input<typeof auditQueryInput>; result: { items: AuditRow[]; nextCursor: string | null } }
}

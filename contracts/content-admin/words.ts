// Content management's words and document shapes (zod-free, so the staff pages import them without
// the schemas): the kinds of content, their life-cycle states, the actions and which state allows
// which action. The `contentAdmin` function enforces the same table (state-rules below).
import type { ServiceDoc } from '../services/documents'

/** What staff can write; each kind has its own editor and is published into its readers' collection. */
export const CONTENT_KINDS = { article: '文章', service: '服务', faq: '常见问题', place: '阵地', policy: '圆梦计划政策' } as const
export type ContentKind = keyof typeof CONTENT_KINDS
export const CONTENT_KIND_KEYS = Object.keys(CONTENT_KINDS) as ContentKind[]

/** The working copy's state. Readers see the live revision (if any) whatever this says. */
export const CONTENT_STATES = {
  draft: '草稿',
  pending: '待审核',
  scheduled: '已排期',
  published: '已发布',
  returned: '退回修改',
  withdrawn: '已下线'
} as const
export type ContentState = keyof typeof CONTENT_STATES
export const CONTENT_STATE_KEYS = Object.keys(CONTENT_STATES) as ContentState[]

/** Actions that change an item, with what staff call them. */
export const CONTENT_VERBS = {
  save: '保存',
  submit: '提交审核',
  return: '退回修改',
  publish: '发布',
  schedule: '定时发布',
  unschedule: '取消排期',
  withdraw: '下线',
  restore: '恢复旧版本',
  remove: '删除',
  pin: '置顶',
  unpin: '取消置顶',
  reorderPins: '调整头条顺序',
  scheduledPublish: '定时发布（到点）',
  pinExpired: '置顶到期',
  upload: '上传文件',
  saveChannel: '保存栏目',
  removeChannel: '删除栏目'
} as const
export type ContentVerb = keyof typeof CONTENT_VERBS

/** Which working-copy states each state-changing action starts from (`save` on a new item has none). */
export const ALLOWED_FROM: Record<'save' | 'submit' | 'return' | 'publish' | 'schedule' | 'unschedule' | 'withdraw' | 'restore' | 'remove', readonly ContentState[]> = {
  // Submitted or scheduled content is frozen: the publisher returns it first.
  save: ['draft', 'returned', 'published', 'withdrawn'],
  submit: ['draft', 'returned'],
  return: ['pending', 'scheduled'],
  publish: ['pending', 'scheduled'],
  schedule: ['pending'],
  unschedule: ['scheduled'],
  // Withdrawing also needs a live revision (checked apart).
  withdraw: ['published', 'draft', 'returned', 'pending', 'scheduled'],
  restore: ['draft', 'returned', 'published', 'withdrawn'],
  // Only a draft that was never published (checked apart).
  remove: ['draft', 'returned']
}

/** Longest title readers see in a share card. */
export const ARTICLE_TITLE_MAX = 64
export const ARTICLE_SUMMARY_MAX = 200
export const PARAGRAPH_MAX = 5000
export const ARTICLE_BLOCKS_MAX = 300
export const REASON_MAX = 200
/** Largest image after the device scaled it (≤ 1600 px wide, ≤ 500 KB). */
export const IMAGE_MAX_BYTES = 500 * 1024
export const IMAGE_MAX_WIDTH = 1600
/** Largest attachment (PDF, Word, Excel). */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024

/** Files staff may upload, by what their bytes say they are. */
export const IMAGE_TYPES = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/gif': 'gif' } as const
export const ATTACHMENT_TYPES = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx'
} as const
export type ImageType = keyof typeof IMAGE_TYPES
export type AttachmentType = keyof typeof ATTACHMENT_TYPES
export type UploadPurpose = 'image' | 'attachment'

/** Futian District's bounding box (WGS-84/GCJ-02 differ by less than its margin); the place editor checks typed points with it too. */
export const FUTIAN_BOUNDS = { minLng: 113.98, maxLng: 114.1, minLat: 22.5, maxLat: 22.6 } as const

/** The message of a stale save (the words). */
export const STALE_MESSAGE = '该内容已被他人修改，请刷新后查看'

/** One block of an article as staff write it. Images and attachments hold accepted fileIDs. */
export type EditorBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'quote'; text: string }
  | { type: 'image'; fileID: string; caption?: string; alt: string }
  | { type: 'attachment'; fileID: string; name: string; size: number }

/** An article's working copy. */
export interface ArticleBody {
  title: string
  channel: string
  /** Empty: made from the first paragraph when published. */
  summary: string
  source: string
  byline?: string
  /** The date readers see (ISO 8601, UTC); absent: the moment it is published. */
  publishedAt?: string
  /** A cover image fileID, cropped on the device to 5:4 for share cards. */
  cover?: string
  blocks: EditorBlock[]
}

/** A place's working copy. */
export interface PlaceBody {
  name: string
  type: string
  street: string
  address: string
  hours: string
  offers: string[]
  phone?: string
  latitude: number
  longitude: number
  /** 暂停开放 with a note; absent when open. */
  closedNote?: string
}

/** The year's 圆梦计划 policy fields staff edit (the rest of the policy stays as it is). */
export interface PolicyBody {
  year: number
  title: string
  /** Yuan per person: frozen once the year's first application is submitted. */
  amount: number
  /** Frozen like the amount. */
  levels: string[]
  opensAt: string
  /** May be extended at any time. */
  closesAt: string
  budget: number
  publicityDays: number
  /** The materials' names and descriptions (absent: kept as stored). */
  documents?: { kind: 'enrolmentProof' | 'tuitionReceipt'; name: string; description: string }[]
}

/** A service page's working copy: the fields the service has today. */
export type ServiceBody = Pick<ServiceDoc, 'name' | 'tagline' | 'order' | 'about' | 'eligibility' | 'steps' | 'documents' | 'contacts'> & { serviceId: string }

/** A FAQ's working copy. */
export interface FaqBody {
  group: string
  groupOrder: number
  order: number
  question: string
  answer: string
}

export interface BodyOf {
  article: ArticleBody
  place: PlaceBody
  policy: PolicyBody
  service: ServiceBody
  faq: FaqBody
}
export type AnyBody = BodyOf[ContentKind]

/** An item of content (`contentItems`, `_id` = the id readers know it by). */
export interface ContentItemDoc {
  _id: string
  kind: ContentKind
  state: ContentState
  /** Starts at 1; every change is conditional on it and adds one. */
  version: number
  /** For lists: the working copy's title (name, question, year). */
  title: string
  body: AnyBody
  /** The working copy's revision number; a save after a publish or a restore starts the next one. */
  revision: number
  /** Everyone who saved the working revision: none of them may publish it (four eyes). */
  editors: string[]
  /** The revision readers see now, or null. */
  liveRevision: number | null
  everPublished: boolean
  returnReason?: string
  withdrawReason?: string
  publishAt?: string
  /** A publish or withdraw in flight: the claim that makes it happen once; finished by whoever comes next. */
  op?: { verb: 'publish' | 'withdraw'; revision: number; by: string; at: string }
  /** Headline slot kept across revisions (articles). */
  pin?: { rank: number; expiresAt?: string }
  /** Readers' counts kept while withdrawn (articles). */
  counts?: { viewCount: number; shareCount: number }
  createdAt: string
  createdBy: string
  updatedAt: string
  updatedBy: string
  submittedBy?: string
  /** Content that comes from where the union already publishes (the 公众号 sync, the site import). */
  origin?: ContentOrigin
}

/** Where synced or imported content comes from, and a fingerprint of what the source said last. */
export interface ContentOrigin {
  by: ContentSource
  /** The source page's identity (`wechat-<article_id>-<n>`, a saved page's file name). */
  sourceKey: string
  sourceUrl?: string
  /** Demo content (labelled 示例). */
  sample?: boolean
  /** Fingerprint of the source's last version: the same version again changes nothing. */
  hash: string
}

/** The sources that write content by themselves; each acts as its own author (openid `system:<source>`). */
export const CONTENT_SOURCES = { wechatSync: '公众号同步', import: '网站导入' } as const
export type ContentSource = keyof typeof CONTENT_SOURCES

/** A channel's setting for synced and imported articles: published at once, or 待审核 for a publisher. */
export const CHANNEL_MODES = { auto: '自动发布', review: '需审核' } as const

/** One revision as it was submitted or published (`contentRevisions`, `_id` = `<item>:<n>`). */
export interface RevisionDoc {
  _id: string
  itemId: string
  n: number
  body: AnyBody
  editors: string[]
  savedAt: string
  publishedAt?: string
  publishedBy?: string
}

/** A list row. */
export interface ContentRow {
  id: string
  kind: ContentKind
  state: ContentState
  title: string
  version: number
  revision: number
  live: boolean
  updatedAt: string
  updatedBy: string
  publishAt?: string
  returnReason?: string
  withdrawReason?: string
  pin?: { rank: number; expiresAt?: string }
}

/** What the editor opens. */
export interface ContentDetail extends ContentRow {
  body: AnyBody
  editors: string[]
  liveRevision: number | null
  everPublished: boolean
  revisions: { n: number; savedAt: string; editors: string[]; publishedAt?: string; publishedBy?: string }[]
  /** A temporary URL for each file the working copy uses (browsers cannot show cloud:// ids). */
  fileUrls: Record<string, string>
}

/** One piece of a text diff between revisions. */
export interface DiffPart {
  op: 'same' | 'added' | 'removed'
  text: string
}

/** A row of the operation log as admins browse it. */
export interface AuditRow {
  id: string
  at: string
  actor: string
  /** The person's name in the staff list (absent once they are no longer staff). */
  actorName?: string
  roles: string[]
  verb: string
  kind?: string
  target?: string
  title?: string
  before?: string
  after?: string
  reason?: string
}

/** The collections of content management. */
export const CONTENT_ADMIN_COLLECTIONS = { items: 'contentItems', revisions: 'contentRevisions', files: 'contentFiles' } as const

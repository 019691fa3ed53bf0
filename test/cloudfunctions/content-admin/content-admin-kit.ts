// Shared by the content-management tests: a crew of staff (written straight to `staff`, as `npm run
// staff -- grant` leaves them), calls through the gateway, article bodies from a small generator,
// uploads through the local storage's client path, the content timer fired at a chosen instant,
// and items moved to any state through the real actions.
import { randomBytes } from 'node:crypto'
import type { ContentAdminActions } from '../../../contracts/content-admin/actions'
import type { ArticleBody, ContentItemDoc, ContentState, EditorBlock } from '../../../contracts/content-admin/words'
import { CONTENT_ADMIN_COLLECTIONS } from '../../../contracts/content-admin/words'
import type { ContentActions } from '../../../contracts/content/actions'
import type { ServiceActions } from '../../../contracts/services/actions'
import type { ArticleDoc } from '../../../contracts/content/article'
import { STAFF_COLLECTIONS, type AuditDoc } from '../../../contracts/staff/roles'
import type { TestCloudbase } from '../../helpers/local-cloudbase'
import { suiteCloudbase } from '../../helpers/suite-cloudbase'
import { makeOpenid } from '../dream-plan/dream-plan-kit'
import { putStaff } from '../review/review-kit'

export { makeOpenid, putStaff }

export interface ContentCrew {
  worker: string
  editor: string
  editor2: string
  publisher: string
  publisher2: string
  /** Holds both roles: may publish others' work, never their own. */
  editorPublisher: string
  admin: string
  /** A 圆梦计划 street reviewer: staff, but nothing to do with content. */
  reviewer: string
}

export async function makeContentCrew(cb: TestCloudbase): Promise<ContentCrew> {
  const crew: ContentCrew = {
    worker: makeOpenid('worker'),
    editor: makeOpenid('editor'),
    editor2: makeOpenid('editor2'),
    publisher: makeOpenid('publisher'),
    publisher2: makeOpenid('publisher2'),
    editorPublisher: makeOpenid('both'),
    admin: makeOpenid('admin'),
    reviewer: makeOpenid('reviewer')
  }
  await putStaff(cb, crew.editor, ['editor'])
  await putStaff(cb, crew.editor2, ['editor'])
  await putStaff(cb, crew.publisher, ['publisher'])
  await putStaff(cb, crew.publisher2, ['publisher'])
  await putStaff(cb, crew.editorPublisher, ['editor', 'publisher'])
  await putStaff(cb, crew.admin, ['admin'])
  await putStaff(cb, crew.reviewer, ['street_reviewer'], ['福田'])
  return crew
}

export type Reply<T> = { status: number; body: { ok: true; data: T } | { ok: false; error: { code: string; message: string; fields?: Record<string, string> } } }

/** One action of contentAdmin as `openid` (anonymous when omitted). */
export function callAdmin<A extends keyof ContentAdminActions>(cb: TestCloudbase, action: A, input: ContentAdminActions[A]['input'] | Record<string, unknown>, openid?: string): Promise<Reply<ContentAdminActions[A]['result']>> {
  return cb.call('contentAdmin', { action, ...input }, openid) as never
}

/** One action of the readers' `content` function, anonymously. */
type ReaderActions = ContentActions & ServiceActions
export function callReader<A extends keyof ReaderActions>(cb: TestCloudbase, action: A, input: ReaderActions[A]['input'] | Record<string, unknown>): Promise<Reply<ReaderActions[A]['result']>> {
  return cb.call('content', { action, ...input }) as never
}

/** The data of a successful reply; fails the test with the error otherwise. */
export function data<T>(res: Reply<T>): T {
  if (!res.body.ok) throw new Error(`expected success, got ${res.status} ${JSON.stringify(res.body.error)}`)
  return res.body.data
}

export function codeOf(res: Reply<unknown>): string {
  return res.body.ok ? 'ok' : res.body.error.code
}

let seq = 0
/** An article body with a unique searchable word (e.g. 测评甲乙三) in its title and first paragraph. */
export function makeArticle(overrides: Partial<ArticleBody> = {}): ArticleBody & { word: string } {
  seq += 1
  const word = `职工${'甲乙丙丁戊己庚辛壬癸'[seq % 10]}${'子丑寅卯辰巳午未申酉戌亥'[Math.floor(seq / 10) % 12]}${randomBytes(2).toString('hex')}`
  const blocks: EditorBlock[] = [
    { type: 'paragraph', text: `福田区总工会举办${word}活动，各基层工会积极参加。` },
    { type: 'heading', text: '活动安排' },
    { type: 'paragraph', text: '活动分为三个环节，持续两天。' }
  ]
  return { title: `${word}活动顺利举行`, channel: '工会动态', summary: '', source: '福田区总工会', blocks, word, ...overrides }
}

/** The body without the test's helper field. */
export function bodyOf(article: ArticleBody & { word?: string }): ArticleBody {
  const { word: _word, ...body } = article
  return body
}

/** The stored item, through the SDK. */
export async function storedItem(cb: TestCloudbase, id: string): Promise<ContentItemDoc | undefined> {
  return (await cb.sdk.database().collection(CONTENT_ADMIN_COLLECTIONS.items).where({ _id: id }).limit(1).get()).data[0] as ContentItemDoc | undefined
}

export async function liveArticle(cb: TestCloudbase, id: string): Promise<ArticleDoc | undefined> {
  return (await cb.sdk.database().collection('articles').where({ _id: id }).limit(1).get()).data[0] as ArticleDoc | undefined
}

export async function contentAudit(cb: TestCloudbase): Promise<AuditDoc[]> {
  return (await cb.sdk.database().collection(STAFF_COLLECTIONS.audit).where({ action: 'content' }).limit(1000).get()).data as AuditDoc[]
}

/** Fires contentTimer's trigger as if at `at`; resolves with the function's reply. */
export async function fireContentTimer(cb: TestCloudbase, at: Date): Promise<{ ok: boolean; data?: { published: number; unpinned: number; finished: number } }> {
  const res = await fetch(`${cb.url}/__local/timers/contentTimer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ at: at.toISOString() }) })
  const json = (await res.json()) as { result: { ok: boolean; data?: { published: number; unpinned: number; finished: number } } }
  if (!res.ok) throw new Error(`timer answered ${res.status}: ${JSON.stringify(json)}`)
  return json.result
}

/** Uploads bytes where prepareUpload says, as the app would; returns the fileID (not yet confirmed). */
export async function upload(cb: TestCloudbase, openid: string, purpose: 'image' | 'attachment', contentType: string, bytes: Buffer): Promise<string> {
  const { cloudPath } = data(await callAdmin(cb, 'prepareUpload', { purpose, contentType, size: bytes.length }, openid))
  const res = await fetch(`${cb.url}/__storage/client/${cloudPath}`, { method: 'PUT', headers: { 'x-wx-openid': openid, 'content-type': 'application/octet-stream' }, body: new Uint8Array(bytes) })
  const json = (await res.json()) as { ok: boolean; data: { fileID: string } }
  if (!json.ok) throw new Error(`upload failed: ${JSON.stringify(json)}`)
  return json.data.fileID
}

/** A tiny valid PNG (1×1). */
export const PNG_BYTES = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex')
export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1')

/** Uploads and confirms a picture; returns its fileID. */
export async function acceptedImage(cb: TestCloudbase, openid: string): Promise<string> {
  const fileID = await upload(cb, openid, 'image', 'image/png', PNG_BYTES)
  data(await callAdmin(cb, 'confirmUpload', { fileID }, openid))
  return fileID
}

export interface Made {
  id: string
  version: number
  word: string
}

/** A new article draft by `editor`. */
export async function draft(cb: TestCloudbase, crew: ContentCrew, overrides: Partial<ArticleBody> = {}, editor = crew.editor): Promise<Made> {
  const article = makeArticle(overrides)
  const res = data(await callAdmin(cb, 'save', { kind: 'article', body: bodyOf(article) }, editor))
  return { id: res.id, version: res.version, word: article.word }
}

/** Current version of an item. */
export async function versionOf(cb: TestCloudbase, id: string): Promise<number> {
  return (await storedItem(cb, id))!.version
}

/** A fresh article in `state`, moved there by the real actions (editor writes, publisher decides). */
export async function articleIn(cb: TestCloudbase, crew: ContentCrew, state: ContentState): Promise<Made> {
  const made = await draft(cb, crew)
  const step = async <A extends keyof ContentAdminActions>(action: A, who: string, extra: Record<string, unknown> = {}) => {
    const res = data(await callAdmin(cb, action, { id: made.id, version: await versionOf(cb, made.id), ...extra } as never, who))
    return res
  }
  if (state === 'draft') return { ...made, version: await versionOf(cb, made.id) }
  await step('submit', crew.editor)
  if (state === 'returned') await step('return', crew.publisher, { reason: '请补充活动时间' })
  if (state === 'scheduled') await step('schedule', crew.publisher, { publishAt: new Date(Date.now() + 3_600_000).toISOString() })
  if (state === 'published' || state === 'withdrawn') await step('publish', crew.publisher)
  if (state === 'withdrawn') await step('withdraw', crew.publisher, { reason: '活动信息有误' })
  return { ...made, version: await versionOf(cb, made.id) }
}

/** Runs `fn` over `items` with at most `width` at a time. */
export async function inBatches<T, R>(items: T[], width: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        out[i] = await fn(items[i], i)
      }
    })
  )
  return out
}

/**
 * The local CloudBase of a content-admin test file (suiteCloudbase, state kept across its tests) and
 * its crew of staff, made once. Call at the top of the file; use both inside tests and hooks.
 */
export function contentAdminSuite(): { cb: TestCloudbase; readonly crew: ContentCrew } {
  let crew: ContentCrew | undefined
  const cb = suiteCloudbase({
    reset: 'once',
    seed: async (started) => {
      crew = await makeContentCrew(started)
    }
  })
  return {
    cb,
    get crew() {
      if (!crew) throw new Error('the crew is made in beforeAll: use it inside tests and hooks')
      return crew
    }
  }
}

// Articles that come from where the union already publishes (the 公众号 sync, the site import) enter
// the same life cycle staff use: each is a content item whose revision is written by its source
// (openid `system:<source>`, so four eyes still holds for the human who publishes it). The channel's
// setting decides what happens next: 自动发布 publishes the revision at once (through publishNow, the
// publisher's own path), 需审核 leaves it in 待审核 while readers keep the live version, if any.
//
// Decided where the issue was silent:
//  - A source edit of a published article is a new revision: published at once when the channel
//    auto-publishes, else waiting in 待审核 with the live version unchanged.
//  - While staff hold the working copy (their draft, a revision they returned, submitted or
//    scheduled), a source edit is not applied: IngestError, so the sync records it as failed and
//    retries it on the next run, after staff have finished.
//  - Deleted at the source: withdrawn with the reason 来源已删除该文章 (never deleted). If it
//    reappears, it comes back as a new revision under the channel's setting. An article staff
//    withdrew themselves stays withdrawn: their decision outranks the source.
import { createHash } from 'node:crypto'
import type { ArticleInput } from '../../../contracts/content/article'
import { CONTENT_SOURCES, type ArticleBody, type ContentItemDoc, type ContentOrigin, type ContentSource, type ContentState, type EditorBlock } from '../../../contracts/content-admin/words'
import { database } from '../cloudbase'
import { isDuplicateKey } from '../db-errors'
import type { StaffCaller } from '../staff-access'
import { auditContent } from './audit-content'
import { channelAutoPublish } from './channels'
import { fingerprint } from './fingerprint'
import { findItem, items, keepRevision, revisionId, updateAt } from './items'
import { ARTICLES } from './kinds/article'
import { finishOp, publishNow, withdrawNow } from './lifecycle'

/** The source as the audit log and the revisions name it. */
export function sourceCaller(source: ContentSource): StaffCaller {
  return { openid: `system:${source}`, name: CONTENT_SOURCES[source], roles: [], streets: [] }
}

/** Why an article deleted at its source is offline here. */
export const SOURCE_DELETED_REASON = '来源已删除该文章'

/** A source version that cannot be taken in now; the sync records the message and retries. */
export class IngestError extends Error {}

export type IngestOutcome = 'imported' | 'updated' | 'unchanged'

/** What one source version did: new / updated / unchanged, and the state it left the item in. */
export interface IngestResult {
  outcome: IngestOutcome
  id: string
  state: ContentState
}

/** The id of a new item from its source key: stable, so a crashed run's retry finds its own item. */
function idOf(sourceKey: string): string {
  return `src${createHash('sha256').update(sourceKey).digest('hex').slice(0, 24)}`
}

/** The working copy of a source version. Pictures the page did not carry keep an empty fileID. */
export function bodyOf(input: ArticleInput): ArticleBody {
  const blocks: EditorBlock[] = input.blocks.map((b): EditorBlock => {
    if (b.type === 'image') return { type: 'image', fileID: b.src ?? '', alt: b.alt ?? '', ...(b.caption ? { caption: b.caption } : {}) }
    return { type: b.type, text: b.text }
  })
  // Imported attachments have no size the importer knows (0); readers never see it.
  for (const a of input.attachments) blocks.push({ type: 'attachment', fileID: a.url, name: a.name, size: 0 })
  return {
    title: input.title,
    channel: input.channel,
    summary: input.summary,
    source: input.source,
    publishedAt: input.publishedAt,
    blocks,
    ...(input.byline ? { byline: input.byline } : {}),
    ...(input.cover ? { cover: input.cover } : {})
  }
}

/**
 * The item of a source key: one made by a source (stable id), else an article that predates this
 * (imported before content management, found by its sourceKey), else one whose origin names it.
 */
async function locate(sourceKey: string): Promise<{ id: string; item: ContentItemDoc | null }> {
  const own = idOf(sourceKey)
  const direct = await findItem(own)
  if (direct) return { id: own, item: direct }
  const live = (await database().collection(ARTICLES).where({ sourceKey }).limit(1).field({ _id: true }).get()).data[0] as { _id: string } | undefined
  if (live) return { id: live._id, item: await findItem(live._id) }
  const named = (await items().where({ 'origin.sourceKey': sourceKey }).limit(1).get()).data[0] as ContentItemDoc | undefined
  return named ? { id: named._id, item: named } : { id: own, item: null }
}

const STAFF_STATES = { draft: '草稿', returned: '退回修改', pending: '待审核', scheduled: '已排期' } as Record<ContentState, string>

/** Saves one source version as a revision by the source, then publishes it if the channel says so. */
export async function ingestArticle(input: ArticleInput, source: ContentSource, now: Date): Promise<IngestResult> {
  const by = sourceCaller(source)
  const origin: ContentOrigin = JSON.parse(
    JSON.stringify({ by: source, sourceKey: input.sourceKey, sourceUrl: input.sourceUrl, sample: input.sample || undefined, hash: fingerprint(input) })
  ) as ContentOrigin
  const body = JSON.parse(JSON.stringify(bodyOf(input))) as ArticleBody
  const auto = await channelAutoPublish(input.channel)
  const found = await locate(input.sourceKey)
  const { id } = found
  // An article imported before content management is adopted first, so its counts and pin stay.
  let item = found.item ?? (await adoptLive(input.sourceKey, source, now))
  // A publish or withdraw cut off by a crash is finished first, so the state read below is settled.
  if (item?.op) {
    await finishOp(item._id, now)
    item = await findItem(item._id)
  }
  const at = now.toISOString()

  if (!item) {
    const doc: ContentItemDoc = {
      _id: id,
      kind: 'article',
      state: 'pending',
      version: 1,
      title: input.title,
      body,
      revision: 1,
      editors: [by.openid],
      liveRevision: null,
      everPublished: false,
      origin,
      ...(input.pinnedRank !== undefined ? { pin: { rank: input.pinnedRank } } : {}),
      createdAt: at,
      createdBy: by.openid,
      updatedAt: at,
      updatedBy: by.openid,
      submittedBy: by.openid
    }
    try {
      await items().add(doc)
    } catch (err) {
      // A second import of the same page won the race: take this version in as an edit of theirs.
      if (!isDuplicateKey(err)) throw err
      return ingestArticle(input, source, now)
    }
    await keepRevision({ _id: revisionId(id, 1), itemId: id, n: 1, body, editors: doc.editors, savedAt: at })
    await auditContent(by, 'submit', { id, kind: 'article', title: doc.title }, null, doc, now, { detail: { source } })
    return settle(doc, auto, by, now, 'imported')
  }

  const ownCopy = item.editors.length === 1 && item.editors[0] === by.openid
  // Withdrawing does not touch updatedBy: the reason tells the source's withdrawal from staff's.
  const sourceWithdrew = item.state === 'withdrawn' && item.withdrawReason === SOURCE_DELETED_REASON
  if (item.state === 'withdrawn' && !sourceWithdrew) return { outcome: 'unchanged', id, state: item.state }
  if (item.origin?.hash === origin.hash && !sourceWithdrew) {
    // The same version again: nothing to write, unless a crash left it short of publishing.
    if (auto && item.state === 'pending' && ownCopy) return settle(item, auto, by, now, item.everPublished ? 'updated' : 'imported')
    return { outcome: 'unchanged', id, state: item.state }
  }
  if (item.state in STAFF_STATES && !ownCopy) {
    throw new IngestError(`工作人员正在处理这篇文章（${STAFF_STATES[item.state]}），来源的修改将在下次同步时再试`)
  }

  // The source's pending revision is replaced; a published or withdrawn one gets a successor.
  const fresh = item.state === 'published' || item.state === 'withdrawn'
  const revision = fresh ? Math.max(item.revision, item.liveRevision ?? 0) + 1 : item.revision
  const _ = database().command
  const change = {
    body: _.set(body),
    title: input.title,
    origin: _.set(origin),
    revision,
    editors: [by.openid],
    state: 'pending',
    submittedBy: by.openid,
    returnReason: _.remove(),
    withdrawReason: _.remove(),
    updatedAt: at,
    updatedBy: by.openid
  }
  if (!(await updateAt(item._id, item.version, change))) throw new IngestError('这篇文章刚被工作人员修改，来源的修改将在下次同步时再试')
  const { returnReason: _r, withdrawReason: _w, ...kept } = item
  const after: ContentItemDoc = { ...kept, body, title: input.title, origin, revision, editors: [by.openid], state: 'pending', submittedBy: by.openid, updatedAt: at, updatedBy: by.openid, version: item.version + 1 }
  await keepRevision({ _id: revisionId(item._id, revision), itemId: item._id, n: revision, body, editors: after.editors, savedAt: at })
  await auditContent(by, 'submit', { id: item._id, kind: 'article', title: after.title }, item, after, now, { detail: { source } })
  return settle(after, auto, by, now, item.everPublished ? 'updated' : 'imported')
}

/** Publishes the source's revision when the channel auto-publishes; otherwise it waits in 待审核. */
async function settle(item: ContentItemDoc, auto: boolean, by: StaffCaller, now: Date, outcome: IngestOutcome): Promise<IngestResult> {
  if (!auto) return { outcome, id: item._id, state: item.state }
  const done = await publishNow(item, by, now)
  if (!done.ok) throw new IngestError(done.error.message)
  return { outcome, id: item._id, state: done.data.state }
}

/**
 * The source deleted this article: its item goes offline with the reason (readers of its link get
 * 该文章已下线), never deleted. Returns whether anything changed.
 */
export async function withdrawFromSource(sourceKey: string, source: ContentSource, now: Date): Promise<boolean> {
  const by = sourceCaller(source)
  let { item } = await locate(sourceKey)
  if (item?.op) {
    await finishOp(item._id, now)
    item = await findItem(item._id)
  }
  if (!item) {
    // An article imported before content management, never opened by staff: adopt it to withdraw it.
    item = await adoptLive(sourceKey, source, now)
    if (!item) return false
  }
  if (item.state === 'withdrawn') return false
  if (item.liveRevision !== null) {
    const done = await withdrawNow(item, by, now, SOURCE_DELETED_REASON)
    if (!done.ok) throw new IngestError(done.error.message)
    return true
  }
  // Never published (waiting for review): it leaves the queue with the same reason.
  const change = { state: 'withdrawn', withdrawReason: SOURCE_DELETED_REASON, updatedAt: now.toISOString(), updatedBy: by.openid }
  if (!(await updateAt(item._id, item.version, change))) throw new IngestError('这篇文章刚被工作人员修改，下线将在下次同步时再试')
  await auditContent(by, 'withdraw', { id: item._id, kind: 'article', title: item.title }, item, { ...item, ...change, version: item.version + 1 }, now, { reason: SOURCE_DELETED_REASON })
  return true
}

/** A live article with no item yet becomes one (published, revision 1 = what readers see). */
async function adoptLive(sourceKey: string, source: ContentSource, now: Date): Promise<ContentItemDoc | null> {
  const live = (await database().collection(ARTICLES).where({ sourceKey }).limit(1).get()).data[0] as (ArticleInput & { _id: string }) | undefined
  if (!live) return null
  const at = now.toISOString()
  const body = JSON.parse(JSON.stringify(bodyOf(live))) as ArticleBody
  const doc: ContentItemDoc = {
    _id: live._id,
    kind: 'article',
    state: 'published',
    version: 1,
    title: live.title,
    body,
    revision: 1,
    editors: [],
    liveRevision: 1,
    everPublished: true,
    origin: { by: source, sourceKey, hash: '' },
    createdAt: at,
    createdBy: sourceCaller(source).openid,
    updatedAt: at,
    updatedBy: sourceCaller(source).openid
  }
  try {
    await items().add(doc)
  } catch (err) {
    if (!isDuplicateKey(err)) throw err
    return findItem(live._id)
  }
  await keepRevision({ _id: revisionId(doc._id, 1), itemId: doc._id, n: 1, body, editors: [], savedAt: at, publishedAt: at, publishedBy: 'adopted' })
  return doc
}

// One sync run: the 公众号's published articles → content items (sourceKey `wechat-<article_id>-<n>`,
// pictures re-hosted in cloud storage), each version a revision written by the sync, published at
// once or left in 待审核 as its channel says (_shared/content-admin/ingest.ts).
//  - The list (batchget, no_content=1) is read whole: it is how deletions are seen.
//  - Only articles whose update_time is newer than the one synced (or that failed last time) are
//    fetched (getarticle): incremental by update_time, idempotent by article id.
//  - An article gone from the list, or is_deleted, is withdrawn here: its items go offline with the
//    reason (never deleted) and its record says so.
//  - A failure is recorded on the article (reason, attempts) and retried by the next run; 45009
//    (quota) stops the run politely and the next run carries on.
//  - Each article's record is written after its items are saved, so a run killed at any point
//    (kill -9) repeats at most that article; items have stable ids and a version seen before changes
//    nothing (or finishes the publish the crash cut off).
import type { ArticleInput } from '../../contracts/content/article'
import type { WechatSyncSummary } from '../../contracts/content-admin/wechat-sync'
import type { SdkApp } from '../_shared/sdk-app'
import { useCloudbase } from '../_shared/cloudbase'
import { IngestError, ingestArticle, withdrawFromSource } from '../_shared/content-admin/ingest'
import { RehostError, rehostPage } from '../../importer/rehost'
import { summarize } from '../../importer/parse/summary'
import { fullWidthPunctuation } from '../../importer/parse/punctuation'
import { articleBlocks } from './convert'
import { MpError, RATE_LIMITED, type MpClient } from './mp-client'

const PAGE = 20
const SYNC_ARTICLES = 'wechatSyncArticles'
const SYNC_STATE = 'wechatSync'

interface NewsItem {
  title: string
  author?: string
  digest?: string
  content: string
  url?: string
  is_deleted?: boolean
}

/** What the sync knows of one 公众号 article. */
export interface SyncRecord {
  _id: string
  status: 'synced' | 'failed' | 'withdrawn'
  /** update_time of the version stored (absent until one is). */
  updateTime?: number
  /** update_time of the version that failed. */
  failedUpdateTime?: number
  sourceKeys: string[]
  attempts: number
  error?: string
  at: string
}

export interface SyncOptions {
  /** Channel synced articles go to. */
  channel: string
  /** Publisher shown as 来源 (the account's name). */
  source: string
  now?: () => Date
}

/** What one run did (contracts/content-admin/wechat-sync.ts). */
export type SyncSummary = WechatSyncSummary

const sourceKeyOf = (articleId: string, index: number) => `wechat-${articleId}-${index}`

export async function runSync(app: SdkApp, client: MpClient, opts: SyncOptions): Promise<SyncSummary> {
  const now = opts.now ?? (() => new Date())
  const db = app.database()
  const records = db.collection(SYNC_ARTICLES)
  const summary: SyncSummary = { listed: 0, fetched: 0, imported: 0, updated: 0, unchanged: 0, withdrawn: 0, awaitingReview: 0, failed: [] }
  // The content life cycle reads its app from the shared module; outside a function it is this one.
  useCloudbase(app)

  const stop = async (): Promise<SyncSummary> => {
    summary.stoppedBy = 'rate-limit'
    await finish()
    return summary
  }
  const finish = async () => {
    await db.collection(SYNC_STATE).doc('state').set({ lastRunAt: now().toISOString(), summary: JSON.parse(JSON.stringify(summary)) })
  }

  // 1. The whole list, without content.
  const listed = new Map<string, number>()
  try {
    for (let offset = 0; ; offset += PAGE) {
      const page = await client.call<{ total_count: number; item_count: number; item: Array<{ article_id: string; update_time: number }> }>('cgi-bin/freepublish/batchget', { offset, count: PAGE, no_content: 1 })
      for (const item of page.item) listed.set(item.article_id, item.update_time)
      if (page.item_count === 0 || offset + PAGE >= page.total_count) break
    }
  } catch (err) {
    if (err instanceof MpError && err.errcode === RATE_LIMITED) return stop()
    throw err
  }
  summary.listed = listed.size

  const known = new Map<string, SyncRecord>()
  for (let offset = 0; ; offset += 1000) {
    const { data } = await records.skip(offset).limit(1000).get()
    for (const r of data as SyncRecord[]) known.set(r._id, r)
    if (data.length < 1000) break
  }

  // 2. New and changed articles (and last run's failures), oldest first so a stop leaves a clean edge.
  const due = [...listed.entries()]
    .filter(([id, updateTime]) => {
      const r = known.get(id)
      return !r || r.status === 'failed' || r.status === 'withdrawn' || (r.updateTime ?? 0) < updateTime
    })
    .sort((a, b) => a[1] - b[1])

  for (const [articleId, updateTime] of due) {
    const record = known.get(articleId)
    try {
      const reply = await client.call<{ news_item: NewsItem[] }>('cgi-bin/freepublish/getarticle', { article_id: articleId })
      summary.fetched++
      if (reply.news_item.length === 0 || reply.news_item.every((n) => n.is_deleted)) {
        await withdraw(app, articleId, record, now)
        summary.withdrawn++
        continue
      }
      const keys: string[] = []
      for (const [index, item] of reply.news_item.entries()) {
        if (item.is_deleted) continue
        const read = articleBlocks(item.content)
        if (!read.ok) throw new RehostError(read.reason)
        const hosted = await rehostPage(read.blocks, [], { app, folder: `wechat/${articleId}`, keepOnFailure: true })
        const paragraphs = hosted.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
        const article: ArticleInput = {
          sourceKey: sourceKeyOf(articleId, index),
          title: fullWidthPunctuation(item.title),
          channel: opts.channel,
          publishedAt: new Date(updateTime * 1000).toISOString(),
          source: opts.source,
          ...(item.author ? { byline: item.author } : {}),
          summary: summarize(item.digest ? [item.digest] : paragraphs),
          blocks: hosted.blocks,
          attachments: [],
          ...(item.url ? { sourceUrl: item.url } : {}),
        }
        const saved = await ingestArticle(article, 'wechatSync', now())
        summary[saved.outcome]++
        if (saved.outcome !== 'unchanged' && saved.state === 'pending') summary.awaitingReview++
        keys.push(article.sourceKey)
      }
      // Items dropped from a multi-item publish are withdrawn too.
      for (const key of (record?.sourceKeys ?? []).filter((k) => !keys.includes(k))) await withdrawFromSource(key, 'wechatSync', now())
      await records.doc(articleId).set({ status: 'synced', updateTime, sourceKeys: keys, attempts: 0, at: now().toISOString() })
    } catch (err) {
      if (err instanceof MpError && err.errcode === RATE_LIMITED) return stop()
      const known = err instanceof MpError || err instanceof RehostError || err instanceof IngestError
      const reason = known ? err.message : '同步失败（内部错误）'
      if (!known) console.log(`[wechatSync] ${articleId}: ${(err as Error)?.name ?? 'error'}`)
      summary.failed.push({ articleId, reason })
      await records.doc(articleId).set({
        status: 'failed',
        ...(record?.updateTime !== undefined ? { updateTime: record.updateTime } : {}),
        failedUpdateTime: updateTime,
        sourceKeys: record?.sourceKeys ?? [],
        attempts: (record?.attempts ?? 0) + 1,
        error: reason,
        at: now().toISOString(),
      })
    }
  }

  // 3. Articles no longer published on the 公众号.
  for (const record of known.values()) {
    if (record.status === 'withdrawn' || listed.has(record._id)) continue
    await withdraw(app, record._id, record, now)
    summary.withdrawn++
  }

  await finish()
  return summary
}

/** The 公众号 deleted the article: each of its items goes offline with the reason, and its record says so. */
async function withdraw(app: SdkApp, articleId: string, record: SyncRecord | undefined, now: () => Date): Promise<void> {
  const keys = record?.sourceKeys ?? []
  for (const key of keys) await withdrawFromSource(key, 'wechatSync', now())
  await app
    .database()
    .collection(SYNC_ARTICLES)
    .doc(articleId)
    .set({ status: 'withdrawn', ...(record?.updateTime !== undefined ? { updateTime: record.updateTime } : {}), sourceKeys: keys, attempts: 0, at: now().toISOString() })
}

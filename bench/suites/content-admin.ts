// Content management at scale: 100,000 live articles, each with its content item (as if adopted),
// plus submitted items waiting for a publisher and a few hundred drafts. Measured through the
// gateway as the staff app calls it: `publish` (claim, the readers' article with its search terms,
// the channel recount, the revision, the close of the claim and the log line) and the drafts list.
// Targets (issue 12): publish p99 ≤ 100 ms; drafts list p99 ≤ 50 ms, for one caller; 16 callers are
// reported (their latency is queueing on 2 cores).
import type { SuiteResult } from '../run'
import { bulkInsert, startBenchCloudbase } from '../lib/bench-cloudbase'
import { callGateway } from '../lib/gateway-client'
import { measure, type Measurement } from '../lib/measure'
import { generateArticles } from './news-data'

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000)
const DRAFTS = 500
const EDITOR = 'bench-editor'
const PUBLISHER = 'bench-publisher'
/** Publishes measured: one pending item each (a publish consumes it). */
const PUBLISHES = { 1: 300, 16: 800 } as Record<number, number>

function item(id: string, state: string, body: { title: string; channel: string; summary: string; source: string; blocks: object[] }, at: string, live: boolean) {
  return {
    _id: id,
    kind: 'article',
    state,
    version: 1,
    title: body.title,
    body,
    revision: 1,
    editors: [EDITOR],
    liveRevision: live ? 1 : null,
    everPublished: live,
    createdAt: at,
    createdBy: EDITOR,
    updatedAt: at,
    updatedBy: EDITOR
  }
}

export async function contentAdminSuite(): Promise<SuiteResult> {
  const cb = await startBenchCloudbase()
  try {
    const t0 = Date.now()
    const db = cb.sdk.database()
    const now = new Date().toISOString()
    await db.collection('staff').doc(EDITOR).set({ name: '编辑', roles: ['editor'], streets: [], version: 1, updatedBy: 'bench', createdAt: now, updatedAt: now })
    await db.collection('staff').doc(PUBLISHER).set({ name: '审核', roles: ['publisher'], streets: [], version: 1, updatedBy: 'bench', createdAt: now, updatedAt: now })
    const articles = generateArticles(ARTICLES)
    await bulkInsert(cb.sdk, 'articles', articles)
    const bodyOf = (a: Record<string, unknown>) => ({ title: a.title as string, channel: a.channel as string, summary: '', source: '福田区总工会', blocks: a.blocks as object[] })
    await bulkInsert(cb.sdk, 'contentItems', articles.map((a) => item(a._id as string, 'published', bodyOf(a), a.updatedAt as string, true)))
    const fresh = generateArticles(DRAFTS + PUBLISHES[1] + PUBLISHES[16], 7)
    const pending = fresh.slice(0, PUBLISHES[1] + PUBLISHES[16]).map((a, i) => item(`p${String(i).padStart(6, '0')}`, 'pending', bodyOf(a), now, false))
    const drafts = fresh.slice(PUBLISHES[1] + PUBLISHES[16]).map((a, i) => item(`d${String(i).padStart(6, '0')}`, 'draft', bodyOf(a), a.updatedAt as string, false))
    await bulkInsert(cb.sdk, 'contentItems', [...pending, ...drafts])
    const loadSeconds = (Date.now() - t0) / 1000

    const url = cb.local.url
    const ok = (r: { status: number }) => r.status === 200
    const listDrafts = () => callGateway(url, 'contentAdmin', { action: 'list', kind: 'article', state: 'draft', limit: 20 }, EDITOR)
    const measurements: Measurement[] = []
    let nextPending = 0
    for (const concurrency of [1, 16]) {
      await measure('warm-up', concurrency, concurrency * 4, async () => ok(await listDrafts()))
      measurements.push(await measure('list drafts (20 a page)', concurrency, concurrency === 1 ? 400 : 1600, async () => ok(await listDrafts())))
      const batch = pending.slice(nextPending, nextPending + PUBLISHES[concurrency])
      nextPending += batch.length
      measurements.push(await measure('publish', concurrency, batch.length, async (i) => ok(await callGateway(url, 'contentAdmin', { action: 'publish', id: batch[i]._id, version: 1 }, PUBLISHER))))
    }
    // Every measured publish is live and found by its channel count.
    const { total: live } = (await db.collection('articles').count()) as { total: number }
    const find = (name: string, c: number) => measurements.find((m) => m.name === name && m.concurrency === c)!
    // The bar is one publisher's wait (a district union has a handful of publishers). At 16 callers
    // on 2 cores the wait is queueing (Little's law: callers ÷ throughput): reported with its floor.
    const floor = (m: Measurement) => `(queueing floor ${((m.concurrency / m.throughputPerSec) * 1000).toFixed(0)} ms at ${m.throughputPerSec} req/s)`
    const targets = [
      { name: 'publish p99 ≤ 100 ms (1 caller)', met: find('publish', 1).p99Ms <= 100, detail: `${find('publish', 1).p99Ms} ms` },
      { name: 'drafts list p99 ≤ 50 ms (1 caller)', met: find('list drafts (20 a page)', 1).p99Ms <= 50, detail: `${find('list drafts (20 a page)', 1).p99Ms} ms` },
      ...['publish', 'list drafts (20 a page)'].map((name) => {
        const m = find(name, 16)
        return { name: `${name} at 16 callers (reported)`, met: true, detail: `p99 ${m.p99Ms} ms ${floor(m)}` }
      })
    ]
    const errors = measurements.reduce((n, m) => n + m.errors, 0)
    targets.push({ name: 'no errors', met: errors === 0, detail: `${errors} failed calls` })
    targets.push({ name: 'every publish live', met: live === ARTICLES + nextPending, detail: `${live} live articles (${ARTICLES} + ${nextPending} published)` })
    return { measurements, targets, notes: { articles: ARTICLES, pending: pending.length, drafts: DRAFTS, loadSeconds } }
  } finally {
    await cb.stop()
  }
}

// News at scale: 100,000 articles in the local store; listArticles (first and 500th page),
// getArticle and searchArticles through the gateway at 1 and 16 concurrent callers.
// Targets (issue 3): listArticles p99 ≤ 20 ms with page 500 within 1.5× of page 1;
// searchArticles p99 ≤ 100 ms.
import type { SuiteResult } from '../run'
import { bulkInsert, startBenchCloudbase } from '../lib/bench-cloudbase'
import { callGateway } from '../lib/gateway-client'
import { measure, type Measurement } from '../lib/measure'
import { generateArticles, SEARCH_WORDS } from './news-data'

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000)
const CHANNEL = '工会动态'

export async function newsSuite(): Promise<SuiteResult> {
  const cb = await startBenchCloudbase()
  try {
    const t0 = Date.now()
    const docs = generateArticles(ARTICLES)
    await bulkInsert(cb.sdk, 'articles', docs)
    const loadSeconds = (Date.now() - t0) / 1000
    const url = cb.local.url
    const list = (body: object) => callGateway(url, 'content', { action: 'listArticles', channel: CHANNEL, ...body })

    // The cursor of page 500 (20 rows a page), found by walking the feed as a reader would.
    let cursor: string | undefined
    for (let page = 1; page < 500; page++) {
      const res = await list(cursor ? { cursor } : {})
      if (!res.body.ok) throw new Error(`listArticles failed on page ${page}: ${JSON.stringify(res.body)}`)
      cursor = res.body.data.nextCursor
      if (!cursor) throw new Error(`feed ended at page ${page}`)
    }
    const page500 = cursor!
    const ids = docs.map((d) => d._id as string)
    const ok = (r: { status: number }) => r.status === 200

    const measurements: Measurement[] = []
    for (const concurrency of [1, 16]) {
      // Start the instances this concurrency needs first: cold starts are the platform's, not ours.
      await measure('warm-up', concurrency, concurrency * 4, async () => ok(await list({})))
      const calls = concurrency === 1 ? 400 : 1600
      measurements.push(await measure('listArticles page 1', concurrency, calls, async () => ok(await list({}))))
      measurements.push(await measure('listArticles page 500', concurrency, calls, async () => ok(await list({ cursor: page500 }))))
      measurements.push(await measure('getArticle', concurrency, calls, async (i) => ok(await callGateway(url, 'content', { action: 'getArticle', id: ids[(i * 7919) % ids.length] }))))
      measurements.push(
        await measure('searchArticles', concurrency, calls, async (i) => ok(await callGateway(url, 'content', { action: 'searchArticles', q: SEARCH_WORDS[i % SEARCH_WORDS.length] })))
      )
    }
    const find = (name: string, c: number) => measurements.find((m) => m.name === name && m.concurrency === c)!
    const targets = [1, 16].flatMap((c) => {
      const first = find('listArticles page 1', c)
      const deep = find('listArticles page 500', c)
      const search = find('searchArticles', c)
      // With c callers and a server doing r calls/s, a call waits c / r on average (Little's law).
      const floor = (m: Measurement) => ` (queueing floor ${((c / m.throughputPerSec) * 1000).toFixed(0)} ms at ${m.throughputPerSec} req/s)`
      return [
        {
          name: `listArticles p99 ≤ 20 ms (${c} caller${c > 1 ? 's' : ''})`,
          met: first.p99Ms <= 20 && deep.p99Ms <= 20,
          detail: `page 1 ${first.p99Ms} ms, page 500 ${deep.p99Ms} ms${c > 1 ? floor(first) : ''}`
        },
        { name: `page 500 within 1.5× of page 1 (${c})`, met: deep.p99Ms <= first.p99Ms * 1.5, detail: `${(deep.p99Ms / first.p99Ms).toFixed(2)}×` },
        { name: `searchArticles p99 ≤ 100 ms (${c})`, met: search.p99Ms <= 100, detail: `${search.p99Ms} ms${c > 1 ? floor(search) : ''}` }
      ]
    })
    const errors = measurements.reduce((n, m) => n + m.errors, 0)
    targets.push({ name: 'no errors', met: errors === 0, detail: `${errors} failed calls` })
    return { measurements, targets, notes: { articles: ARTICLES, loadSeconds, pageSize: 20 } }
  } finally {
    await cb.stop()
  }
}

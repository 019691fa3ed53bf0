// The 公众号 sync at scale: 500 published articles, each with a picture, on the local CloudBase's
// stand-in for WeChat's publishing API; one full first sync (list, fetch, re-host, store) and a
// rerun with nothing changed. Target (issue 17): 500 articles with pictures in ≤ 5 min.
import { performance } from 'node:perf_hooks'
import { LOCAL_MP_APPID, LOCAL_MP_SECRET } from '../../local-cloudbase/wechat/mp-articles'
import { MP_PREFIX } from '../../local-cloudbase/wechat/mp-routes'
import { MpClient } from '../../cloudfunctions/wechatSync/mp-client'
import { runSync } from '../../cloudfunctions/wechatSync/sync'
import { manyArticles } from '../../test/cloudfunctions/wechatSync/mp-fixtures'
import type { SuiteResult } from '../run'
import { startBenchCloudbase } from '../lib/bench-cloudbase'
import type { Measurement } from '../lib/measure'

const ARTICLES = Number(process.env.BENCH_SYNC_ARTICLES ?? 500)
const TARGET_SECONDS = 300

export async function wechatSyncSuite(): Promise<SuiteResult> {
  const cb = await startBenchCloudbase()
  try {
    cb.local.mp.setArticles(manyArticles(ARTICLES))
    const client = () => new MpClient(cb.sdk, { appId: LOCAL_MP_APPID, secret: LOCAL_MP_SECRET, base: `${cb.local.url}${MP_PREFIX}` })
    const opts = { channel: '工会动态', source: '福田区总工会' }
    let t = performance.now()
    const first = await runSync(cb.sdk, client(), opts)
    const firstS = (performance.now() - t) / 1000
    t = performance.now()
    const again = await runSync(cb.sdk, client(), opts)
    const againS = (performance.now() - t) / 1000
    const row = (name: string, s: number, errors: number): Measurement => ({ name, concurrency: 1, calls: ARTICLES, p50Ms: NaN, p99Ms: NaN, maxMs: NaN, throughputPerSec: Math.round((ARTICLES / s) * 100) / 100, errors })
    return {
      measurements: [row(`first sync of ${ARTICLES} articles (1 picture each)`, firstS, first.failed.length), row('rerun, nothing changed', againS, again.failed.length)],
      targets: [{ name: `${ARTICLES} articles with pictures synced in ≤ ${TARGET_SECONDS} s`, met: firstS <= TARGET_SECONDS && first.imported === ARTICLES, detail: `${firstS.toFixed(1)} s (${first.imported} stored, ${first.failed.length} failed); rerun ${againS.toFixed(1)} s` }],
      notes: { articles: ARTICLES, firstSeconds: Math.round(firstS * 10) / 10, rerunSeconds: Math.round(againS * 10) / 10 },
    }
  } finally {
    await cb.stop()
  }
}

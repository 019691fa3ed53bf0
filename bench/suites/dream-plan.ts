// 圆梦计划 submissions at scale: 10,000 applications already stored; `submit` through the gateway
// at 1 and 16 concurrent callers, each caller a different worker with a complete draft and
// uploaded materials (prepared before timing). The issue sets no number: this reports p99 and
// throughput, and checks that every submit succeeded.
import { randomUUID } from 'node:crypto'
import type { SuiteResult } from '../run'
import type { CloudbaseClient } from '../../database/seed/dream-plan/sample-forms'
// The test kit's generators make valid people, forms and materials; the bench reuses them.
import { fillDraft, makeForm, makePolicy, setPolicy } from '../../database/seed/dream-plan/sample-forms'
import { DREAM_PLAN_COLLECTIONS } from '../../contracts/dream-plan/documents'
import { bulkInsert, startBenchCloudbase } from '../lib/bench-cloudbase'
import { callGateway } from '../lib/gateway-client'
import { measure, type Measurement } from '../lib/measure'

const STORED = Number(process.env.BENCH_APPLICATIONS ?? 10_000)

/** Filler applications carrying every indexed field, so the unique indexes hold 10,000 keys. */
function storedApplications(count: number) {
  return Array.from({ length: count }, (_v, i) => ({
    _id: `bench-app-${i}`,
    applicationNo: `2025-${String(i + 1).padStart(6, '0')}`,
    year: 2025,
    openid: `bench-worker-${i}`,
    status: 'submitted',
    version: 1,
    amount: 2500,
    idNumberHash: `h${i}`,
    cardNumberHash: `c${i}`,
    personKey: `once:h${i}`,
    openKey: `bench-worker-${i}:2025`,
    submitKey: `k${i}`,
    resubmitKeys: [],
    history: [],
    submittedAt: new Date(Date.UTC(2025, 9, 1) + i * 60_000).toISOString(),
    updatedAt: new Date(Date.UTC(2025, 9, 1) + i * 60_000).toISOString()
  }))
}

export async function dreamPlanSuite(): Promise<SuiteResult> {
  const bench = await startBenchCloudbase()
  const cb: CloudbaseClient = { sdk: bench.sdk, call: (fn, body, openid) => callGateway(bench.local.url, fn, body, openid) }
  try {
    await setPolicy(cb, makePolicy('open'))
    await bulkInsert(bench.sdk, DREAM_PLAN_COLLECTIONS.applications, storedApplications(STORED))
    const plan = [
      { concurrency: 1, calls: 200 },
      { concurrency: 16, calls: 640 }
    ]
    // Workers with complete drafts, prepared 16 at a time before anything is timed.
    const workers = Array.from({ length: plan.reduce((n, p) => n + p.calls, 0) }, (_v, i) => `bench-applicant-${i}`)
    await measure('prepare', 16, workers.length, async (i) => {
      await fillDraft(cb, workers[i], await makeForm(cb, workers[i]))
      return true
    })
    const measurements: Measurement[] = []
    let next = 0
    for (const { concurrency, calls } of plan) {
      const mine = workers.slice(next, next + calls)
      next += calls
      measurements.push(
        await measure('submit', concurrency, calls, async (i) => {
          const res = await callGateway(bench.local.url, 'dreamPlan', { action: 'submit', idempotencyKey: randomUUID() }, mine[i])
          return res.status === 200 && res.body.ok
        })
      )
    }
    const total = (await bench.sdk.database().collection(DREAM_PLAN_COLLECTIONS.applications).count()).total
    const errors = measurements.reduce((n, m) => n + m.errors, 0)
    return {
      measurements,
      targets: [
        { name: 'every submit succeeded', met: errors === 0, detail: `${errors} failed` },
        { name: 'applications stored afterwards', met: total === STORED + workers.length, detail: `${total} (expected ${STORED + workers.length})` }
      ],
      notes: { storedBefore: STORED }
    }
  } finally {
    await bench.stop()
  }
}

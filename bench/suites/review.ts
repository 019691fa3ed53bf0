// The staff side at scale: 10,000 applications across the 10 streets and every status, stored as
// `submit` stores them (numbers sealed with the local data key, masks, keyed hashes, history and
// notices). Measures `queue` at 1 caller under the filters staff use (target p99 ≤ 50 ms each), and
// finance's export of 5,000 rows: wall time, and peak memory sampled every 10 ms while it runs.
// The local CloudBase runs in this process (functions in worker threads), so the process RSS covers
// the server, the function instance building the workbook, and the database; it is reported as the
// baseline before the export, the peak during it, and the difference.
import { randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import ExcelJS from 'exceljs'
import type { SuiteResult } from '../run'
import type { CloudbaseClient } from '../../database/seed/dream-plan/sample-forms'
import { DREAM_PLAN_COLLECTIONS } from '../../contracts/dream-plan/documents'
import type { QueueFilter } from '../../contracts/dream-plan/review'
import { STAFF_COLLECTIONS } from '../../contracts/staff/roles'
// The test kit's generators make valid people and forms; the bench reuses them.
import { makePolicy, setPolicy } from '../../database/seed/dream-plan/sample-forms'
import { FIRST_DAY, storedApplication } from '../../database/seed/dream-plan/stored-applications'
import { bulkInsert, startBenchCloudbase } from '../lib/bench-cloudbase'
import { callGateway } from '../lib/gateway-client'
import { measure, type Measurement } from '../lib/measure'

const STORED = Number(process.env.BENCH_APPLICATIONS ?? 10_000)
const DAY = 86_400_000
const shanghaiDate = (t: number) => new Date(t + 8 * 3_600_000).toISOString().slice(0, 10)

export async function reviewSuite(): Promise<SuiteResult> {
  // The functions get the data key from the environment when it is set (local-secrets.ts); the
  // bench sets one so it can seal the stored applications with the same key.
  const previousKey = process.env.DREAM_PLAN_DATA_KEY
  const key = randomBytes(32)
  process.env.DREAM_PLAN_DATA_KEY = key.toString('base64')
  const bench = await startBenchCloudbase()
  if (previousKey === undefined) delete process.env.DREAM_PLAN_DATA_KEY
  else process.env.DREAM_PLAN_DATA_KEY = previousKey
  const url = bench.local.url
  const cb: CloudbaseClient = { sdk: bench.sdk, call: (fn, body, openid) => callGateway(url, fn, body, openid) }
  try {
    await setPolicy(cb, makePolicy('open'))
    const at = new Date().toISOString()
    const staffDoc = (roles: string[], streets: string[]) => ({ name: `bench ${roles.join(',')}`, roles, streets, version: 1, updatedBy: 'bench', createdAt: at, updatedAt: at })
    const staff = bench.sdk.database().collection(STAFF_COLLECTIONS.staff)
    await staff.doc('bench-street').set(staffDoc(['street_reviewer'], ['福田', '莲花']))
    await staff.doc('bench-district').set(staffDoc(['district_reviewer'], []))
    await staff.doc('bench-finance').set(staffDoc(['finance'], []))

    const docs = Array.from({ length: STORED }, (_v, i) => storedApplication(i, key))
    await bulkInsert(bench.sdk, DREAM_PLAN_COLLECTIONS.applications, docs)
    const sample = docs[1234]

    const lastDay = (days: number) => shanghaiDate(FIRST_DAY + (days - 1) * DAY)
    const scenarios: [string, string, QueueFilter][] = [
      ['queue: street reviewer default (2 streets)', 'bench-street', {}],
      ['queue: district, in_review + stage district', 'bench-district', { status: ['in_review'], stage: 'district' }],
      ['queue: district, level 本科', 'bench-district', { level: '本科' }],
      ['queue: district, one week', 'bench-district', { submittedFrom: lastDay(31), submittedTo: lastDay(37) }],
      ['queue: district, name search', 'bench-district', { q: sample.personal.name }],
      ['queue: district, last-4 search', 'bench-district', { q: sample.personal.idNumberMasked.slice(-4) }],
      ['queue: street reviewer, status + stage', 'bench-street', { status: ['in_review'], stage: 'street' }],
      ['queue: street reviewer, 待初审', 'bench-street', { awaiting: 'street' }],
      ['queue: district reviewer, 待复审', 'bench-district', { awaiting: 'district' }],
      ['queue: district, page 2 of everything', 'bench-district', {}]
    ]
    const measurements: Measurement[] = []
    const rowsSeen: Record<string, number> = {}
    for (const [name, openid, filter] of scenarios) {
      let cursor: string | undefined
      if (name.includes('page 2')) {
        const first = await callGateway(url, 'dreamPlanReview', { action: 'queue', filter }, openid)
        cursor = first.body.data?.nextCursor
      }
      // Warm the function instance first; not timed.
      await callGateway(url, 'dreamPlanReview', { action: 'queue', filter, ...(cursor ? { cursor } : {}) }, openid)
      measurements.push(
        await measure(name, 1, 200, async () => {
          const res = await callGateway(url, 'dreamPlanReview', { action: 'queue', filter, ...(cursor ? { cursor } : {}) }, openid)
          rowsSeen[name] = res.body.data?.items?.length ?? -1
          return res.status === 200 && res.body.ok && res.body.data.items.length > 0
        })
      )
    }

    // Finance exports 5,000 rows: the first 50 days.
    const exportFilter: QueueFilter = { submittedFrom: shanghaiDate(FIRST_DAY), submittedTo: lastDay(50) }
    const baseline = process.memoryUsage().rss
    let peak = baseline
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10)
    const started = performance.now()
    const exported = await callGateway(url, 'dreamPlanReview', { action: 'export', filter: exportFilter }, 'bench-finance')
    const exportMs = performance.now() - started
    clearInterval(sampler)
    peak = Math.max(peak, process.memoryUsage().rss)
    const rows = exported.body.data?.rows ?? 0
    // Check the file: 5,000 data rows, opened with exceljs.
    let fileRows = -1
    let fileBytes = 0
    if (exported.body.ok) {
      const { fileContent } = await bench.sdk.downloadFile({ fileID: exported.body.data.fileID })
      fileBytes = (fileContent as Buffer).length
      const book = new ExcelJS.Workbook()
      await book.xlsx.load(fileContent as unknown as ArrayBuffer)
      fileRows = book.worksheets[0].actualRowCount - 1
    }
    const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10
    measurements.push({ name: 'export 5,000 rows (finance)', concurrency: 1, calls: 1, p50Ms: Math.round(exportMs), p99Ms: Math.round(exportMs), maxMs: Math.round(exportMs), throughputPerSec: 0, errors: exported.body.ok ? 0 : 1 })

    const queueRows = measurements.filter((m) => m.name.startsWith('queue'))
    return {
      measurements,
      targets: [
        ...queueRows.map((m) => ({ name: `${m.name} p99 ≤ 50 ms`, met: m.p99Ms <= 50 && m.errors === 0, detail: `p50 ${m.p50Ms} ms, p99 ${m.p99Ms} ms, ${m.errors} errors, ${rowsSeen[m.name]} rows a page` })),
        { name: 'export of 5,000 rows succeeded', met: exported.status === 200 && rows === 5000 && fileRows === 5000, detail: `${exported.status} ${exported.body.ok ? '' : JSON.stringify(exported.body.error)} rows ${rows}, file rows ${fileRows}` },
        { name: 'export wall time (reported)', met: true, detail: `${Math.round(exportMs)} ms, file ${mb(fileBytes)} MB` },
        { name: 'export peak memory (reported)', met: true, detail: `process RSS ${mb(baseline)} MB before, ${mb(peak)} MB peak (+${mb(peak - baseline)} MB), sampled every 10 ms` }
      ],
      notes: { stored: STORED, exportMs: Math.round(exportMs), rssBeforeMb: mb(baseline), rssPeakMb: mb(peak), rssDeltaMb: mb(peak - baseline), fileMb: mb(fileBytes), rowsPerQueuePage: rowsSeen }
    }
  } finally {
    await bench.stop()
  }
}

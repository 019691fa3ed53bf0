// Export files hold personal data (finance's: full card numbers), so they live only as long as
// their download link: each export is registered with a deletion time, and the housekeeping timer
// deletes due files from storage and then their records. Users cannot run it.
import { DREAM_PLAN_COLLECTIONS, type ExportFileDoc } from '../../../contracts/dream-plan/documents'
import { makePolicy, setPolicy } from '../dream-plan/dream-plan-kit'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'
import { applyIn, callReview, makeCrew, type Crew } from '../review/review-kit'

let cb: TestCloudbase
let crew: Crew
beforeAll(async () => {
  cb = await startTestCloudbase()
  await setPolicy(cb, makePolicy('open'))
  crew = await makeCrew(cb)
  await applyIn(cb)
}, 60_000)
afterAll(() => cb.stop())

const exportsColl = () => cb.sdk.database().collection(DREAM_PLAN_COLLECTIONS.exports)

async function exportAs(openid: string): Promise<string> {
  const res = await callReview(cb, 'export', { filter: {} }, openid)
  expect(res.status).toBe(200)
  return (res.body as { ok: true; data: { fileID: string } }).data.fileID
}

async function exists(fileID: string): Promise<boolean> {
  const { fileList } = await cb.sdk.getTempFileURL({ fileList: [fileID] })
  return fileList[0].code === 'SUCCESS'
}

test('an export is registered for deletion an hour on; when due, the timer deletes the file and then its record', async () => {
  const started = Date.now()
  const due = await exportAs(crew.finance)
  const later = await exportAs(crew.district)
  const { data } = await exportsColl().limit(10).get()
  const rows = data as ExportFileDoc[]
  expect(rows.map((r) => r.fileID).sort()).toEqual([due, later].sort())
  for (const r of rows) {
    const ms = Date.parse(r.deleteAfter) - Date.parse(r.createdAt)
    expect(ms).toBe(3_600_000)
    expect(Date.parse(r.createdAt)).toBeGreaterThanOrEqual(started - 1000)
  }
  expect(rows.find((r) => r.fileID === due)?.createdBy).toBe(crew.finance)

  // Nothing is due yet: the run deletes nothing.
  expect(await cb.fireTimer('housekeeping')).toEqual({ ok: true, data: { deleted: 0 } })
  expect(await exists(due)).toBe(true)

  // The hour passes for one of them (the test's stand-in for time).
  await exportsColl().where({ fileID: due }).update({ deleteAfter: new Date(Date.now() - 1000).toISOString() })
  expect(await cb.fireTimer('housekeeping')).toEqual({ ok: true, data: { deleted: 1 } })
  expect(await exists(due)).toBe(false)
  expect(await exists(later)).toBe(true)
  const left = (await exportsColl().limit(10).get()).data as ExportFileDoc[]
  expect(left.map((r) => r.fileID)).toEqual([later])

  // A record whose file is already gone is cleared too.
  await cb.sdk.deleteFile({ fileList: [later] })
  await exportsColl().where({ fileID: later }).update({ deleteAfter: new Date(Date.now() - 1000).toISOString() })
  expect(await cb.fireTimer('housekeeping')).toEqual({ ok: true, data: { deleted: 1 } })
  expect((await exportsColl().limit(10).get()).data).toEqual([])
})

test('a signed-in user cannot run housekeeping', async () => {
  const res = await cb.call('housekeeping', {}, crew.admin)
  expect(res.status).toBe(403)
  expect(res.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})

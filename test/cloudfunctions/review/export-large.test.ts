// An export bigger than one database read (CloudBase returns at most 1,000 documents a call): every
// matching application is in the file and in the audit record, not just the first 1,000.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { DREAM_PLAN_COLLECTIONS } from '../../../contracts/dream-plan/documents'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'
import { data, makePolicy, setPolicy } from '../dream-plan/dream-plan-kit'
import { auditLog, callReview, makeCrew, storedApplication, type Crew } from './review-kit'

let cb: TestCloudbase
let crew: Crew
const COUNT = 1_200
beforeAll(async () => {
  cb = await startTestCloudbase()
  await setPolicy(cb, makePolicy('open'))
  crew = await makeCrew(cb)
  // The key the local CloudBase generated for this data directory (what `{{env.DREAM_PLAN_DATA_KEY}}` became).
  const key = Buffer.from(JSON.parse(readFileSync(path.join(cb.dataDir, 'local-secrets.json'), 'utf8')).DREAM_PLAN_DATA_KEY, 'base64')
  const docs = Array.from({ length: COUNT }, (_v, i) => storedApplication(i, key))
  for (let i = 0; i < docs.length; i += 500) await cb.sdk.database().collection(DREAM_PLAN_COLLECTIONS.applications).add(docs.slice(i, i + 500) as never)
}, 60_000)
afterAll(() => cb.stop())

test(`an export of ${COUNT} rows has all ${COUNT}`, async () => {
  const result = data(await callReview(cb, 'export', { filter: {} }, crew.finance))
  expect(result.rows).toBe(COUNT)
  const { fileContent } = await cb.sdk.downloadFile({ fileID: result.fileID })
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(fileContent as unknown as ArrayBuffer)
  expect(book.worksheets[0].actualRowCount - 1).toBe(COUNT)
  const audit = (await auditLog(cb)).filter((d) => d.action === 'export')
  expect(audit[audit.length - 1].detail).toMatchObject({ rows: COUNT })
})

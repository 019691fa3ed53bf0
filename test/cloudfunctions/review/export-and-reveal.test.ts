// The export, opened with exceljs: one row per application the filter matches (the same set the
// queue pages through), card numbers in full for finance and masked for everyone else, and each
// export recorded in the audit log. Revealing a full number returns it only with a reason and
// leaves its audit record; audit records are never updated or removed. Stats count what there is.
import ExcelJS from 'exceljs'
import { maskCardNumber } from '../../../contracts/dream-plan/identity-numbers'
import type { QueueFilter, ReviewRow } from '../../../contracts/dream-plan/review'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'
import { data, makePolicy, setPolicy, YEAR } from '../dream-plan/dream-plan-kit'
import { applyIn, auditLog, callReview, codeOf, inBatches, makeCrew, OTHER_STREET, reach, STREET, type Crew, type StateKey, type Submitted } from './review-kit'

let cb: TestCloudbase
let crew: Crew
/** The applications of this file: several streets and states. */
let apps: (Submitted & { state: StateKey; street: string })[]
beforeAll(async () => {
  cb = await startTestCloudbase()
  await setPolicy(cb, makePolicy('open'))
  crew = await makeCrew(cb)
  const plan: [string, StateKey][] = [
    [STREET, 'submitted'],
    [STREET, 'submitted'],
    [STREET, 'in_review:street'],
    [STREET, 'in_review:street'],
    [STREET, 'in_review:district'],
    [STREET, 'approved'],
    [STREET, 'returned:street'],
    [STREET, 'rejected'],
    [OTHER_STREET, 'submitted'],
    [OTHER_STREET, 'in_review:street'],
    ['莲花', 'in_review:district'],
    ['莲花', 'submitted']
  ]
  apps = await inBatches(plan, 3, async ([street, state]) => {
    const app = await applyIn(cb, street as typeof STREET)
    // Other streets' applications are moved by their own street's reviewer.
    const mover = street === STREET ? crew : { ...crew, street: street === '莲花' ? crew.street2 : crew.otherStreet }
    await reach(cb, mover, app, state)
    return { ...app, state, street }
  })
}, 120_000)
afterAll(() => cb.stop())

/** Every queue row for `filter`, paging through. */
async function queueAll(filter: QueueFilter, openid: string): Promise<ReviewRow[]> {
  const rows: ReviewRow[] = []
  let cursor: string | undefined
  do {
    const page = data(await callReview(cb, 'queue', { filter, limit: 5, ...(cursor ? { cursor } : {}) }, openid))
    rows.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return rows
}

/** The export's first worksheet: header and rows as text. */
async function openExport(fileID: string): Promise<{ header: string[]; rows: string[][] }> {
  const { fileContent } = await cb.sdk.downloadFile({ fileID })
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(fileContent as unknown as ArrayBuffer)
  const sheet = book.worksheets[0]
  const text = (v: ExcelJS.CellValue): string => (v === null || v === undefined ? '' : typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : String(v))
  const all: string[][] = []
  sheet.eachRow((row) => all.push((row.values as ExcelJS.CellValue[]).slice(1).map(text)))
  return { header: all[0] ?? [], rows: all.slice(1) }
}

const FILTERS: [string, QueueFilter][] = [
  ['everything', {}],
  ['STREET in review', { street: STREET, status: ['in_review'] }],
  ['street stage', { status: ['in_review'], stage: 'street' }],
  ['submitted or returned', { status: ['submitted', 'returned'], year: YEAR }]
]

test.each(FILTERS)('the export of %s: the rows the queue gives, card numbers full for finance, masked for reviewers, recorded', async (_label, filter) => {
  for (const who of ['finance', 'district'] as const) {
    const expected = await queueAll(filter, crew[who])
    expect(expected.length).toBeGreaterThan(0)
    const res = await callReview(cb, 'export', { filter }, crew[who])
    expect(res.status).toBe(200)
    const result = data(res)
    expect(result).toMatchObject({ rows: expected.length, fullCardNumbers: who === 'finance', fileName: expect.stringMatching(/\.xlsx$/) })
    expect(result.url).toMatch(/^https?:\/\//)
    const sheet = await openExport(result.fileID)
    expect(sheet.rows).toHaveLength(expected.length)
    // Each row is one application, found by its 申报序号.
    const byNo = new Map(apps.map((a) => [a.applicationNo, a]))
    const found = sheet.rows.map((r) => r.find((cell) => byNo.has(cell.trim())))
    expect([...found].sort()).toEqual(expected.map((r) => r.applicationNo).sort())
    const cardColumn = sheet.header.findIndex((h) => h.includes('银行卡号'))
    expect(cardColumn).toBeGreaterThanOrEqual(0)
    sheet.rows.forEach((r, i) => {
      const app = byNo.get(found[i]!)!
      const card = app.form.bank.cardNumber
      if (who === 'finance') expect(r[cardColumn].replace(/\s/g, '')).toBe(card)
      else {
        expect(r[cardColumn]).toBe(maskCardNumber(card))
        // Nothing in a reviewer's export gives a full number away.
        for (const secret of [card, app.form.personal.idNumber, app.form.personal.mobile]) expect(r.join('|')).not.toContain(secret)
      }
    })
    const audit = (await auditLog(cb)).filter((d) => d.action === 'export' && d.actor.openid === crew[who])
    expect(audit[audit.length - 1]).toMatchObject({ action: 'export', actor: { openid: crew[who], roles: [who === 'finance' ? 'finance' : 'district_reviewer'] }, detail: { rows: expected.length } })
    expect(audit[audit.length - 1].detail.filter).toMatchObject(filter)
  }
})

test('a street reviewer exports their own streets only, with masked cards', async () => {
  const expected = await queueAll({}, crew.street)
  expect(expected.every((r) => r.street === STREET)).toBe(true)
  expect(expected.map((r) => r.id).sort()).toEqual(apps.filter((a) => a.street === STREET).map((a) => a.id).sort())
  const result = data(await callReview(cb, 'export', { filter: {} }, crew.street))
  expect(result).toMatchObject({ rows: expected.length, fullCardNumbers: false })
  const sheet = await openExport(result.fileID)
  expect(sheet.rows).toHaveLength(expected.length)
  const text = JSON.stringify(sheet.rows)
  for (const a of apps) expect(text).not.toContain(a.form.bank.cardNumber)
  for (const a of apps.filter((x) => x.street !== STREET)) expect(text).not.toContain(a.applicationNo)
})

test('queue filters: stage, level, dates, name and the last 4 of the ID number', async () => {
  const inStreet = apps.filter((a) => a.street === STREET)
  const ids = (rows: ReviewRow[]) => rows.map((r) => r.id).sort()
  const pick = (pred: (a: (typeof apps)[number]) => boolean) => apps.filter(pred).map((a) => a.id).sort()
  expect(ids(await queueAll({ status: ['in_review'], stage: 'district' }, crew.district))).toEqual(pick((a) => a.state === 'in_review:district'))
  const level = apps[0].form.education.level
  expect(ids(await queueAll({ level }, crew.street))).toEqual(pick((a) => a.street === STREET && a.form.education.level === level))
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
  expect(ids(await queueAll({ submittedFrom: today, submittedTo: today }, crew.street))).toEqual(inStreet.map((a) => a.id).sort())
  expect(await queueAll({ submittedTo: '2025-01-01' }, crew.street)).toEqual([])
  const someone = inStreet[2]
  expect(ids(await queueAll({ q: someone.form.personal.name }, crew.street))).toEqual(pick((a) => a.street === STREET && a.form.personal.name === someone.form.personal.name))
  const last4 = someone.form.personal.idNumber.slice(-4)
  expect(ids(await queueAll({ q: last4 }, crew.street))).toEqual(pick((a) => a.street === STREET && a.form.personal.idNumber.endsWith(last4)))
  // Oldest first.
  const rows = await queueAll({}, crew.district)
  expect(rows.map((r) => r.submittedAt)).toEqual([...rows.map((r) => r.submittedAt)].sort())
  // Numbers are masked in the queue.
  for (const a of apps) expect(JSON.stringify(rows)).not.toContain(a.form.personal.idNumber)
})

test('reveal returns the full number with a reason, recorded in the audit log by then', async () => {
  const app = apps.find((a) => a.street === STREET && a.state === 'in_review:street')!
  const cases = [
    ['street', 'idNumber', app.form.personal.idNumber, 'street_reviewer'],
    ['district', 'mobile', app.form.personal.mobile, 'district_reviewer'],
    ['finance', 'cardNumber', app.form.bank.cardNumber, 'finance']
  ] as const
  for (const [who, field, value, role] of cases) {
    const reason = `核对${field}以便联系申请人`
    const res = await callReview(cb, 'reveal', { id: app.id, field, reason }, crew[who])
    expect(data(res)).toEqual({ field, value })
    const records = (await auditLog(cb)).filter((d) => d.action === 'reveal' && d.actor.openid === crew[who] && d.target === app.id && d.reason === reason)
    expect(records).toHaveLength(1)
    expect(records[0]).toMatchObject({ action: 'reveal', actor: { openid: crew[who], roles: [role] }, target: app.id, reason, detail: { field } })
    // The record never holds the number itself.
    expect(JSON.stringify(records[0])).not.toContain(value)
  }
  // Without a reason: INVALID_INPUT, nothing revealed, nothing recorded.
  const count = (await auditLog(cb)).length
  for (const reason of [undefined, '', '看']) {
    const res = await callReview(cb, 'reveal', { id: app.id, field: 'idNumber', ...(reason !== undefined ? { reason } : {}) }, crew.district)
    expect({ status: res.status, code: codeOf(res) }).toEqual({ status: 400, code: 'INVALID_INPUT' })
  }
  expect(await auditLog(cb)).toHaveLength(count)
})

test('audit records are never updated or removed by later actions', async () => {
  const app = apps.find((a) => a.state === 'submitted' && a.street === STREET)!
  data(await callReview(cb, 'reveal', { id: app.id, field: 'idNumber', reason: '核对申请人身份信息' }, crew.district))
  data(await callReview(cb, 'export', { filter: {} }, crew.finance))
  const earlier = await auditLog(cb)
  data(await callReview(cb, 'reveal', { id: app.id, field: 'idNumber', reason: '再次核对申请人身份' }, crew.district))
  data(await callReview(cb, 'export', { filter: { street: STREET } }, crew.street))
  data(await callReview(cb, 'queue', {}, crew.district))
  data(await callReview(cb, 'stats', { year: YEAR }, crew.district))
  const later = await auditLog(cb)
  expect(later.length).toBe(earlier.length + 2)
  const byId = new Map(later.map((d) => [d._id, d]))
  for (const d of earlier) expect(byId.get(d._id)).toEqual(d)
})

test('stats count by status and street, against the policy budget; a street reviewer sees their streets', async () => {
  const stats = data(await callReview(cb, 'stats', { year: YEAR }, crew.district))
  const count = (pred: (a: (typeof apps)[number]) => boolean) => apps.filter(pred).length
  expect(stats).toMatchObject({ year: YEAR, budget: 100000, paidAmount: 0 })
  expect(stats.byStatus).toMatchObject({
    submitted: count((a) => a.state === 'submitted'),
    in_review: count((a) => a.state.startsWith('in_review')),
    approved: count((a) => a.state === 'approved'),
    returned: count((a) => a.state.startsWith('returned')),
    rejected: count((a) => a.state === 'rejected'),
    paid: 0
  })
  const street = stats.byStreet.find((s) => s.street === STREET)!
  expect(street).toMatchObject({ total: count((a) => a.street === STREET), approved: count((a) => a.street === STREET && a.state === 'approved'), paid: 0 })
  expect(stats.byMonth.reduce((n, m) => n + m.submitted, 0)).toBe(apps.length)

  const mine = data(await callReview(cb, 'stats', { year: YEAR }, crew.street))
  expect(Object.values(mine.byStatus).reduce((n, v) => n + v, 0)).toBe(count((a) => a.street === STREET))
  expect(mine.byStreet.filter((s) => s.total > 0).map((s) => s.street)).toEqual([STREET])
})

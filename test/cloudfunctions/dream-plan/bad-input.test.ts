// Random and hostile events at every dreamPlan action (fast-check): wrong types, unknown and forged
// fields (openid, userInfo), missing fields, strings up to ~200 KB, <script> in text fields, files of
// the wrong type or size or under another worker's folder, actions in the wrong state. Always a
// 4xx envelope with a Chinese message, never a 500, and the 圆梦计划 collections stay as they were.
import fc from 'fast-check'
import type { DreamPlanActions } from '../../../contracts/dream-plan/actions'
import type { ApplicationForm } from '../../../contracts/dream-plan/application'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'
import { apply, callDreamPlan, dreamPlanPicture, fillDraft, makeForm, makeOpenid, makePolicy, newKey, setPolicy, setStatus, uploadMaterial, YEAR } from './dream-plan-kit'

let cb: TestCloudbase
const OWNER = makeOpenid('owner')
const OTHER = makeOpenid('other')
let form: ApplicationForm
/** OWNER's 2026 application, 退回补正 (so a new submit is ALREADY_APPLIED and withdraw is WRONG_STATE). */
let returnedId: string
/** OWNER's 2025 application, approved (every worker action on it is WRONG_STATE). */
let approvedId: string
/** A real upload under OTHER's folder. */
let othersFile: string
let before: string

beforeAll(async () => {
  cb = await startTestCloudbase()
  await setPolicy(cb, makePolicy('open', { year: YEAR - 1 }))
  approvedId = (await apply(cb, OWNER, await makeForm(cb, OWNER, { year: YEAR - 1 }))).id
  await setStatus(cb, approvedId, 'approved')
  await setPolicy(cb, makePolicy('closed', { year: YEAR - 1 }))
  await setPolicy(cb, makePolicy('open'))
  form = await makeForm(cb, OWNER)
  returnedId = (await apply(cb, OWNER, form)).id
  await setStatus(cb, returnedId, 'returned', { reason: '请补充材料' })
  await fillDraft(cb, OWNER, { personal: form.personal, work: form.work })
  othersFile = (await uploadMaterial(cb, OTHER, 'enrolmentProof')).fileID
  before = await dreamPlanPicture(cb)
}, 60_000)
afterAll(() => cb.stop())

const CHINESE = /[\u4e00-\u9fa5]/
/** Every field name an input has anywhere: a random "unknown" key must not be one of them. */
const KNOWN = new Set(
  'action userInfo section data applicationId year reason templateIds idempotencyKey id kind contentType size name idNumber mobile memberNumber unionOrganisation employer creditCode street workingInFutianSince school major level studyMode enrolledOn expectedGraduation studentNumber bankName accountHolder cardNumber enrolmentProof tuitionReceipt fileID'.split(' ')
)
type Event = Record<string, unknown>
type Path = string[]

/** A 4xx envelope in Chinese, and nothing stored changed. */
async function expectRefused(event: Event, openid: string | undefined): Promise<void> {
  const res = await cb.call('dreamPlan', event, openid)
  if (res.status < 400 || res.status > 499 || res.body.ok || !CHINESE.test(res.body.error.message)) {
    throw new Error(`expected a Chinese 4xx, got ${res.status} ${JSON.stringify(res.body).slice(0, 300)} for ${JSON.stringify(event).slice(0, 300)}`)
  }
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v))
function setAt(obj: Event, path: Path, value: unknown): Event {
  const out = clone(obj)
  let node = out as Record<string, unknown>
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>
  node[path[path.length - 1]] = value
  return out
}
function dropAt(obj: Event, path: Path): Event {
  const out = clone(obj)
  let node = out as Record<string, unknown>
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>
  delete node[path[path.length - 1]]
  return out
}
const get = (obj: Event, path: Path): unknown => path.reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], obj)

/** One action's valid event and the shape of its fields, to break in every way. */
interface Spec {
  name: string
  base: () => Event
  strings: Path[]
  numbers: Path[]
  /** Text a person types (refuses < and >). */
  texts: Path[]
  required: Path[]
  /** Objects that refuse unknown keys. */
  objects: Path[]
}

const p = (s: string): Path => s.split('.')
const section = (name: keyof ApplicationForm, strings: string[], texts: string[], required: string[]): Spec => ({
  name: `saveDraft ${name}`,
  base: () => ({ action: 'saveDraft', section: name, data: clone(form[name]) }),
  strings: [p('section'), ...strings.map((s) => p(`data.${s}`))],
  numbers: [],
  texts: texts.map((s) => p(`data.${s}`)),
  required: [p('section'), p('data'), ...required.map((s) => p(`data.${s}`))],
  objects: [[], p('data')]
})

// Every base is harmless as it stands (a read, or a refusal), except saveDraft and
// recordSubscription, whose every mutation below is invalid.
const SPECS: Spec[] = [
  { name: 'getPolicy', base: () => ({ action: 'getPolicy', year: YEAR }), strings: [], numbers: [p('year')], texts: [], required: [], objects: [[]] },
  { name: 'getIntro', base: () => ({ action: 'getIntro', year: YEAR }), strings: [], numbers: [p('year')], texts: [], required: [], objects: [[]] },
  { name: 'getDraft', base: () => ({ action: 'getDraft', applicationId: approvedId }), strings: [p('applicationId')], numbers: [], texts: [], required: [], objects: [[]] },
  section('personal', ['name', 'idNumber', 'mobile', 'unionOrganisation'], ['name', 'unionOrganisation'], ['name', 'idNumber', 'mobile']),
  section('work', ['employer', 'creditCode', 'street', 'workingInFutianSince'], ['employer'], ['employer', 'creditCode', 'street', 'workingInFutianSince']),
  section('education', ['school', 'major', 'level', 'studyMode', 'enrolledOn', 'expectedGraduation', 'studentNumber'], ['school', 'major', 'studentNumber'], ['school', 'major', 'level', 'studyMode', 'enrolledOn', 'expectedGraduation', 'studentNumber']),
  section('bank', ['bankName', 'accountHolder', 'cardNumber'], ['bankName', 'accountHolder'], ['bankName', 'accountHolder', 'cardNumber']),
  {
    ...section('materials', ['enrolmentProof.name', 'enrolmentProof.contentType', 'tuitionReceipt.name'], ['enrolmentProof.name', 'tuitionReceipt.name'], ['enrolmentProof', 'tuitionReceipt', 'enrolmentProof.fileID', 'tuitionReceipt.size']),
    numbers: [p('data.enrolmentProof.size'), p('data.tuitionReceipt.size')],
    objects: [[], p('data'), p('data.enrolmentProof'), p('data.tuitionReceipt')]
  },
  { name: 'prepareUpload', base: () => ({ action: 'prepareUpload', kind: 'enrolmentProof', contentType: 'image/png', size: 1000, applicationId: approvedId }), strings: [p('kind'), p('contentType')], numbers: [p('size')], texts: [], required: [p('kind'), p('contentType'), p('size')], objects: [[]] },
  { name: 'submit', base: () => ({ action: 'submit', idempotencyKey: newKey() }), strings: [p('idempotencyKey')], numbers: [], texts: [], required: [p('idempotencyKey')], objects: [[]] },
  { name: 'listMine', base: () => ({ action: 'listMine' }), strings: [], numbers: [], texts: [], required: [], objects: [[]] },
  { name: 'getMine', base: () => ({ action: 'getMine', id: approvedId }), strings: [p('id')], numbers: [], texts: [], required: [p('id')], objects: [[]] },
  { name: 'withdraw', base: () => ({ action: 'withdraw', id: returnedId, reason: '不想申请了' }), strings: [p('id'), p('reason')], numbers: [], texts: [p('reason')], required: [p('id')], objects: [[]] },
  { name: 'resubmit', base: () => ({ action: 'resubmit', id: approvedId, idempotencyKey: newKey() }), strings: [p('id'), p('idempotencyKey')], numbers: [], texts: [], required: [p('id'), p('idempotencyKey')], objects: [[]] },
  { name: 'recordSubscription', base: () => ({ action: 'recordSubscription', templateIds: ['tmpl-1'] }), strings: [p('templateIds.0')], numbers: [], texts: [], required: [p('templateIds')], objects: [[]] },
  { name: 'getSubscribeTemplates', base: () => ({ action: 'getSubscribeTemplates' }), strings: [], numbers: [], texts: [], required: [], objects: [[]] }
]

const notString = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }))
const notInteger = fc.oneof(fc.string(), fc.boolean(), fc.constant(null), fc.double({ noNaN: true }).filter((d) => !Number.isInteger(d)), fc.constant([1]), fc.constant({ $gt: 0 }))
const forgedKeys = fc.constantFrom('openid', '_openid', 'OPENID', 'openId', '_id', 'status', 'version', 'applicationNo', 'personKey', 'role', '$set', 'constructor', 'userinfo')
const SCRIPT = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '<svg/onload=alert(1)>']

/** Events that are wrong in at least one way. */
function hostile(spec: Spec): fc.Arbitrary<Event> {
  const options: fc.Arbitrary<Event>[] = [
    // An unknown or forged field, at the top or inside any object.
    fc.tuple(fc.constantFrom(...spec.objects), fc.oneof(forgedKeys, fc.string({ minLength: 1, maxLength: 20 }).filter((k) => /^[A-Za-z]+$/.test(k) && !KNOWN.has(k))), fc.jsonValue()).map(([at, key, value]) =>
      setAt(spec.base(), [...at, key], value)
    )
  ]
  if (spec.strings.length) {
    options.push(fc.tuple(fc.constantFrom(...spec.strings), notString).map(([path, value]) => setAt(spec.base(), path, value)))
    options.push(
      fc.tuple(fc.constantFrom(...spec.strings), fc.integer({ min: 100_000, max: 200_000 }), fc.constantFrom('A', '工', ' 9')).map(([path, n, ch]) => setAt(spec.base(), path, ch.repeat(Math.ceil(n / ch.length))))
    )
  }
  if (spec.numbers.length) options.push(fc.tuple(fc.constantFrom(...spec.numbers), notInteger).map(([path, value]) => setAt(spec.base(), path, value)))
  if (spec.texts.length) {
    options.push(fc.tuple(fc.constantFrom(...spec.texts), fc.constantFrom(...SCRIPT), fc.boolean()).map(([path, s, prepend]) => { const base = spec.base(); return setAt(base, path, prepend ? `${s}${get(base, path)}` : `${get(base, path)}${s}`) }))
  }
  if (spec.required.length) options.push(fc.constantFrom(...spec.required).map((path) => dropAt(spec.base(), path)))
  return fc.oneof(...options)
}

const callers = fc.constantFrom<string | undefined>(OWNER, OTHER, undefined)
const forgedIdentity = fc.option(fc.constantFrom({ userInfo: { openId: OWNER, appId: 'wx-forged' } }, { userInfo: { openId: OTHER } }), { nil: undefined })

describe.each(SPECS.map((s) => [s.name, s] as const))('%s', (_name, spec) => {
  test('hostile events are refused with a Chinese 4xx and change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(hostile(spec), callers, forgedIdentity, async (event, openid, forged) => {
        await expectRefused({ ...event, ...(forged ?? {}) }, openid)
      }),
      { numRuns: 25 }
    )
    expect(await dreamPlanPicture(cb)).toBe(before)
  })
})

describe('materials', () => {
  const file = () => clone(form.materials.enrolmentProof)
  const BAD_FILES: [string, Record<string, unknown>][] = [
    ['another worker’s upload', { fileID: () => othersFile }],
    ['a path outside the convention', { fileID: () => 'cloud://futian-local.local-bucket/avatars/x.png' }],
    ['a traversal', { fileID: () => `cloud://futian-local.local-bucket/dream-plan/${OWNER}/../${OTHER}/${YEAR}/enrolmentProof-aaaaaaaaaaaaaaaa.png` }],
    ['a web URL', { fileID: () => 'https://evil.example/x.png' }],
    ['another year’s folder', { fileID: () => form.materials.enrolmentProof.fileID.replace(`/${YEAR}/`, `/${YEAR - 1}/`) }],
    ['a gif', { contentType: () => 'image/gif' }],
    ['html', { contentType: () => 'text/html' }],
    ['an executable', { contentType: () => 'application/x-msdownload' }],
    ['an empty file', { size: () => 0 }],
    ['a negative size', { size: () => -5 }],
    ['11 MB', { size: () => 11 * 1024 * 1024 }],
    ['a fractional size', { size: () => 1.5 }]
  ]
  test.each(BAD_FILES)('%s is refused with a Chinese 400 and changes nothing', async (_label, change) => {
    const bad = { ...file(), ...Object.fromEntries(Object.entries(change).map(([k, f]) => [k, (f as () => unknown)()])) }
    for (const openid of [OWNER, OTHER]) {
      const res = await callDreamPlan(cb, 'saveDraft', { section: 'materials', data: { enrolmentProof: bad, tuitionReceipt: form.materials.tuitionReceipt } }, openid)
      expect(res.status).toBe(400)
      expect(res.body).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^(INVALID_INPUT|FILE_NOT_FOUND)$/), message: expect.stringMatching(CHINESE) } })
    }
    expect(await dreamPlanPicture(cb)).toBe(before)
  })
})

describe('actions in the wrong state', () => {
  const CASES: [string, () => [keyof DreamPlanActions, Event]][] = [
    ['withdraw a returned application', () => ['withdraw', { id: returnedId }]],
    ['withdraw an approved one', () => ['withdraw', { id: approvedId }]],
    ['resubmit an approved one', () => ['resubmit', { id: approvedId, idempotencyKey: newKey() }]],
    ['amend an approved one', () => ['saveDraft', { section: 'work', data: form.work, applicationId: approvedId }]],
    ['upload for an approved one', () => ['prepareUpload', { kind: 'enrolmentProof', contentType: 'image/png', size: 10, applicationId: approvedId }]],
    ['submit again in the same year', () => ['submit', { idempotencyKey: newKey() }]]
  ]
  test.each(CASES)('%s is a Chinese 409 and changes nothing', async (_label, make) => {
    const [action, input] = make()
    const res = await callDreamPlan(cb, action, input, OWNER)
    expect(res.status).toBe(409)
    expect(res.body).toMatchObject({ ok: false, error: { message: expect.stringMatching(CHINESE) } })
    expect(await dreamPlanPicture(cb)).toBe(before)
  })
})

test('random events at random actions are never a 500 and change nothing', async () => {
  const actions = SPECS.map((s) => s.base().action as string)
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(fc.constantFrom(...actions), fc.string({ maxLength: 30 }), fc.jsonValue()),
      fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !KNOWN.has(k) && k !== '__proto__'), fc.jsonValue({ maxDepth: 3 }), { minKeys: 1, maxKeys: 4 }),
      callers,
      async (action, fields, openid) => {
        await expectRefused({ ...fields, action }, openid)
      }
    ),
    { numRuns: 60 }
  )
  expect(await dreamPlanPicture(cb)).toBe(before)
})

// Personal numbers at rest and on the wire: the ID, mobile and card numbers are stored only sealed
// (with the function's key, which opens them and which another key does not), appear in no stored
// document and in no response but the owner's own draft, are masked everywhere else, and are never
// logged. Without a usable key every action but getPolicy and getIntro (which read nothing sealed) answers INTERNAL.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { fieldCrypto, SealError } from '../../../cloudfunctions/_shared/field-crypto'
import type { DreamPlanActions } from '../../../contracts/dream-plan/actions'
import type { ApplicationForm } from '../../../contracts/dream-plan/application'
import { maskCardNumber, maskIdNumber, maskMobile } from '../../../contracts/dream-plan/identity-numbers'
import { CLOUDBASERC } from '../../../scripts/paths'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'
import { eventually } from '../../helpers/eventually'
import { callDreamPlan, data, documents, dreamPlanPicture, fillDraft, makeForm, makeIdNumber, makeOpenid, makePolicy, newKey, setPolicy, setStatus } from './dream-plan-kit'

let cb: TestCloudbase
/** What the server and the function instances log (instances' console output is piped to this process's stderr). */
const logged: string[] = []
const realWrite = process.stderr.write.bind(process.stderr)
beforeAll(async () => {
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    logged.push(String(chunk))
    // The expected key errors of the tests below would only be noise in the test output.
    if (String(chunk).startsWith('[dreamPlan] DataKeyError')) return true
    return (realWrite as (...a: unknown[]) => boolean)(chunk, ...rest)
  }) as typeof process.stderr.write
  cb = await startTestCloudbase({ log: (line) => logged.push(line) })
})
afterAll(async () => {
  await cb.stop()
  process.stderr.write = realWrite
})
beforeEach(async () => {
  await cb.reset()
  await setPolicy(cb, makePolicy('open'))
})

const secretsOf = (form: ApplicationForm) => [form.personal.idNumber, form.personal.mobile, form.bank.cardNumber]

/** Everything in the 圆梦计划 collections, as one text. */
const storedText = () => dreamPlanPicture(cb)

/** The key the local CloudBase generated for this data directory (what `{{env.DREAM_PLAN_DATA_KEY}}` became). */
const localKey = () => Buffer.from(JSON.parse(readFileSync(path.join(cb.dataDir, 'local-secrets.json'), 'utf8')).DREAM_PLAN_DATA_KEY, 'base64')

test('through a whole flow, the numbers are never stored in clear and reach only their owner’s draft', async () => {
  const worker = makeOpenid()
  const form = await makeForm(cb, worker)
  const secrets = secretsOf(form)
  const replies: [string, unknown][] = []
  const call = async <A extends keyof DreamPlanActions>(action: A, input: Record<string, unknown>) => {
    const res = await callDreamPlan(cb, action, input, worker)
    replies.push([action, res.body])
    return res
  }

  await call('saveDraft', { section: 'personal', data: form.personal })
  await call('saveDraft', { section: 'bank', data: form.bank })
  // The draft at rest: sealed.
  const draftText = await storedText()
  for (const s of secrets) expect(draftText).not.toContain(s)
  // The owner's own draft: in clear, to edit.
  const draft = data(await call('getDraft', {}))!
  expect(draft.sections.personal).toEqual(form.personal)
  expect(draft.sections.bank).toEqual(form.bank)

  await call('saveDraft', { section: 'work', data: form.work })
  await call('saveDraft', { section: 'education', data: form.education })
  await call('saveDraft', { section: 'materials', data: form.materials })
  const app = data(await call('submit', { idempotencyKey: newKey() }))
  await call('listMine', {})
  await call('getMine', { id: app.id })
  await setStatus(cb, app.id, 'returned', { reason: '请补充材料' })
  await call('getDraft', { applicationId: app.id })
  await call('saveDraft', { section: 'bank', data: form.bank, applicationId: app.id })
  await call('resubmit', { id: app.id, idempotencyKey: newKey() })
  await call('withdraw', { id: app.id })
  await call('recordSubscription', { templateIds: ['tmpl-1'] })

  const text = await storedText()
  for (const s of secrets) expect(text).not.toContain(s)
  for (const [action, body] of replies) {
    const owned = action === 'getDraft' || action === 'saveDraft'
    if (!owned) for (const s of secrets) expect(JSON.stringify(body)).not.toContain(s)
  }
  // Masks, as the app shows them.
  expect(app.personal.idNumberMasked).toBe(`${form.personal.idNumber.slice(0, 4)}**********${form.personal.idNumber.slice(-4)}`)
  expect(app.personal.mobileMasked).toBe(`${form.personal.mobile.slice(0, 3)}****${form.personal.mobile.slice(7)}`)
  expect(app.bank.cardNumberMasked).toBe(`**** **** **** ${form.bank.cardNumber.slice(-4)}`)
  expect([app.personal.idNumberMasked, app.personal.mobileMasked, app.bank.cardNumberMasked]).toEqual([
    maskIdNumber(form.personal.idNumber),
    maskMobile(form.personal.mobile),
    maskCardNumber(form.bank.cardNumber)
  ])
  // Nothing personal in the function's logs.
  for (const s of [...secrets, form.personal.name]) expect(logged.join('\n')).not.toContain(s)
})

test('the stored values open with the function’s key, and with no other', async () => {
  const worker = makeOpenid()
  const form = await makeForm(cb, worker)
  await fillDraft(cb, worker, form)
  data(await callDreamPlan(cb, 'submit', { idempotencyKey: newKey() }, worker))
  const [doc] = await documents(cb, 'applications')
  const right = fieldCrypto(localKey())
  expect(right.open(doc.personal.idNumberSealed, 'idNumber')).toBe(form.personal.idNumber)
  expect(right.open(doc.personal.mobileSealed, 'mobile')).toBe(form.personal.mobile)
  expect(right.open(doc.bank.cardNumberSealed, 'cardNumber')).toBe(form.bank.cardNumber)
  expect(doc.idNumberHash).toBe(right.keyedHash(form.personal.idNumber, 'idNumber'))
  expect(doc.personKey).toBe(`once:${doc.idNumberHash}`)
  const wrong = fieldCrypto(randomBytes(32))
  expect(() => wrong.open(doc.personal.idNumberSealed, 'idNumber')).toThrow(SealError)
  expect(wrong.keyedHash(form.personal.idNumber, 'idNumber')).not.toBe(doc.idNumberHash)
})

test('an invalid ID number in a saved section is refused without being echoed back', async () => {
  const worker = makeOpenid()
  const form = await makeForm(cb, worker)
  const id = makeIdNumber()
  const bad = id.slice(0, 17) + (id[17] === '0' ? '1' : '0')
  const res = await callDreamPlan(cb, 'saveDraft', { section: 'personal', data: { ...form.personal, idNumber: bad } }, worker)
  expect(res.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { 'data.idNumber': '身份证号校验位不正确，请核对' } } })
  expect(res.status).toBe(400)
  expect(JSON.stringify(res.body)).not.toContain(bad)
})

describe('without a usable key', () => {
  const variants: [string, Record<string, string> | undefined][] = [
    ['missing', undefined],
    ['malformed', { DREAM_PLAN_DATA_KEY: 'not-a-base64-key' }],
    ['too short', { DREAM_PLAN_DATA_KEY: randomBytes(16).toString('base64') }]
  ]
  test.each(variants)('%s: every action but getPolicy and getIntro is INTERNAL, nothing is written and nothing is logged in clear', async (_label, envVariables) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'futian-rc-'))
    const rc = JSON.parse(readFileSync(CLOUDBASERC, 'utf8'))
    for (const fn of rc.functions) if (fn.name === 'dreamPlan') fn.envVariables = envVariables
    if (!envVariables) for (const fn of rc.functions) if (fn.name === 'dreamPlan') delete fn.envVariables
    writeFileSync(path.join(dir, 'cloudbaserc.json'), JSON.stringify(rc))
    const from = logged.length
    const broken = await startTestCloudbase({ cloudbaserc: path.join(dir, 'cloudbaserc.json'), log: (l) => logged.push(l) })
    try {
      await setPolicy(broken, makePolicy('open'))
      const worker = makeOpenid()
      const form = await makeForm(broken, worker)
      const before = await dreamPlanPicture(broken)
      expect(data(await callDreamPlan(broken, 'getPolicy', {}, worker)).isOpen).toBe(true)
      expect(data(await callDreamPlan(broken, 'getIntro', {}, worker)).standing).toEqual({ applied: null, hasDraft: false })
      const calls: [keyof DreamPlanActions, Record<string, unknown>][] = [
        ['getDraft', {}],
        ['saveDraft', { section: 'personal', data: form.personal }],
        ['saveDraft', { section: 'bank', data: form.bank }],
        ['prepareUpload', { kind: 'enrolmentProof', contentType: 'image/png', size: 10 }],
        ['submit', { idempotencyKey: newKey() }],
        ['listMine', {}],
        ['getMine', { id: 'abc' }],
        ['withdraw', { id: 'abc' }],
        ['resubmit', { id: 'abc', idempotencyKey: newKey() }],
        ['recordSubscription', { templateIds: ['t1'] }]
      ]
      for (const [action, input] of calls) {
        const res = await callDreamPlan(broken, action, input, worker)
        expect([action, res.status, res.body]).toEqual([action, 500, { ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } }])
      }
      expect(await dreamPlanPicture(broken)).toBe(before)
      // The log says what is wrong with the deployment, and nothing about the worker.
      await eventually(() => logged.slice(from).join('\n')).toContain('DataKeyError: DREAM_PLAN_DATA_KEY')
      const lines = logged.slice(from).join('\n')
      for (const s of [...secretsOf(form), form.personal.name]) expect(lines).not.toContain(s)
    } finally {
      await broken.stop()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

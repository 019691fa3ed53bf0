// Who may do what: every action as an anonymous caller, as another worker and as the owner. Only
// getPolicy and getIntro (with the caller's own standing) answer anyone; another worker never
// reaches the owner's drafts or applications (their ids are "not found") and never changes them;
// identity comes from the platform, never the event.
import { suiteCloudbase } from '../../helpers/suite-cloudbase'
import type { DreamPlanActions } from '../../../contracts/dream-plan/actions'
import type { ApplicationForm } from '../../../contracts/dream-plan/application'
import { apply, callDreamPlan, data, documents, fillDraft, makeForm, makeOpenid, makePolicy, newKey, setPolicy, setStatus } from './dream-plan-kit'

const cb = suiteCloudbase({ reset: 'once' })

const OWNER = makeOpenid('owner')
const OTHER = makeOpenid('other')

/** What the owner has before the call: a draft only, a submitted application, or a returned one. */
type Setup = 'draft' | 'submitted' | 'returned'
interface World {
  form: ApplicationForm
  appId: string
}

async function prepare(setup: Setup): Promise<World> {
  await cb.reset()
  await setPolicy(cb, makePolicy('open'))
  const form = await makeForm(cb, OWNER)
  if (setup === 'draft') {
    await fillDraft(cb, OWNER, form)
    return { form, appId: 'no-application' }
  }
  const app = await apply(cb, OWNER, form)
  if (setup === 'returned') await setStatus(cb, app.id, 'returned', { reason: '请补充材料' })
  return { form, appId: app.id }
}

type Row = [action: keyof DreamPlanActions, setup: Setup, input: (w: World) => Record<string, unknown>, anonymous: number, another: number, owner: number]

// prettier-ignore
const MATRIX: Row[] = [
  //  action                 owner has     input                                                                          anon another owner
  ['getPolicy',            'draft',     () => ({}),                                                                         200, 200, 200],
  ['getIntro',             'submitted', () => ({}),                                                                         200, 200, 200],
  ['getDraft',             'draft',     () => ({}),                                                                         401, 200, 200],
  ['getDraft',             'returned',  (w) => ({ applicationId: w.appId }),                                                401, 404, 200],
  ['saveDraft',            'draft',     (w) => ({ section: 'work', data: w.form.work }),                                    401, 200, 200],
  ['saveDraft',            'returned',  (w) => ({ section: 'work', data: w.form.work, applicationId: w.appId }),            401, 404, 200],
  ['prepareUpload',        'draft',     () => ({ kind: 'tuitionReceipt', contentType: 'application/pdf', size: 2048 }),    401, 200, 200],
  ['prepareUpload',        'returned',  (w) => ({ kind: 'tuitionReceipt', contentType: 'application/pdf', size: 2048, applicationId: w.appId }), 401, 404, 200],
  ['submit',               'draft',     () => ({ idempotencyKey: newKey() }),                                               401, 400, 200],
  ['listMine',             'submitted', () => ({}),                                                                         401, 200, 200],
  ['getMine',              'submitted', (w) => ({ id: w.appId }),                                                           401, 404, 200],
  ['withdraw',             'submitted', (w) => ({ id: w.appId }),                                                           401, 404, 200],
  ['resubmit',             'returned',  (w) => ({ id: w.appId, idempotencyKey: newKey() }),                                 401, 404, 200],
  ['recordSubscription',   'submitted', () => ({ templateIds: ['tmpl-status-update'] }),                                   401, 200, 200],
  ['getSubscribeTemplates', 'draft',    () => ({}),                                                                         401, 200, 200]
]

const CALLERS = [
  ['anonymous', undefined, 3],
  ['another worker', OTHER, 4],
  ['the owner', OWNER, 5]
] as const

const cases = MATRIX.flatMap((row) => CALLERS.map(([who, openid, col]) => [row[0], row[1], who, row[col] as number, openid, row[2]] as const))

/** The owner's documents (their drafts and applications), to prove other callers changed none. */
async function ownersState(): Promise<string> {
  const [drafts, apps] = await Promise.all([documents(cb, 'drafts'), documents(cb, 'applications')])
  return JSON.stringify([drafts.filter((d) => d.openid === OWNER), apps.filter((a) => a.openid === OWNER)])
}

test.each(cases)('%s (owner has: %s) as %s → %s', async (action, setup, _who, expected, openid, input) => {
  const world = await prepare(setup)
  const before = await ownersState()
  const res = await callDreamPlan(cb, action, input(world), openid)
  expect(res.status).toBe(expected)
  if (expected === 401) expect(res.body).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请在微信中打开并登录后再试' } })
  if (expected === 404) expect(res.body).toMatchObject({ ok: false, error: { code: 'APPLICATION_NOT_FOUND', message: '申请不存在' } })
  if (openid !== OWNER) {
    expect(await ownersState()).toBe(before)
    // Nothing of the owner's reaches anyone else.
    const text = JSON.stringify(res.body)
    for (const secret of [world.form.personal.name, world.form.personal.idNumber, world.appId, OWNER]) expect(text).not.toContain(secret)
  }
})

test('another worker’s listMine and getDraft show only their own (nothing)', async () => {
  await prepare('submitted')
  expect(data(await callDreamPlan(cb, 'listMine', {}, OTHER)).items).toEqual([])
  expect(data(await callDreamPlan(cb, 'getDraft', {}, OTHER))).toBeNull()
  expect(data(await callDreamPlan(cb, 'listMine', {}, OWNER)).items).toHaveLength(1)
})

test('an upload path is always under the caller’s own folder', async () => {
  await prepare('draft')
  const { cloudPath } = data(await callDreamPlan(cb, 'prepareUpload', { kind: 'enrolmentProof', contentType: 'image/png', size: 10 }, OTHER))
  expect(cloudPath).toMatch(new RegExp(`^dream-plan/${OTHER}/2026/enrolmentProof-[0-9a-f]{24}\\.png$`))
})

test('another worker cannot attach the owner’s uploaded files: they are "not found"', async () => {
  const world = await prepare('draft')
  const res = await callDreamPlan(cb, 'saveDraft', { section: 'materials', data: world.form.materials }, OTHER)
  expect(res).toMatchObject({ status: 400, body: { ok: false, error: { code: 'FILE_NOT_FOUND', fields: { 'materials.enrolmentProof.fileID': '文件不存在，请重新上传' } } } })
})

test('an openid or userInfo in the event changes nothing: identity comes from the platform only', async () => {
  const world = await prepare('submitted')
  // Anonymous with a forged userInfo: still anonymous.
  expect((await cb.call('dreamPlan', { action: 'getMine', id: world.appId, userInfo: { openId: OWNER, appId: 'wx' } })).status).toBe(401)
  // Another worker with a forged userInfo: still themselves.
  const forged = await cb.call('dreamPlan', { action: 'getMine', id: world.appId, userInfo: { openId: OWNER } }, OTHER)
  expect(forged.status).toBe(404)
  const list = await cb.call<{ items: unknown[] }>('dreamPlan', { action: 'listMine', userInfo: { openId: OWNER } }, OTHER)
  expect(data(list).items).toEqual([])
  // An `openid` field is not input at all.
  const withOpenid = await cb.call('dreamPlan', { action: 'withdraw', id: world.appId, openid: OWNER }, OTHER)
  expect(withOpenid).toMatchObject({ status: 400, body: { ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('不支持的字段') } } })
  expect((await documents(cb, 'applications'))[0].status).toBe('submitted')
})

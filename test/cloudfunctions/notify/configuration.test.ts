// notify's configuration: the template id from cloudbaserc.json (locally the stand-in's template),
// notices skipped while no template is configured, and the ledger's document id shared with dreamPlan.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readFunctionConfigs } from '../../../local-cloudbase/functions/function-config'
import { CLOUDBASERC } from '../../../scripts/paths'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'
import { application, insertApplication, notice, runNotify, setOurGrants, TEMPLATE } from './notify-kit'

test('{{env.DREAM_PLAN_TEMPLATE_ID}} resolves locally to the stand-in template, not a generated secret', () => {
  const saved = process.env.DREAM_PLAN_TEMPLATE_ID
  delete process.env.DREAM_PLAN_TEMPLATE_ID
  try {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'futian-notify-rc-'))
    const configs = readFunctionConfigs(CLOUDBASERC, dir)
    expect(configs.get('notify')?.envVariables.DREAM_PLAN_TEMPLATE_ID).toBe(TEMPLATE)
    expect(configs.get('notify')?.triggers).toEqual([{ name: 'every-minute', config: '0 * * * * * *' }])
    expect(readFileSync(path.join(dir, 'local-secrets.json'), { encoding: 'utf8', flag: 'a+' })).not.toContain('DREAM_PLAN_TEMPLATE_ID')
  } finally {
    if (saved !== undefined) process.env.DREAM_PLAN_TEMPLATE_ID = saved
  }
})

describe('with the grant the worker recorded in the app', () => {
  let cb: TestCloudbase
  beforeAll(async () => {
    cb = await startTestCloudbase()
  })
  afterAll(async () => {
    await cb.stop()
  })

  test('a grant recorded through dreamPlan.recordSubscription is the one notify uses, once', async () => {
    const openid = 'worker-recorded-grant'
    const recorded = await cb.call('dreamPlan', { action: 'recordSubscription', templateIds: [TEMPLATE] }, openid)
    expect(recorded.body).toEqual({ ok: true, data: { recorded: 1 } })
    await cb.grant(openid, TEMPLATE, 1)
    const id = await insertApplication(cb, openid, (appId) => [notice(appId, 0), notice(appId, 1)])
    const summary = await runNotify(cb)
    // One grant, two notices: the first is sent, the second finds no grant left in the ledger.
    expect(summary).toMatchObject({ sent: 1, skipped: 1 })
    expect((await cb.messages()).filter((m) => m.touser === openid)).toHaveLength(1)
    expect((await application(cb, id)).notices?.map((n) => n.state)).toEqual(['sent', 'skipped'])
  })
})

describe('without a template id', () => {
  let cb: TestCloudbase
  beforeAll(async () => {
    const rc = path.join(mkdtempSync(path.join(os.tmpdir(), 'futian-notify-rc-')), 'cloudbaserc.json')
    const declared = JSON.parse(readFileSync(CLOUDBASERC, 'utf8')) as { functions: { name: string; envVariables?: Record<string, string> }[] }
    const notify = declared.functions.find((f) => f.name === 'notify')!
    writeFileSync(rc, JSON.stringify({ functions: [{ ...notify, envVariables: { DREAM_PLAN_TEMPLATE_ID: '' } }] }))
    cb = await startTestCloudbase({ cloudbaserc: rc })
  })
  afterAll(() => cb.stop())

  test('notices are skipped as no-template and nothing is sent', async () => {
    const id = await insertApplication(cb, 'worker-a', (appId) => [notice(appId, 0)])
    await setOurGrants(cb, 'worker-a', 1)
    await cb.grant('worker-a', TEMPLATE, 1)
    expect(await runNotify(cb)).toMatchObject({ sent: 0, skipped: 1 })
    const doc = await application(cb, id)
    expect(doc.notices![0]).toMatchObject({ state: 'skipped', outcome: 'no-template' })
    expect(doc.noticesPending).toBe(0)
    expect(await cb.messages()).toEqual([])
  })
})

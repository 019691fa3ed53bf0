// The notify function, run by its timer trigger against the local CloudBase and the WeChat
// stand-in: each pending notice is sent at most once (also with two runs at the same time), only
// with a grant in both ledgers, transient failures retried, and outcomes recorded on the notice.
import { suiteCloudbase } from '../../helpers/suite-cloudbase'
import { application, insertApplication, notice, ourGrants, runNotify, setOurGrants, TEMPLATE } from './notify-kit'

const cb = suiteCloudbase({ reset: 'each' })

test('two runs at once send each notice exactly once', async () => {
  const apps: string[] = []
  for (const [openid, count] of [['worker-a', 3], ['worker-b', 3], ['worker-c', 2]] as const) {
    apps.push(await insertApplication(cb, openid, (id) => Array.from({ length: count }, (_v, i) => notice(id, i))))
    await setOurGrants(cb, openid, count + 1)
    await cb.grant(openid, TEMPLATE, count + 1)
  }
  const [first, second] = await Promise.all([runNotify(cb), runNotify(cb)])
  expect(first.sent + second.sent).toBe(8)
  expect(first.failed + second.failed + first.skipped + second.skipped + first.retried + second.retried).toBe(0)

  const messages = await cb.messages()
  const keys = messages.map((m) => `${m.page}|${m.data.time4.value}`)
  expect(messages).toHaveLength(8)
  expect(new Set(keys).size).toBe(8)
  for (const id of apps) {
    const doc = await application(cb, id)
    expect(doc.noticesPending).toBe(0)
    for (const n of doc.notices!) {
      expect(n).toMatchObject({ state: 'sent', errcode: 0 })
      expect(n.sentAt).toEqual(expect.any(String))
      expect(n).not.toHaveProperty('leaseUntil')
    }
  }
  // One grant used per message, in both ledgers.
  expect(await ourGrants(cb, 'worker-a')).toBe(1)
  expect(await ourGrants(cb, 'worker-c')).toBe(1)
  // A later run finds nothing to do.
  expect(await runNotify(cb)).toEqual({ sent: 0, skipped: 0, failed: 0, retried: 0, interrupted: 0 })
  expect(await cb.messages()).toHaveLength(8)
})

test('the message: status in Chinese, the reason cut to 20 characters, Beijing time, the detail page', async () => {
  const reason = '材料不全：请补充学信网学籍在线验证报告以及劳动合同首页'
  const id = await insertApplication(cb, 'worker-a', (appId) => [
    notice(appId, 0, { status: 'returned', stage: undefined, reason, at: '2026-11-25T06:30:00.000Z' }),
    notice(appId, 1, { status: 'in_review', stage: 'district', at: '2026-11-25T16:05:00.000Z' }),
    notice(appId, 2, { status: 'approved', stage: undefined, at: '2026-11-26T01:00:00.000Z' })
  ])
  await setOurGrants(cb, 'worker-a', 3)
  await cb.grant('worker-a', TEMPLATE, 3)
  expect((await runNotify(cb)).sent).toBe(3)
  const messages = await cb.messages()
  expect(messages.map((m) => m.data)).toEqual([
    { thing1: { value: '圆梦计划助学补贴' }, phrase2: { value: '退回补正' }, thing3: { value: [...reason].slice(0, 19).join('') + '…' }, time4: { value: '2026-11-25 14:30' } },
    { thing1: { value: '圆梦计划助学补贴' }, phrase2: { value: '审核中' }, thing3: { value: '审核阶段 区总复审' }, time4: { value: '2026-11-26 00:05' } },
    { thing1: { value: '圆梦计划助学补贴' }, phrase2: { value: '已通过' }, thing3: { value: '请进入小程序查看' }, time4: { value: '2026-11-26 09:00' } }
  ])
  expect(messages.every((m) => m.touser === 'worker-a' && m.template_id === TEMPLATE && m.page === `packages/dream-plan/pages/detail/index?id=${id}`)).toBe(true)
})

test('43101: our ledger has a grant but WeChat has none → skipped, and our count is corrected', async () => {
  const id = await insertApplication(cb, 'worker-a', (appId) => [notice(appId, 0)])
  await setOurGrants(cb, 'worker-a', 2)
  expect(await runNotify(cb)).toMatchObject({ sent: 0, skipped: 1 })
  const doc = await application(cb, id)
  expect(doc.notices![0]).toMatchObject({ state: 'skipped', errcode: 43101 })
  expect(doc.noticesPending).toBe(0)
  expect(await cb.messages()).toEqual([])
  expect(await ourGrants(cb, 'worker-a')).toBe(0)
})

test('no grant in our ledger → skipped without asking WeChat', async () => {
  const id = await insertApplication(cb, 'worker-a', (appId) => [notice(appId, 0)])
  await cb.grant('worker-a', TEMPLATE, 1)
  expect(await runNotify(cb)).toMatchObject({ sent: 0, skipped: 1 })
  expect((await application(cb, id)).notices![0]).toMatchObject({ state: 'skipped', outcome: 'no-grant' })
  expect(await cb.messages()).toEqual([])
  // WeChat's grant is untouched: nothing was sent.
  const res = await fetch(`${cb.url}/__local/wechat/grants/worker-a`)
  expect(await res.json()).toMatchObject({ grants: { [TEMPLATE]: 1 } })
})

test('a transient failure (-1 twice) is retried within the run and sent once', async () => {
  const id = await insertApplication(cb, 'worker-a', (appId) => [notice(appId, 0)])
  await setOurGrants(cb, 'worker-a', 1)
  await cb.grant('worker-a', TEMPLATE, 1)
  await cb.injectFault(-1, 2)
  expect(await runNotify(cb)).toMatchObject({ sent: 1, retried: 0, failed: 0 })
  expect(await cb.messages()).toHaveLength(1)
  expect((await application(cb, id)).notices![0]).toMatchObject({ state: 'sent' })
})

test('a dropped connection is retried too', async () => {
  await insertApplication(cb, 'worker-a', (appId) => [notice(appId, 0)])
  await setOurGrants(cb, 'worker-a', 1)
  await cb.grant('worker-a', TEMPLATE, 1)
  await cb.injectFault('drop', 1)
  expect(await runNotify(cb)).toMatchObject({ sent: 1 })
  expect(await cb.messages()).toHaveLength(1)
})

test('failures through the whole run put the notice back for later, with a backoff', async () => {
  const id = await insertApplication(cb, 'worker-a', (appId) => [notice(appId, 0)])
  await setOurGrants(cb, 'worker-a', 1)
  await cb.grant('worker-a', TEMPLATE, 1)
  await cb.injectFault(45011, 3)
  const started = Date.now()
  expect(await runNotify(cb)).toMatchObject({ sent: 0, retried: 1 })
  const doc = await application(cb, id)
  expect(doc.noticesPending).toBe(1)
  expect(doc.notices![0]).toMatchObject({ state: 'pending', attempts: 1, errcode: 45011 })
  expect(Date.parse(doc.notices![0].nextAttemptAt!)).toBeGreaterThanOrEqual(started + 60_000)
  // Not due yet: the next run leaves it alone.
  expect(await runNotify(cb)).toEqual({ sent: 0, skipped: 0, failed: 0, retried: 0, interrupted: 0 })
  expect(await cb.messages()).toEqual([])
})

test('a due notice on its fifth failing run is given up', async () => {
  const id = await insertApplication(cb, 'worker-a', (appId) => [notice(appId, 0, { attempts: 4, nextAttemptAt: '2026-01-01T00:00:00.000Z', errcode: -1 })])
  await setOurGrants(cb, 'worker-a', 1)
  await cb.grant('worker-a', TEMPLATE, 1)
  await cb.injectFault(-1, 3)
  expect(await runNotify(cb)).toMatchObject({ failed: 1 })
  const doc = await application(cb, id)
  expect(doc.notices![0]).toMatchObject({ state: 'failed', attempts: 5, errcode: -1, outcome: 'gave-up' })
  expect(doc.noticesPending).toBe(0)
})

test('errcodes that will not change (40003 here) fail the notice at once', async () => {
  const id = await insertApplication(cb, 'not an openid!', (appId) => [notice(appId, 0)])
  await setOurGrants(cb, 'not an openid!', 1)
  expect(await runNotify(cb)).toMatchObject({ failed: 1 })
  expect((await application(cb, id)).notices![0]).toMatchObject({ state: 'failed', errcode: 40003, outcome: 'rejected' })
  expect(await ourGrants(cb, 'not an openid!')).toBe(1)
})

test('a claim past its lease is closed as interrupted and never resent; a live claim is left alone', async () => {
  const expired = await insertApplication(cb, 'worker-a', (appId) => [notice(appId, 0, { state: 'sending', leaseUntil: '2026-01-01T00:00:00.000Z' })])
  const live = await insertApplication(cb, 'worker-b', (appId) => [notice(appId, 0, { state: 'sending', leaseUntil: '2999-01-01T00:00:00.000Z' })])
  for (const openid of ['worker-a', 'worker-b']) {
    await setOurGrants(cb, openid, 1)
    await cb.grant(openid, TEMPLATE, 1)
  }
  expect(await runNotify(cb)).toEqual({ sent: 0, skipped: 0, failed: 0, retried: 0, interrupted: 1 })
  const doc = await application(cb, expired)
  expect(doc.notices![0]).toMatchObject({ state: 'failed', outcome: 'interrupted' })
  expect(doc.notices![0]).not.toHaveProperty('leaseUntil')
  expect(doc.noticesPending).toBe(0)
  expect((await application(cb, live)).notices![0]).toMatchObject({ state: 'sending' })
  expect(await cb.messages()).toEqual([])
})

test('finished notices are left as they are; only pending ones are sent', async () => {
  const id = await insertApplication(cb, 'worker-a', (appId) => [
    notice(appId, 0, { state: 'sent', sentAt: '2026-11-25T00:00:00.000Z' }),
    notice(appId, 1, { state: 'skipped', outcome: 'no-grant' }),
    notice(appId, 2)
  ])
  await setOurGrants(cb, 'worker-a', 5)
  await cb.grant('worker-a', TEMPLATE, 5)
  expect(await runNotify(cb)).toMatchObject({ sent: 1 })
  expect((await application(cb, id)).notices!.map((n) => n.state)).toEqual(['sent', 'skipped', 'sent'])
  expect(await cb.messages()).toHaveLength(1)
})

test('more than a page of applications: all are sent', async () => {
  for (let i = 0; i < 101; i++) await insertApplication(cb, `worker-${i}`, (appId) => [notice(appId, 0)])
  // Grants for all but the last: those are skipped, proving the second page was read too.
  for (let i = 0; i < 101; i++) {
    await setOurGrants(cb, `worker-${i}`, i < 100 ? 1 : 0)
    await cb.grant(`worker-${i}`, TEMPLATE, 1)
  }
  expect(await runNotify(cb)).toMatchObject({ sent: 100, skipped: 1 })
  expect(await cb.messages()).toHaveLength(100)
})

test('a signed-in user calling notify through the gateway is refused', async () => {
  await insertApplication(cb, 'worker-a', (appId) => [notice(appId, 0)])
  await setOurGrants(cb, 'worker-a', 1)
  await cb.grant('worker-a', TEMPLATE, 1)
  const res = await cb.call('notify', {}, 'worker-a')
  expect(res.status).toBe(403)
  expect(res.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(await cb.messages()).toEqual([])
})

test('a notice written without attempts is still claimed and sent once', async () => {
  const id = await insertApplication(cb, 'worker-a', (appId) => {
    const { attempts: _attempts, ...rest } = notice(appId, 0)
    return [rest as ReturnType<typeof notice>]
  })
  await setOurGrants(cb, 'worker-a', 1)
  await cb.grant('worker-a', TEMPLATE, 1)
  expect(await runNotify(cb)).toMatchObject({ sent: 1 })
  expect((await application(cb, id)).notices![0]).toMatchObject({ state: 'sent' })
  expect(await cb.messages()).toHaveLength(1)
})

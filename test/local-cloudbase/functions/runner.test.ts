// Functions run as on CloudBase: one invocation per instance at a time, each with its caller's
// identity in its own environment; timeouts and crashes answer with an error, never a hang.
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startTestCloudbase, TEST_FUNCTIONS, type TestCloudbase } from '../../helpers/local-cloudbase'

let cb: TestCloudbase
beforeAll(async () => {
  const rc = path.join(mkdtempSync(path.join(os.tmpdir(), 'futian-rc-')), 'cloudbaserc.json')
  writeFileSync(rc, JSON.stringify({ functions: [{ name: 'whoami', timeout: 1 }] }))
  cb = await startTestCloudbase({ functionsDir: TEST_FUNCTIONS, cloudbaserc: rc })
})
afterAll(() => cb.stop())

interface WhoAmI {
  before: string
  after: string
  eventOpenId: string | null
  env: string
}

test('the caller identity comes from the platform, not from the event', async () => {
  const res = await cb.call<WhoAmI>('whoami', { userInfo: { openId: 'forged' } }, 'worker-a')
  expect(res.status).toBe(200)
  expect(res.body).toEqual({ ok: true, data: { before: 'worker-a', after: 'worker-a', eventOpenId: 'worker-a', env: 'futian-local' } })
})

test('an anonymous caller has no openid', async () => {
  const res = await cb.call<WhoAmI>('whoami', {})
  expect(res.body).toMatchObject({ ok: true, data: { before: '', after: '' } })
})

test('concurrent callers never see each other’s identity', async () => {
  const calls = Array.from({ length: 24 }, (_v, i) => {
    const openid = i % 2 === 0 ? 'worker-a' : 'worker-b'
    return cb.call<WhoAmI>('whoami', { delayMs: 20 + (i % 5) * 10, n: i }, openid).then((res) => ({ openid, res }))
  })
  for (const { openid, res } of await Promise.all(calls)) {
    expect(res.body).toMatchObject({ ok: true, data: { before: openid, after: openid } })
  }
  const visits = await cb.sdk.database().collection('visits').where({ openid: 'worker-b' }).count()
  expect(visits.total).toBeGreaterThanOrEqual(12)
})

test('a function that throws answers 500 INTERNAL without leaking its message', async () => {
  const res = await cb.call('whoami', { crash: true }, 'worker-a')
  expect(res.status).toBe(500)
  expect(res.body).toEqual({ ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } })
  expect(JSON.stringify(res.body)).not.toContain('110101')
})

test('a function that returns something other than an envelope answers 500', async () => {
  const res = await cb.call('whoami', { notEnvelope: true })
  expect(res.status).toBe(500)
  expect(res.body).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
})

test('a function past its timeout answers 504 and the next call still works', async () => {
  const res = await cb.call('whoami', { hang: true }, 'worker-a')
  expect(res.status).toBe(504)
  expect(res.body).toMatchObject({ ok: false, error: { code: 'FUNCTION_TIMEOUT' } })
  const next = await cb.call<WhoAmI>('whoami', {}, 'worker-b')
  expect(next.body).toMatchObject({ ok: true, data: { before: 'worker-b' } })
})

test('a function can call another through app.callFunction; the callee runs as a server call', async () => {
  const res = await cb.call<{ inner: { ok: true; data: WhoAmI } }>('relay', {}, 'worker-a')
  expect(res.body).toMatchObject({ ok: true, data: { inner: { ok: true, data: { before: '' } } } })
})

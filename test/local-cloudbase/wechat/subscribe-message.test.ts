// The WeChat stand-in answers subscribeMessage.send, sent through the real SDK's callWxOpenApi,
// with WeChat's documented errcodes; one-time grants are used by the messages they allow, and
// every accepted message is recorded.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'

let cb: TestCloudbase
beforeAll(async () => {
  cb = await startTestCloudbase()
})
afterAll(() => cb.stop())
beforeEach(() => cb.reset())

const TEMPLATE = 'local-dream-plan-status'
const good = () => ({
  touser: 'worker-a',
  template_id: TEMPLATE,
  page: 'packages/dream-plan/pages/detail/index?id=abc',
  data: {
    thing1: { value: '圆梦计划助学补贴' },
    phrase2: { value: '已通过' },
    thing3: { value: '请进入小程序查看' },
    time4: { value: '2026-11-25 14:30' }
  }
})

async function send(requestData: unknown, apiName = 'cgi-bin/message/subscribe/send') {
  const res = await cb.sdk.callWxOpenApi({ apiName, requestData })
  return res.result as { errcode: number; errmsg: string }
}

test('a send with a grant is accepted, recorded, and uses the grant', async () => {
  await cb.grant('worker-a', TEMPLATE, 1)
  expect(await send(good())).toMatchObject({ errcode: 0, errmsg: 'ok' })
  const messages = await cb.messages()
  expect(messages).toHaveLength(1)
  expect(messages[0]).toMatchObject({ touser: 'worker-a', template_id: TEMPLATE, page: good().page, data: good().data })
  expect(Number.isNaN(Date.parse(messages[0].at))).toBe(false)
  // On disk too, one JSON object a line.
  const file = path.join(cb.dataDir, 'wechat', 'messages.jsonl')
  expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(1)
  // The one-time grant is used: the next send is refused.
  expect(await send(good())).toMatchObject({ errcode: 43101 })
  expect(await cb.messages()).toHaveLength(1)
})

test('a leading slash on the apiName is accepted too', async () => {
  await cb.grant('worker-a', TEMPLATE, 1)
  expect(await send(good(), '/cgi-bin/message/subscribe/send')).toMatchObject({ errcode: 0 })
})

test('grants add up: two taps allow two messages', async () => {
  await cb.grant('worker-a', TEMPLATE, 2)
  expect((await send(good())).errcode).toBe(0)
  expect((await send(good())).errcode).toBe(0)
  expect((await send(good())).errcode).toBe(43101)
})

test('43101 without a grant, and nothing is recorded', async () => {
  expect(await send(good())).toMatchObject({ errcode: 43101 })
  await cb.grant('worker-b', TEMPLATE, 1)
  expect((await send(good())).errcode).toBe(43101)
  expect(await cb.messages()).toEqual([])
})

test('40003 for an empty or malformed openid', async () => {
  await cb.grant('worker-a', TEMPLATE, 5)
  expect((await send({ ...good(), touser: '' })).errcode).toBe(40003)
  expect((await send({ ...good(), touser: 'not an openid!' })).errcode).toBe(40003)
  const { touser: _touser, ...withoutTouser } = good()
  expect((await send(withoutTouser)).errcode).toBe(40003)
})

test('40037 for an unknown template', async () => {
  await cb.grant('worker-a', 'other-template', 1)
  expect((await send({ ...good(), template_id: 'other-template' })).errcode).toBe(40037)
  expect((await send({ ...good(), template_id: '' })).errcode).toBe(40037)
})

test.each([
  ['a missing keyword', (d: Record<string, unknown>) => delete d.thing3],
  ['an extra keyword', (d: Record<string, unknown>) => (d.thing9 = { value: 'x' })],
  ['an empty value', (d: Record<string, unknown>) => (d.thing3 = { value: '' })],
  ['a value that is not a string', (d: Record<string, unknown>) => (d.thing3 = { value: 12 })],
  ['a value not wrapped in { value }', (d: Record<string, unknown>) => (d.thing3 = '请进入小程序查看')],
  ['a thing over 20 characters', (d: Record<string, unknown>) => (d.thing3 = { value: '一二三四五六七八九十一二三四五六七八九十一' })],
  ['a phrase over 5 characters', (d: Record<string, unknown>) => (d.phrase2 = { value: '已经审核通过了' })],
  ['a phrase that is not Chinese', (d: Record<string, unknown>) => (d.phrase2 = { value: 'ok' })],
  ['a time that is not a time', (d: Record<string, unknown>) => (d.time4 = { value: 'tomorrow' })],
  ['a time with an impossible hour', (d: Record<string, unknown>) => (d.time4 = { value: '2026-11-25 25:30' })]
])('47003 for %s', async (_label, mutate) => {
  await cb.grant('worker-a', TEMPLATE, 1)
  const request = good()
  mutate(request.data as unknown as Record<string, unknown>)
  expect((await send(request)).errcode).toBe(47003)
  // A refused message uses no grant.
  expect((await send(good())).errcode).toBe(0)
})

test('a thing of exactly 20 characters and other time forms pass', async () => {
  await cb.grant('worker-a', TEMPLATE, 3)
  const request = good()
  request.data.thing3 = { value: '一二三四五六七八九十一二三四五六七八九十' }
  expect((await send(request)).errcode).toBe(0)
  request.data.time4 = { value: '2026年11月25日 14:30' }
  expect((await send(request)).errcode).toBe(0)
  request.data.time4 = { value: '14:30' }
  expect((await send(request)).errcode).toBe(0)
})

test('41030 for a page with a leading slash or a malformed path', async () => {
  await cb.grant('worker-a', TEMPLATE, 3)
  expect((await send({ ...good(), page: '/packages/dream-plan/pages/detail/index?id=abc' })).errcode).toBe(41030)
  expect((await send({ ...good(), page: 'packages//detail' })).errcode).toBe(41030)
  expect((await send({ ...good(), page: 'https://example.com/x' })).errcode).toBe(41030)
  // No page is fine: the message opens nothing.
  const { page: _page, ...withoutPage } = good()
  expect((await send(withoutPage)).errcode).toBe(0)
})

test('character_string and number keywords of a template from templates.json', async () => {
  // A developer's own templates (the built-in one stays).
  const { writeFileSync } = await import('node:fs')
  writeFileSync(
    path.join(cb.dataDir, 'wechat', 'templates.json'),
    JSON.stringify({ 'local-order': { title: '订单', keywords: { character_string1: '订单号', number2: '数量' } } })
  )
  await cb.grant('worker-a', 'local-order', 5)
  const order = (a: string, b: string) => ({ touser: 'worker-a', template_id: 'local-order', data: { character_string1: { value: a }, number2: { value: b } } })
  expect((await send(order('A-2026_001', '12'))).errcode).toBe(0)
  expect((await send(order('A 2026', '12'))).errcode).toBe(47003)
  expect((await send(order('x'.repeat(33), '12'))).errcode).toBe(47003)
  expect((await send(order('A1', '1'.repeat(33)))).errcode).toBe(47003)
  expect((await send(order('A1', 'twelve'))).errcode).toBe(47003)
  expect((await send(good())).errcode).toBe(43101)
})

test('injected faults answer the next sends, then sends work again', async () => {
  await cb.grant('worker-a', TEMPLATE, 1)
  await cb.injectFault(-1, 2)
  expect(await send(good())).toMatchObject({ errcode: -1, errmsg: 'system error' })
  expect((await send(good())).errcode).toBe(-1)
  expect((await send(good())).errcode).toBe(0)
  expect(await cb.messages()).toHaveLength(1)
})

test('an injected dropped connection makes the SDK call throw', async () => {
  await cb.grant('worker-a', TEMPLATE, 1)
  await cb.injectFault('drop', 1)
  await expect(send(good())).rejects.toBeTruthy()
  expect((await send(good())).errcode).toBe(0)
})

test('other apiNames get a CloudBase error, which the SDK throws', async () => {
  await expect(send({}, 'cgi-bin/message/custom/send')).rejects.toMatchObject({ code: 'INVALID_PARAM' })
})

test('reset forgets grants and messages; grants survive on disk between resets', async () => {
  await cb.grant('worker-a', TEMPLATE, 2)
  expect(JSON.parse(readFileSync(path.join(cb.dataDir, 'wechat', 'grants.json'), 'utf8'))).toEqual({ 'worker-a': { [TEMPLATE]: 2 } })
  await send(good())
  await cb.reset()
  expect(await cb.messages()).toEqual([])
  expect(existsSync(path.join(cb.dataDir, 'wechat', 'grants.json'))).toBe(false)
})

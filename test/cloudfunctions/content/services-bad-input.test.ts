// Every service action refuses bad input with a 400 reply in Chinese, and changes nothing.
import type { ServiceActions } from '../../../contracts/services/actions'
import { seedServicesContent } from '../../../database/seed/services/seed-services'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'
import { databasePicture } from './content-kit'
import { callServices } from './services-kit'

let cb: TestCloudbase
let before: string

beforeAll(async () => {
  cb = await startTestCloudbase()
  await seedServicesContent(cb.sdk)
  before = databasePicture(cb)
})
afterAll(() => cb.stop())
afterEach(() => expect(databasePicture(cb)).toBe(before))

const CHINESE = /[\u4e00-\u9fa5]/
const here = { latitude: 22.54, longitude: 114.06 }

type Case = [action: keyof ServiceActions, input: Record<string, unknown>]
const CASES: Case[] = [
  ['listServices', { id: 'dream-plan' }],
  ['listServices', { limit: 5 }],
  ['getService', {}],
  ['getService', { id: 'faq' }],
  ['getService', { id: '' }],
  ['getService', { id: 7 }],
  ['getService', { id: { $ne: '' } }],
  ['getService', { id: 'dream-plan', fields: ['newsKeywords'] }],
  ['listPlaces', { near: { latitude: 91, longitude: 114.06 } }],
  ['listPlaces', { near: { latitude: -90.5, longitude: 114.06 } }],
  ['listPlaces', { near: { latitude: 22.54, longitude: -181 } }],
  ['listPlaces', { near: { latitude: 22.54, longitude: 180.01 } }],
  ['listPlaces', { near: { latitude: '22.54', longitude: 114.06 } }],
  ['listPlaces', { near: { latitude: 22.54 } }],
  ['listPlaces', { near: { latitude: null, longitude: 114.06 } }],
  ['listPlaces', { near: [22.54, 114.06] }],
  ['listPlaces', { near: '22.54,114.06' }],
  ['listPlaces', { near: { ...here, accuracy: 30 } }],
  ['listPlaces', { near: { ...here, $maxDistance: 1 } }],
  ['listPlaces', { type: 'gym' }],
  ['listPlaces', { type: '暖蜂驿站' }],
  ['listPlaces', { type: 1 }],
  ['listPlaces', { street: '罗湖' }],
  ['listPlaces', { street: '福田街道' }],
  ['listPlaces', { street: ['福田'] }],
  ['listPlaces', { limit: 0 }],
  ['listPlaces', { limit: 51 }],
  ['listPlaces', { limit: 2.5 }],
  ['listPlaces', { limit: '10' }],
  ['listPlaces', { cursor: 5 }],
  ['listPlaces', { cursor: 'a'.repeat(201) }],
  ['listPlaces', { sort: 'name' }],
  ['listPlaces', { location: here }],
  ['listFaqs', { q: 5 }],
  ['listFaqs', { q: '问'.repeat(51) }],
  ['listFaqs', { group: '圆梦计划' }]
]

test.each(CASES)('%s %j is 400 INVALID_INPUT with a Chinese message', async (action, input) => {
  const res = await callServices(cb, action, input)
  expect(res.status).toBe(400)
  expect(res.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(CHINESE) } })
})

test.each([
  ['latitude 91', { latitude: 91, longitude: 114.06 }, '纬度须在 -90 到 90 之间'],
  ['longitude -181', { latitude: 22.54, longitude: -181 }, '经度须在 -180 到 180 之间'],
  ['an extra field', { ...here, accuracy: 30 }, '不支持的字段：accuracy']
])('near with %s says what is wrong with it', async (_name, near, message) => {
  const res = await callServices(cb, 'listPlaces', { near })
  expect(res.body).toMatchObject({ ok: false, error: { message: expect.stringContaining(message) } })
})

test('an unknown street or type says so', async () => {
  expect((await callServices(cb, 'listPlaces', { street: '罗湖' })).body).toMatchObject({ ok: false, error: { message: expect.stringContaining('请选择福田区的街道') } })
  expect((await callServices(cb, 'listPlaces', { type: 'gym' })).body).toMatchObject({ ok: false, error: { message: expect.stringContaining('没有这种服务阵地类型') } })
})

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
test.each([
  ['not base64 JSON', 'garbage!!', {}],
  ['an object', encode({ a: 1 }), {}],
  ['an unknown kind', encode(['x', 1, 'id']), {}],
  ['a street order out of range', encode(['s', 11, 'id']), {}],
  ['a fractional street order', encode(['s', 1.5, 'id']), {}],
  ['a string key', encode(['s', '1', 'id']), {}],
  ['an empty id', encode(['s', 1, '']), {}],
  ['an id too long', encode(['s', 1, 'x'.repeat(65)]), {}],
  ['a negative distance', encode(['d', -1, 'id']), { near: here }],
  ['a distance beyond the earth', encode(['d', 3e7, 'id']), { near: here }],
  ['a street cursor with near', encode(['s', 1, 'id']), { near: here }],
  ['a distance cursor without near', encode(['d', 10, 'id']), {}]
])('listPlaces with a malformed cursor (%s) is 400 INVALID_CURSOR', async (_name, cursor, extra) => {
  expect(await callServices(cb, 'listPlaces', { cursor, ...extra })).toEqual({
    status: 400,
    body: { ok: false, error: { code: 'INVALID_CURSOR', message: '翻页信息已失效，请下拉刷新后重试' } }
  })
})

test.each(['listServices', 'getService', 'listPlaces', 'listFaqs'] satisfies (keyof ServiceActions)[])('%s with a 10 MB body is 413 in Chinese', async (action) => {
  const body = JSON.stringify({ action, id: 'dream-plan', pad: '工'.repeat((10 * 1024 * 1024) / 3) })
  expect(await cb.call('content', body)).toEqual({ status: 413, body: { ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: '提交的内容太大' } } })
})

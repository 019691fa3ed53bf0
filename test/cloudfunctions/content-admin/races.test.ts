// 50 editors saving the same version at once, and 50 publishers publishing the same submission at
// once: one winner each time, the others told 该内容已被他人修改，请刷新后查看, and the stored
// result is the winner's alone (one revision, one readers' article, one log line).
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'
import { articleIn, bodyOf, callAdmin, callReader, contentAudit, data, draft, liveArticle, makeArticle, makeContentCrew, putStaff, makeOpenid, storedItem, type ContentCrew } from './content-admin-kit'

let cb: TestCloudbase
let crew: ContentCrew
const editors: string[] = []
const publishers: string[] = []
beforeAll(async () => {
  cb = await startTestCloudbase()
  crew = await makeContentCrew(cb)
  for (let i = 0; i < 10; i++) {
    editors.push(await putStaff(cb, makeOpenid(`ed${i}`), ['editor']))
    publishers.push(await putStaff(cb, makeOpenid(`pub${i}`), ['publisher']))
  }
}, 60_000)
afterAll(() => cb.stop())

const N = 50

test('50 concurrent saves of one version: one wins, the rest change nothing', async () => {
  const made = await draft(cb, crew)
  const bodies = Array.from({ length: N }, () => bodyOf(makeArticle()))
  const replies = await Promise.all(bodies.map((body, i) => callAdmin(cb, 'save', { id: made.id, kind: 'article', version: made.version, body }, editors[i % editors.length])))
  const winners = replies.flatMap((r, i) => (r.status === 200 ? [i] : []))
  expect(winners).toHaveLength(1)
  for (const r of replies.filter((x) => x.status !== 200)) {
    expect(r.status).toBe(409)
    expect(r.body).toMatchObject({ ok: false, error: { code: 'CONTENT_CONFLICT', message: '该内容已被他人修改，请刷新后查看' } })
  }
  const item = (await storedItem(cb, made.id))!
  expect(item.version).toBe(made.version + 1)
  expect(item.body).toEqual(bodies[winners[0]])
  const saves = (await contentAudit(cb)).filter((a) => a.target === made.id && (a.detail as { verb: string }).verb === 'save')
  expect(saves).toHaveLength(2) // the first draft and the winner
})

test('50 concurrent publishes of one submission: it is published once', async () => {
  const made = await articleIn(cb, crew, 'pending')
  const replies = await Promise.all(Array.from({ length: N }, (_, i) => callAdmin(cb, 'publish', { id: made.id, version: made.version }, publishers[i % publishers.length])))
  expect(replies.filter((r) => r.status === 200)).toHaveLength(1)
  expect(replies.filter((r) => r.status === 409)).toHaveLength(N - 1)
  const item = (await storedItem(cb, made.id))!
  expect(item).toMatchObject({ state: 'published', liveRevision: 1 })
  expect(item.op).toBeUndefined()
  expect(await liveArticle(cb, made.id)).toBeDefined()
  expect(data(await callReader(cb, 'searchArticles', { q: made.word })).items.map((i) => i.id)).toEqual([made.id])
  const publishes = (await contentAudit(cb)).filter((a) => a.target === made.id && (a.detail as { verb: string }).verb === 'publish')
  expect(publishes).toHaveLength(1)
})

test('a channel saved by 10 publishers from the version they listed: one wins, the rest are told and change nothing', async () => {
  const added = data(await callAdmin(cb, 'saveChannel', { name: '职工风采', order: 40 }, crew.publisher))
  expect(added.version).toBe(1)
  const replies = await Promise.all(publishers.map((p, i) => callAdmin(cb, 'saveChannel', { name: '职工风采', order: 50 + i, version: added.version }, p)))
  const winners = replies.flatMap((r, i) => (r.status === 200 ? [i] : []))
  expect(winners).toHaveLength(1)
  for (const r of replies.filter((x) => x.status !== 200)) {
    expect(r.status).toBe(409)
    expect(r.body).toMatchObject({ ok: false, error: { code: 'CONTENT_CONFLICT', message: '该内容已被他人修改，请刷新后查看' } })
  }
  const { channels } = data(await callAdmin(cb, 'listChannels', {}, crew.publisher))
  expect(channels.find((c) => c.name === '职工风采')).toMatchObject({ order: 50 + winners[0], version: 2 })
  // The stale version, once more, and a second "add" of a name that exists: refused, nothing stored.
  expect((await callAdmin(cb, 'saveChannel', { name: '职工风采', order: 99, version: 1 }, crew.publisher)).status).toBe(409)
  const again = await callAdmin(cb, 'saveChannel', { name: '职工风采', order: 99 }, crew.publisher)
  expect(again.status).toBe(409)
  expect(again.body).toMatchObject({ error: { code: 'CONTENT_CONFLICT', message: '已有名为“职工风采”的栏目' } })
  expect(data(await callAdmin(cb, 'listChannels', {}, crew.publisher)).channels.find((c) => c.name === '职工风采')).toMatchObject({ order: 50 + winners[0], version: 2 })
})

// The content timer, driven through the local timer route with a controllable clock (the trigger
// event's Time): scheduled content is published at its time and not before, exactly once even when
// runs overlap; headlines whose pin expired are unpinned; a claim a crashed publish left behind is
// finished by the next run.
import { contentAdminSuite, articleIn, callAdmin, callReader, contentAudit, data, fireContentTimer, liveArticle, storedItem } from './content-admin-kit'

const suite = contentAdminSuite()
const { cb } = suite

const HOUR = 3_600_000
/** A whole minute `ms` from now: timer events carry whole seconds, as CloudBase's do. */
const minuteFromNow = (ms: number) => new Date(Math.ceil((Date.now() + ms) / 60_000) * 60_000)

test('scheduled content goes live at its time, once, with overlapping runs', async () => {
  const made = await articleIn(cb, suite.crew, 'pending')
  const publishAt = minuteFromNow(2 * HOUR)
  data(await callAdmin(cb, 'schedule', { id: made.id, version: made.version, publishAt: publishAt.toISOString() }, suite.crew.publisher))

  // A minute early: nothing.
  await fireContentTimer(cb, new Date(publishAt.getTime() - 60_000))
  expect((await storedItem(cb, made.id))!.state).toBe('scheduled')
  expect(await liveArticle(cb, made.id)).toBeUndefined()

  // Four runs for the same minute at once: one publishes.
  const runs = await Promise.all(Array.from({ length: 4 }, () => fireContentTimer(cb, publishAt)))
  expect(runs.every((r) => r.ok)).toBe(true)
  expect(runs.reduce((n, r) => n + r.data!.published, 0)).toBe(1)
  const item = (await storedItem(cb, made.id))!
  expect(item).toMatchObject({ state: 'published', liveRevision: 1 })
  expect(item.op).toBeUndefined()
  const live = (await liveArticle(cb, made.id))!
  expect(live.publishedAt).toBe(publishAt.toISOString())
  const found = data(await callReader(cb, 'searchArticles', { q: made.word })).items.map((i) => i.id)
  expect(found).toEqual([made.id])
  const publishes = (await contentAudit(cb)).filter((a) => a.target === made.id && (a.detail as { verb: string }).verb === 'scheduledPublish')
  expect(publishes).toHaveLength(1)
  expect(publishes[0].actor.openid).toBe('system:contentTimer')

  // Later runs leave it alone.
  expect((await fireContentTimer(cb, new Date(publishAt.getTime() + 60_000))).data!.published).toBe(0)
})

test('a pin with an expiry is taken down by the timer, not before', async () => {
  const made = await articleIn(cb, suite.crew, 'published')
  const expiresAt = minuteFromNow(3 * HOUR)
  data(await callAdmin(cb, 'pin', { id: made.id, rank: 0, expiresAt: expiresAt.toISOString() }, suite.crew.publisher))
  const headlines = async () => data(await callReader(cb, 'listHeadlines', {})).items.map((i) => i.id)
  expect(await headlines()).toContain(made.id)

  await fireContentTimer(cb, new Date(expiresAt.getTime() - 60_000))
  expect(await headlines()).toContain(made.id)

  const run = await fireContentTimer(cb, expiresAt)
  expect(run.data!.unpinned).toBe(1)
  expect(await headlines()).not.toContain(made.id)
  expect((await storedItem(cb, made.id))!.pin).toBeUndefined()
  expect((await liveArticle(cb, made.id))!.pinnedRank).toBeUndefined()
})

test('headlines follow the order a publisher sets, and a withdrawn article leaves them', async () => {
  const a = await articleIn(cb, suite.crew, 'published')
  const b = await articleIn(cb, suite.crew, 'published')
  data(await callAdmin(cb, 'reorderPins', { ids: [b.id, a.id] }, suite.crew.publisher))
  const ids = data(await callReader(cb, 'listHeadlines', {})).items.map((i) => i.id)
  expect(ids.indexOf(b.id)).toBeLessThan(ids.indexOf(a.id))
  data(await callAdmin(cb, 'withdraw', { id: b.id, version: (await storedItem(cb, b.id))!.version, reason: '过期' }, suite.crew.publisher))
  expect(data(await callReader(cb, 'listHeadlines', {})).items.map((i) => i.id)).not.toContain(b.id)
  expect(data(await callReader(cb, 'listRelated', { id: a.id, limit: 10 })).items.map((i) => i.id)).not.toContain(b.id)
})

test('a claim left by a crashed publish is finished by the next run', async () => {
  const made = await articleIn(cb, suite.crew, 'pending')
  const item = (await storedItem(cb, made.id))!
  // What a publish that died right after claiming leaves behind.
  const claimedAt = new Date(Date.now() - 5 * 60_000).toISOString()
  await cb.sdk
    .database()
    .collection('contentItems')
    .doc(made.id)
    .update({ op: { verb: 'publish', revision: item.revision, by: suite.crew.publisher, at: claimedAt }, version: item.version + 1 })
  expect(await liveArticle(cb, made.id)).toBeUndefined()
  const run = await fireContentTimer(cb, new Date())
  expect(run.data!.finished).toBe(1)
  expect((await storedItem(cb, made.id))!).toMatchObject({ state: 'published', liveRevision: item.revision })
  expect(await liveArticle(cb, made.id)).toBeDefined()
})

test('the timer refuses a signed-in caller', async () => {
  const res = await cb.call('contentTimer', {}, suite.crew.publisher)
  expect(res.status).toBe(403)
})

// The life cycle end to end through the gateway: an editor writes and submits, a publisher returns
// with a reason, the editor fixes, the publisher publishes; readers then find it in the channel's
// list, in search and in related articles; editing makes a new revision readers do not see until it
// is published; withdrawing takes it from every list and its link answers 该文章已下线; it can be
// published again; restore and diff; and every step in the operation log.
import { contentAdminSuite, bodyOf, callAdmin, callReader, codeOf, contentAudit, data, draft, liveArticle, makeArticle, storedItem } from './content-admin-kit'

const suite = contentAdminSuite()
const { cb } = suite

async function searchIds(q: string): Promise<string[]> {
  return data(await callReader(cb, 'searchArticles', { q })).items.map((i) => i.id)
}
async function channelIds(channel: string): Promise<string[]> {
  return data(await callReader(cb, 'listArticles', { channel, limit: 50 })).items.map((i) => i.id)
}

test('write → submit → return → fix → publish → readers see it → edit → withdraw → 已下线 → publish again', async () => {
  const made = await draft(cb, suite.crew)
  let v = made.version
  // Not live yet: readers find nothing.
  expect(await searchIds(made.word)).toEqual([])
  expect(codeOf(await callReader(cb, 'getArticle', { id: made.id }))).toBe('ARTICLE_NOT_FOUND')

  v = data(await callAdmin(cb, 'submit', { id: made.id, version: v }, suite.crew.editor)).version
  const returned = data(await callAdmin(cb, 'return', { id: made.id, version: v, reason: '请补充活动时间' }, suite.crew.publisher))
  expect(returned.state).toBe('returned')
  const got = data(await callAdmin(cb, 'get', { id: made.id }, suite.crew.editor))
  expect(got.returnReason).toBe('请补充活动时间')

  const fixed = makeArticle({ title: `${made.word}活动顺利举行（更正）` })
  fixed.blocks[0] = { type: 'paragraph', text: `福田区总工会举办${made.word}活动，时间为 3 月 5 日。` }
  v = data(await callAdmin(cb, 'save', { id: made.id, kind: 'article', version: returned.version, body: bodyOf(fixed) }, suite.crew.editor)).version
  v = data(await callAdmin(cb, 'submit', { id: made.id, version: v }, suite.crew.editor)).version
  const published = data(await callAdmin(cb, 'publish', { id: made.id, version: v }, suite.crew.publisher))
  expect(published.state).toBe('published')

  expect(await channelIds('工会动态')).toContain(made.id)
  expect(await searchIds(made.word)).toEqual([made.id])
  const article = data(await callReader(cb, 'getArticle', { id: made.id }))
  expect(article.title).toBe(fixed.title)
  expect(article.blocks[0]).toEqual({ type: 'paragraph', text: `福田区总工会举办${made.word}活动，时间为 3 月 5 日。` })
  expect(article.summary).toBe(`福田区总工会举办${made.word}活动，时间为 3 月 5 日。`)
  const channels = data(await callReader(cb, 'listChannels', {})).channels
  expect(channels.find((c) => c.name === '工会动态')?.articleCount).toBeGreaterThanOrEqual(1)

  // A new revision: readers keep the live one until it is published.
  const edited = makeArticle({ title: '改过的标题，还未发布' })
  v = data(await callAdmin(cb, 'save', { id: made.id, kind: 'article', version: published.version, body: bodyOf(edited) }, suite.crew.editor2)).version
  const item = (await storedItem(cb, made.id))!
  expect(item).toMatchObject({ state: 'draft', revision: 2, liveRevision: 1, editors: [suite.crew.editor2] })
  expect(data(await callReader(cb, 'getArticle', { id: made.id })).title).toBe(fixed.title)
  const diff = data(await callAdmin(cb, 'diff', { id: made.id, from: 1, to: 0 }, suite.crew.publisher)).parts
  expect(diff.some((p) => p.op === 'added' && p.text.includes('改过的标题'))).toBe(true)
  expect(diff.some((p) => p.op === 'removed' && p.text.includes('更正'))).toBe(true)

  // Restore revision 1 as a new draft.
  const restored = data(await callAdmin(cb, 'restore', { id: made.id, version: v, revision: 1 }, suite.crew.publisher))
  expect(restored).toMatchObject({ state: 'draft', revision: 3 })
  expect((await storedItem(cb, made.id))!.title).toBe(fixed.title)

  // Withdraw: gone from lists and search, its link reads 该文章已下线.
  const withdrawn = data(await callAdmin(cb, 'withdraw', { id: made.id, version: restored.version, reason: '活动信息有误' }, suite.crew.publisher))
  expect(withdrawn.state).toBe('withdrawn')
  expect(await channelIds('工会动态')).not.toContain(made.id)
  expect(await searchIds(made.word)).toEqual([])
  const gone = await callReader(cb, 'getArticle', { id: made.id })
  expect(gone.status).toBe(404)
  expect(gone.body).toMatchObject({ ok: false, error: { code: 'ARTICLE_WITHDRAWN', message: '该文章已下线' } })
  expect(await liveArticle(cb, made.id)).toBeUndefined()

  // And back: save (a new revision), submit, publish by the other publisher.
  v = data(await callAdmin(cb, 'save', { id: made.id, kind: 'article', version: withdrawn.version, body: bodyOf(fixed) }, suite.crew.editor)).version
  v = data(await callAdmin(cb, 'submit', { id: made.id, version: v }, suite.crew.editor)).version
  data(await callAdmin(cb, 'publish', { id: made.id, version: v }, suite.crew.publisher2))
  expect(await searchIds(made.word)).toEqual([made.id])
  // The reads counted before the withdrawal came back with it.
  expect((await liveArticle(cb, made.id))!.viewCount).toBeGreaterThanOrEqual(1)

  const verbs = (await contentAudit(cb)).filter((a) => a.target === made.id).map((a) => (a.detail as { verb: string }).verb)
  expect(verbs).toEqual(expect.arrayContaining(['save', 'submit', 'return', 'publish', 'restore', 'withdraw']))
  for (const a of (await contentAudit(cb)).filter((x) => x.target === made.id)) {
    expect(a.actor.openid).toBeTruthy()
    expect(a.detail).toMatchObject({ before: expect.any(String), after: expect.any(String) })
  }
})

test('text is stored and served as typed: markup is text', async () => {
  const markup = '<script>alert(1)</script><b>粗体</b>'
  const made = await draft(cb, suite.crew, { title: `${markup}标题` })
  let v = made.version
  v = data(await callAdmin(cb, 'submit', { id: made.id, version: v }, suite.crew.editor)).version
  data(await callAdmin(cb, 'publish', { id: made.id, version: v }, suite.crew.publisher))
  expect(data(await callReader(cb, 'getArticle', { id: made.id })).title).toBe(`${markup}标题`)
})

test('only a never-published draft can be deleted', async () => {
  const fresh = await draft(cb, suite.crew)
  expect(data(await callAdmin(cb, 'remove', { id: fresh.id, version: fresh.version }, suite.crew.editor))).toEqual({ id: fresh.id, removed: true })
  expect(await storedItem(cb, fresh.id)).toBeUndefined()

  const once = await draft(cb, suite.crew)
  let v = data(await callAdmin(cb, 'submit', { id: once.id, version: once.version }, suite.crew.editor)).version
  v = data(await callAdmin(cb, 'publish', { id: once.id, version: v }, suite.crew.publisher)).version
  v = data(await callAdmin(cb, 'withdraw', { id: once.id, version: v, reason: '过期' }, suite.crew.publisher)).version
  v = data(await callAdmin(cb, 'save', { id: once.id, kind: 'article', version: v, body: bodyOf(makeArticle()) }, suite.crew.editor)).version
  const refused = await callAdmin(cb, 'remove', { id: once.id, version: v }, suite.crew.editor)
  expect(refused.status).toBe(409)
  expect(await storedItem(cb, once.id)).toBeDefined()
})

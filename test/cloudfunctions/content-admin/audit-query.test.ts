// The operation log as admins browse it: content actions only, newest first, filtered by person,
// kind and date, paged by cursor; each row says who (with roles), what, on what, and fingerprints.
import { contentAdminSuite, articleIn, callAdmin, data } from './content-admin-kit'

const suite = contentAdminSuite()
const { cb } = suite

test('filters by person, kind and date, pages by cursor', async () => {
  const start = new Date().toISOString()
  const made = await articleIn(cb, suite.crew, 'published')
  await callAdmin(cb, 'save', { kind: 'faq', body: { group: '入会', groupOrder: 0, order: 1, question: '怎样加入工会？', answer: '向所在单位工会申请。' } }, suite.crew.editor2)

  const byPublisher = data(await callAdmin(cb, 'auditQuery', { actor: suite.crew.publisher, from: start }, suite.crew.admin)).items
  expect(byPublisher.map((r) => r.verb)).toEqual(['publish'])
  // Named as in the staff list (putStaff names each 测试人员 and the openid's last 6 characters).
  expect(byPublisher[0]).toMatchObject({ actor: suite.crew.publisher, actorName: `测试人员 ${suite.crew.publisher.slice(-6)}`, roles: ['publisher'], kind: 'article', target: made.id, before: expect.stringMatching(/^[0-9a-f]{16}$/), after: expect.stringMatching(/^[0-9a-f]{16}$/) })

  const faqs = data(await callAdmin(cb, 'auditQuery', { kind: 'faq' }, suite.crew.admin)).items
  expect(faqs.map((r) => `${r.verb} ${r.actor}`)).toEqual([`save ${suite.crew.editor2}`])

  const mine = data(await callAdmin(cb, 'auditQuery', { actor: suite.crew.editor, from: start }, suite.crew.admin)).items
  expect(mine.map((r) => r.verb)).toEqual(['submit', 'save'])
  expect(data(await callAdmin(cb, 'auditQuery', { to: start }, suite.crew.admin)).items).toEqual([])

  // Someone no longer on the staff list keeps their openid in the log, without a name.
  await cb.sdk.database().collection('staff').doc(suite.crew.editor2).remove()
  expect(data(await callAdmin(cb, 'auditQuery', { kind: 'faq' }, suite.crew.admin)).items[0]).not.toHaveProperty('actorName')

  const page1 = data(await callAdmin(cb, 'auditQuery', { limit: 2 }, suite.crew.admin))
  expect(page1.items).toHaveLength(2)
  const page2 = data(await callAdmin(cb, 'auditQuery', { limit: 2, cursor: page1.nextCursor! }, suite.crew.admin))
  expect(page2.items.map((r) => r.id)).not.toContain(page1.items[0].id)
  expect(page2.items[0].at <= page1.items[1].at).toBe(true)
})

test('one item’s history, newest first', async () => {
  const made = await articleIn(cb, suite.crew, 'published')
  await articleIn(cb, suite.crew, 'published')
  const rows = data(await callAdmin(cb, 'auditQuery', { target: made.id }, suite.crew.admin)).items
  expect(rows.map((r) => r.verb)).toEqual(['publish', 'submit', 'save'])
  expect(rows.every((r) => r.target === made.id)).toBe(true)
})

test('pinned headlines are listed apart', async () => {
  const pinned = await articleIn(cb, suite.crew, 'published')
  await articleIn(cb, suite.crew, 'published')
  data(await callAdmin(cb, 'pin', { id: pinned.id }, suite.crew.publisher))
  const rows = data(await callAdmin(cb, 'list', { kind: 'article', pinned: true }, suite.crew.publisher)).items
  expect(rows.map((r) => r.id)).toEqual([pinned.id])
  expect(rows[0].pin).toMatchObject({ rank: expect.any(Number) })
})

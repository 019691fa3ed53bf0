// Update commands as CloudBase documents them (https://docs.cloudbase.net/api-reference/server/node-sdk/database/command
// update operators) with MongoDB's semantics (https://www.mongodb.com/docs/manual/reference/operator/update/),
// each applied with `doc(id).update` (or `set`, `where().update`) and read back through the SDK.
import { load, useConformanceCloudbase } from './conformance-kit'

const cb = useConformanceCloudbase()
const db = () => cb().sdk.database()
const _ = () => db().command
const coll = () => db().collection('members')
const read = async (id = 'm1') => ((await coll().doc(id).get()).data as Record<string, unknown>[])[0]

beforeEach(async () => {
  await load(cb(), 'members', [
    { _id: 'm1', name: '张三', points: 10, score: 1.5, tags: ['a', 'b', 'c'], scores: [3, 9, 1], profile: { street: '福田', phone: 'x' }, items: [{ n: 'A', q: 1 }, { n: 'B', q: 2 }] },
    { _id: 'm2', name: '李四', points: 20, tags: [] }
  ])
})

test.each([
  ['a plain value sets the field (merge)', () => ({ name: '张三丰' }), { name: '张三丰', points: 10 }],
  ['a nested object merges into the existing one', () => ({ profile: { street: '莲花' } }), { profile: { street: '莲花', phone: 'x' } }],
  ['set replaces the whole nested object', () => ({ profile: _().set({ street: '莲花' }) }), { profile: { street: '莲花' } }],
  ['inc', () => ({ points: _().inc(5) }), { points: 15 }],
  ['inc creates a missing field', () => ({ visits: _().inc(1) }), { visits: 1 }],
  ['mul', () => ({ score: _().mul(4) }), { score: 6 }],
  ['remove deletes the field', () => ({ profile: { phone: _().remove() } }), { profile: { street: '福田' } }],
  ['max keeps the larger (nothing changes)', () => ({ points: _().max(7) }), { points: 10 }, 0],
  ['max raises', () => ({ points: _().max(70) }), { points: 70 }],
  ['min lowers', () => ({ points: _().min(3) }), { points: 3 }],
  ['rename', () => ({ name: _().rename('fullName') }), { fullName: '张三' }],
  ['push one', () => ({ tags: _().push('d') }), { tags: ['a', 'b', 'c', 'd'] }],
  ['push several', () => ({ tags: _().push(['d', 'e']) }), { tags: ['a', 'b', 'c', 'd', 'e'] }],
  ['push with position', () => ({ tags: _().push({ each: ['z'], position: 1 }) }), { tags: ['a', 'z', 'b', 'c'] }],
  ['push with sort and slice', () => ({ scores: _().push({ each: [5], sort: -1, slice: 3 }) }), { scores: [9, 5, 3] }],
  ['pop removes the last', () => ({ tags: _().pop() }), { tags: ['a', 'b'] }],
  ['shift removes the first', () => ({ tags: _().shift() }), { tags: ['b', 'c'] }],
  ['unshift adds at the front', () => ({ tags: _().unshift(['y', 'z']) }), { tags: ['y', 'z', 'a', 'b', 'c'] }],
  ['pull a value', () => ({ tags: _().pull('b') }), { tags: ['a', 'c'] }],
  ['pull by condition', () => ({ scores: _().pull(_().gte(3)) }), { scores: [1] }],
  ['pull documents by a field condition', () => ({ items: _().pull({ q: _().gt(1) }) }), { items: [{ n: 'A', q: 1 }] }],
  ['pullAll', () => ({ tags: _().pullAll(['a', 'c']) }), { tags: ['b'] }],
  ['addToSet adds a new value', () => ({ tags: _().addToSet('d') }), { tags: ['a', 'b', 'c', 'd'] }],
  ['addToSet ignores a present value (nothing changes)', () => ({ tags: _().addToSet('a') }), { tags: ['a', 'b', 'c'] }, 0],
  // WeChat's and CloudBase's docs write several values as `{ $each: [...] }`.
  ['addToSet with $each', () => ({ tags: _().addToSet({ $each: ['c', 'd', 'e'] }) }), { tags: ['a', 'b', 'c', 'd', 'e'] }],
  ['an array index in the path', () => ({ 'items.1.q': 5 }), { items: [{ n: 'A', q: 1 }, { n: 'B', q: 5 }] }]
] as [string, () => object, object, number?][])('%s', async (_name, data, expected, updated = 1) => {
  const res = await coll().doc('m1').update(data() as never)
  expect(res.updated).toBe(updated)
  expect(await read()).toMatchObject(expected)
})

test('remove leaves no trace of the field', async () => {
  await coll().doc('m1').update({ name: _().remove() })
  expect(await read()).not.toHaveProperty('name')
})

test('an update that changes nothing reports 0 updated', async () => {
  expect((await coll().doc('m1').update({ points: 10 })).updated).toBe(0)
})

test('where().update changes every match and reports how many', async () => {
  const res = await coll().where({ points: _().gte(10) }).update({ level: 2 })
  expect(res.updated).toBe(2)
  expect(await read('m2')).toMatchObject({ level: 2 })
})

test('serverDate is the server clock, with its offset', async () => {
  const before = Date.now()
  await coll().doc('m1').update({ seenAt: db().serverDate(), dueAt: db().serverDate({ offset: 60_000 }) })
  const doc = (await read()) as { seenAt: Date; dueAt: Date }
  expect(doc.seenAt).toBeInstanceOf(Date)
  expect(doc.seenAt.getTime()).toBeGreaterThanOrEqual(before - 1000)
  expect(doc.dueAt.getTime() - doc.seenAt.getTime()).toBe(60_000)
})

test('set replaces the document, keeping its _id; on a missing one it creates it', async () => {
  await coll().doc('m1').set({ name: '新的' })
  expect(await read()).toEqual({ _id: 'm1', name: '新的' })
  const created = await coll().doc('m9').set({ name: '王五' })
  expect(created.upsertedId).toBe('m9')
  expect(await read('m9')).toEqual({ _id: 'm9', name: '王五' })
})

test('update of a missing document changes nothing', async () => {
  expect((await coll().doc('nobody').update({ name: 'x' })).updated).toBe(0)
  expect(await read('nobody')).toBeUndefined()
})

test('changing _id is refused', async () => {
  await expect(coll().where({ _id: 'm1' }).update({ $set: { _id: 'other' } } as never)).rejects.toMatchObject({ code: 'INVALID_PARAM' })
  expect(await read()).toMatchObject({ name: '张三' })
})

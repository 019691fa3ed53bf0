// `field()` as CloudBase documents it (https://docs.cloudbase.net/api-reference/server/node-sdk/database/query#field):
// true/false per field, nested objects, and `_.project.slice` / `_.project.elemMatch` with MongoDB's
// semantics (https://www.mongodb.com/docs/manual/reference/operator/projection/).
import { load, useConformanceCloudbase } from './conformance-kit'

const cb = useConformanceCloudbase()
const db = () => cb().sdk.database()
const _ = () => db().command
const one = async (field: () => object, id = 'p1') => (await db().collection('posts').where({ _id: id }).field(field()).get()).data[0]

beforeAll(async () => {
  await load(cb(), 'posts', [
    { _id: 'p1', title: '工会动态', body: '正文', stats: { views: 10, shares: 2 }, comments: [1, 2, 3, 4, 5], replies: [{ by: 'a', likes: 1 }, { by: 'b', likes: 7 }, { by: 'c', likes: 9 }] }
  ])
})

test.each([
  ['true keeps only those fields and _id', () => ({ title: true }), { _id: 'p1', title: '工会动态' }],
  ['false drops those fields', () => ({ body: false, comments: false, replies: false }), { _id: 'p1', title: '工会动态', stats: { views: 10, shares: 2 } }],
  ['a nested object picks inner fields', () => ({ stats: { views: true } }), { _id: 'p1', stats: { views: 10 } }],
  ['_id can be dropped', () => ({ _id: false, title: true }), { title: '工会动态' }],
  ['slice(n): the first n', () => ({ comments: _().project.slice(2) }), { _id: 'p1', comments: [1, 2] }],
  ['slice(-n): the last n', () => ({ comments: _().project.slice(-2) }), { _id: 'p1', comments: [4, 5] }],
  ['slice([skip, n])', () => ({ comments: _().project.slice([1, 2]) }), { _id: 'p1', comments: [2, 3] }],
  ['slice past the end returns what there is', () => ({ comments: _().project.slice([4, 10]) }), { _id: 'p1', comments: [5] }],
  ['elemMatch: the first matching element only', () => ({ replies: _().project.elemMatch({ by: 'b' }) }), { _id: 'p1', replies: [{ by: 'b', likes: 7 }] }],
  // The SDK sends an inner `_.gt()` unserialized; MongoDB's own `$gt` form works.
  ['elemMatch with an operator', () => ({ replies: _().project.elemMatch({ likes: { $gt: 5 } }) }), { _id: 'p1', replies: [{ by: 'b', likes: 7 }] }],
  ['elemMatch matching nothing leaves the field out', () => ({ replies: _().project.elemMatch({ by: 'z' }) }), { _id: 'p1' }]
])('%s', async (_name, field, expected) => {
  expect(await one(field)).toEqual(expected)
})

test('slice applies to the whole page of results (not only the first)', async () => {
  const res = await db().collection('posts').field({ comments: _().project.slice(1), title: true }).get()
  expect(res.data).toEqual([{ _id: 'p1', title: '工会动态', comments: [1] }])
})

test('doc().field() projects the one document', async () => {
  const res = await db().collection('posts').doc('p1').field({ title: true }).get()
  expect(res.data).toEqual([{ _id: 'p1', title: '工会动态' }])
})

// Aggregation stages as CloudBase documents them (https://docs.cloudbase.net/api-reference/server/node/database/aggregate/…)
// with MongoDB's semantics (https://www.mongodb.com/docs/manual/reference/operator/aggregation-pipeline/),
// over MongoDB's sales example. Stages CloudBase has that the local CloudBase does not run are refused.
import { load, useConformanceCloudbase } from './conformance-kit'

const cb = useConformanceCloudbase()
const db = () => cb().sdk.database()
const _ = () => db().command
const $ = () => db().command.aggregate as unknown as Record<string, (arg: unknown) => object>
const sales = () => db().collection('sales').aggregate()
// `$.pipeline()` builds a sub-pipeline for $lookup (the SDK's typings omit it).
const subPipeline = () => (db().command.aggregate as unknown as { pipeline: () => ReturnType<typeof sales> & { done: () => object[] } }).pipeline()

beforeAll(async () => {
  await load(cb(), 'sales', [
    { _id: 's1', item: 'abc', price: 10, quantity: 2, date: new Date('2014-03-01T08:00:00Z'), sizes: ['S', 'M'] },
    { _id: 's2', item: 'jkl', price: 20, quantity: 1, date: new Date('2014-03-01T09:00:00Z'), sizes: ['M'] },
    { _id: 's3', item: 'xyz', price: 5, quantity: 10, date: new Date('2014-03-15T09:00:00Z'), sizes: [] },
    { _id: 's4', item: 'xyz', price: 5, quantity: 20, date: new Date('2014-04-04T11:21:39Z') },
    { _id: 's5', item: 'abc', price: 10, quantity: 10, date: new Date('2014-04-04T21:23:13Z'), sizes: ['L'] }
  ])
  await db().collection('items').add([
    { _id: 'abc', name: '笔记本', supplier: 'p1' },
    { _id: 'xyz', name: '信封', supplier: 'p2' }
  ])
  await db().collection('suppliers').add([{ _id: 'p1', city: '深圳' }, { _id: 'p2', city: '广州' }])
})

test('$group with every accumulator CloudBase lists', async () => {
  const res = await sales()
    .sort({ _id: 1 })
    .group({
      _id: '$item',
      total: $().sum($().multiply(['$price', '$quantity'])),
      count: $().sum(1),
      avgQty: $().avg('$quantity'),
      minQty: $().min('$quantity'),
      maxQty: $().max('$quantity'),
      first: $().first('$_id'),
      last: $().last('$_id'),
      ids: $().push('$_id'),
      prices: $().addToSet('$price'),
      sdPop: $().stdDevPop('$quantity'),
      sdSamp: $().stdDevSamp('$quantity')
    })
    .sort({ _id: 1 })
    .end()
  expect(res.data).toEqual([
    { _id: 'abc', total: 120, count: 2, avgQty: 6, minQty: 2, maxQty: 10, first: 's1', last: 's5', ids: ['s1', 's5'], prices: [10], sdPop: 4, sdSamp: Math.sqrt(32) },
    { _id: 'jkl', total: 20, count: 1, avgQty: 1, minQty: 1, maxQty: 1, first: 's2', last: 's2', ids: ['s2'], prices: [20], sdPop: 0, sdSamp: null },
    { _id: 'xyz', total: 150, count: 2, avgQty: 15, minQty: 10, maxQty: 20, first: 's3', last: 's4', ids: ['s3', 's4'], prices: [5], sdPop: 5, sdSamp: Math.sqrt(50) }
  ])
})

test('$group by null totals the collection; by a date expression groups days', async () => {
  expect((await sales().group({ _id: null, qty: $().sum('$quantity') }).end()).data).toEqual([{ _id: null, qty: 43 }])
  const days = await sales()
    .group({ _id: $().dateToString({ format: '%Y-%m-%d', date: '$date' }), n: $().sum(1) })
    .sort({ _id: 1 })
    .end()
  expect(days.data).toEqual([{ _id: '2014-03-01', n: 2 }, { _id: '2014-03-15', n: 1 }, { _id: '2014-04-04', n: 2 }])
})

test('$match with commands, then $project with inclusion and computed fields', async () => {
  const res = await sales()
    .match({ quantity: _().gte(10), item: _().in(['abc', 'xyz']) })
    .project({ _id: 1, item: 1, amount: $().multiply(['$price', '$quantity']) })
    .sort({ amount: -1, _id: 1 })
    .end()
  expect(res.data).toEqual([
    { _id: 's4', item: 'xyz', amount: 100 },
    { _id: 's5', item: 'abc', amount: 100 },
    { _id: 's3', item: 'xyz', amount: 50 }
  ])
})

test('$project with exclusion; $addFields keeps everything else', async () => {
  const excluded = await sales().match({ _id: 's2' }).project({ date: 0, sizes: 0 }).end()
  expect(excluded.data).toEqual([{ _id: 's2', item: 'jkl', price: 20, quantity: 1 }])
  const added = await sales().match({ _id: 's2' }).addFields({ amount: $().multiply(['$price', '$quantity']) }).project({ date: 0 }).end()
  expect(added.data).toEqual([{ _id: 's2', item: 'jkl', price: 20, quantity: 1, sizes: ['M'], amount: 20 }])
})

test('$sort, $skip, $limit and $count', async () => {
  const page = await sales().sort({ quantity: -1, _id: 1 }).skip(1).limit(2).project({ _id: 1 }).end()
  expect(page.data).toEqual([{ _id: 's3' }, { _id: 's5' }])
  expect((await sales().match({ price: _().lt(15) }).count('cheap').end()).data).toEqual([{ cheap: 4 }])
})

test('$unwind: plain (missing and empty arrays dropped), with the index, and keeping them', async () => {
  const plain = await sales().unwind('$sizes').project({ _id: 1, sizes: 1 }).end()
  expect(plain.data).toEqual([
    { _id: 's1', sizes: 'S' },
    { _id: 's1', sizes: 'M' },
    { _id: 's2', sizes: 'M' },
    { _id: 's5', sizes: 'L' }
  ])
  const kept = await sales().unwind({ path: '$sizes', includeArrayIndex: 'at', preserveNullAndEmptyArrays: true }).project({ _id: 1, sizes: 1, at: 1 }).end()
  expect(kept.data).toEqual([
    { _id: 's1', sizes: 'S', at: 0 },
    { _id: 's1', sizes: 'M', at: 1 },
    { _id: 's2', sizes: 'M', at: 0 },
    { _id: 's3', at: null },
    { _id: 's4', at: null },
    { _id: 's5', sizes: 'L', at: 0 }
  ])
})

test('$sortByCount and $replaceRoot', async () => {
  expect((await sales().sortByCount('$item').end()).data).toEqual([
    { _id: expect.any(String), count: 2 },
    { _id: expect.any(String), count: 2 },
    { _id: 'jkl', count: 1 }
  ])
  const roots = await sales().match({ _id: 's1' }).replaceRoot({ newRoot: { item: '$item', first: $().arrayElemAt(['$sizes', 0]) } }).end()
  expect(roots.data).toEqual([{ item: 'abc', first: 'S' }])
})

test('$bucket with boundaries, a default bucket and outputs; $bucketAuto', async () => {
  const buckets = await sales()
    .bucket({ groupBy: '$quantity', boundaries: [0, 5, 15], default: 'many', output: { n: $().sum(1), ids: $().push('$_id') } })
    .end()
  expect(buckets.data).toEqual([
    { _id: 0, n: 2, ids: ['s1', 's2'] },
    { _id: 5, n: 2, ids: ['s3', 's5'] },
    { _id: 'many', n: 1, ids: ['s4'] }
  ])
  const auto = await sales().bucketAuto({ groupBy: '$price', buckets: 2 }).end()
  expect((auto.data as { count: number }[]).reduce((sum, b) => sum + b.count, 0)).toBe(5)
  expect(auto.data.length).toBeLessThanOrEqual(2)
})

test('$lookup with localField/foreignField, and with let and a pipeline', async () => {
  const joined = await sales().match({ _id: 's3' }).lookup({ from: 'items', localField: 'item', foreignField: '_id', as: 'info' }).project({ _id: 1, info: 1 }).end()
  expect(joined.data).toEqual([{ _id: 's3', info: [{ _id: 'xyz', name: '信封', supplier: 'p2' }] }])
  const unmatched = await sales().match({ _id: 's2' }).lookup({ from: 'items', localField: 'item', foreignField: '_id', as: 'info' }).project({ _id: 1, info: 1 }).end()
  expect(unmatched.data).toEqual([{ _id: 's2', info: [] }])
  const piped = await sales()
    .match({ _id: 's1' })
    .lookup({
      from: 'items',
      let: { wanted: '$item' },
      pipeline: subPipeline().match(_().expr($().eq(['$_id', '$$wanted']))).project({ _id: 0, name: 1 }).done(),
      as: 'info'
    })
    .project({ _id: 1, info: 1 })
    .end()
  expect(piped.data).toEqual([{ _id: 's1', info: [{ name: '笔记本' }] }])
})

test('a $lookup chain joins two collections deep', async () => {
  const res = await db()
    .collection('items')
    .aggregate()
    .lookup({ from: 'suppliers', localField: 'supplier', foreignField: '_id', as: 'supplier' })
    .unwind('$supplier')
    .project({ _id: 1, city: '$supplier.city' })
    .sort({ _id: 1 })
    .end()
  expect(res.data).toEqual([{ _id: 'abc', city: '深圳' }, { _id: 'xyz', city: '广州' }])
})

test.each([
  ['$geoNear', () => sales().geoNear({ near: new (db().Geo.Point)(114, 22), spherical: true, distanceField: 'd' })],
  ['$sample', () => sales().sample({ size: 1 })]
])('%s is refused with INVALID_PARAM (not emulated)', async (_name, pipeline) => {
  await expect(pipeline().end()).rejects.toMatchObject({ code: 'INVALID_PARAM' })
})

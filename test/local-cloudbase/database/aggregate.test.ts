// `collection.aggregate()…end()` through the real SDK: the stages it sends are run by mingo over
// the collection (a leading $match through the planner), and results come back in the SDK's shape.
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'

let cb: TestCloudbase
const COLL = 'aggBooks'
const books = [
  { _id: 'b1', title: '百年孤独', category: 'novel', sales: 120, tags: ['classic', 'latin'], publishedAt: new Date('2026-01-05T00:00:00Z'), code: 'NV-0001' },
  { _id: 'b2', title: '活着', category: 'novel', sales: 300, tags: ['classic'], publishedAt: new Date('2026-02-01T00:00:00Z'), code: 'NV-0002' },
  { _id: 'b3', title: '时间简史', category: 'science', sales: 80, tags: ['physics'], publishedAt: new Date('2026-02-10T00:00:00Z'), code: 'SC-0001' },
  { _id: 'b4', title: '自私的基因', category: 'science', sales: 50, tags: [], publishedAt: new Date('2026-03-01T00:00:00Z'), code: 'SC-0002' },
  { _id: 'b5', title: '诗经', category: 'poetry', sales: 10, tags: ['classic'], publishedAt: new Date('2026-03-15T00:00:00Z'), code: 'PO-0001' }
]

beforeAll(async () => {
  cb = await startTestCloudbase()
  await cb.sdk.database().collection(COLL).add(books)
})
afterAll(() => cb.stop())

const db = () => cb.sdk.database()
const $ = () => db().command.aggregate
const agg = () => db().collection(COLL).aggregate()

test('$match then $group with $sum, $avg, $min, $max, $first, $push, then $sort', async () => {
  const _ = db().command
  const res = await agg()
    .match({ sales: _.gte(20) })
    .sort({ _id: 1 })
    .group({
      _id: '$category',
      total: $().sum('$sales'),
      count: $().sum(1),
      avg: $().avg('$sales'),
      least: $().min('$sales'),
      most: $().max('$sales'),
      first: $().first('$title'),
      titles: $().push('$title')
    })
    .sort({ _id: 1 })
    .end()
  expect(res.data).toEqual([
    { _id: 'novel', total: 420, count: 2, avg: 210, least: 120, most: 300, first: '百年孤独', titles: ['百年孤独', '活着'] },
    { _id: 'science', total: 130, count: 2, avg: 65, least: 50, most: 80, first: '时间简史', titles: ['时间简史', '自私的基因'] }
  ])
})

test('$project and $addFields with $substr, $substrCP, $concat and $cond', async () => {
  const res = await agg()
    .project({ _id: 1, prefix: $().substr(['$code', 0, 2]), head: $().substrCP(['$title', 0, 2]), label: $().concat(['$category', ':', '$code']) })
    .addFields({ big: $().cond({ if: $().gte(['$prefix', 'SC']), then: 'late', else: 'early' }) })
    .sort({ _id: 1 })
    .limit(2)
    .end()
  expect(res.data).toEqual([
    { _id: 'b1', prefix: 'NV', head: '百年', label: 'novel:NV-0001', big: 'early' },
    { _id: 'b2', prefix: 'NV', head: '活着', label: 'novel:NV-0002', big: 'early' }
  ])
})

test('$unwind, then counting per tag', async () => {
  const res = await agg().unwind('$tags').group({ _id: '$tags', n: $().sum(1) }).sort({ n: -1, _id: 1 }).end()
  expect(res.data).toEqual([
    { _id: 'classic', n: 3 },
    { _id: 'latin', n: 1 },
    { _id: 'physics', n: 1 }
  ])
})

test('$sort, $skip, $limit and $count', async () => {
  const page = await agg().sort({ sales: -1 }).skip(1).limit(2).project({ _id: 1 }).end()
  expect(page.data).toEqual([{ _id: 'b1' }, { _id: 'b3' }])
  const counted = await agg().match({ category: 'novel' }).count('n').end()
  expect(counted.data).toEqual([{ n: 2 }])
})

test('dates survive the wire both ways, and $match takes command objects', async () => {
  const _ = db().command
  const res = await agg()
    .match({ publishedAt: _.gte(new Date('2026-02-05T00:00:00Z')), category: _.in(['science', 'poetry']) })
    .group({ _id: null, newest: $().max('$publishedAt'), n: $().sum(1) })
    .end()
  expect(res.data).toHaveLength(1)
  expect(res.data[0].n).toBe(3)
  expect(res.data[0].newest).toBeInstanceOf(Date)
  expect((res.data[0].newest as Date).toISOString()).toBe('2026-03-15T00:00:00.000Z')
})

test('monthly totals with a date expression (a statistics-style pipeline)', async () => {
  const res = await agg()
    .project({ month: $().dateToString({ date: '$publishedAt', format: '%Y-%m' }), sales: 1 })
    .group({ _id: '$month', sales: $().sum('$sales') })
    .sort({ _id: 1 })
    .end()
  expect(res.data).toEqual([
    { _id: '2026-01', sales: 120 },
    { _id: '2026-02', sales: 380 },
    { _id: '2026-03', sales: 60 }
  ])
})

test('without a $limit stage at most 20 results come back, as on CloudBase', async () => {
  const many = Array.from({ length: 25 }, (_v, i) => ({ _id: `m${String(i).padStart(2, '0')}`, n: i }))
  await db().collection('aggMany').add(many)
  expect((await db().collection('aggMany').aggregate().match({}).end()).data).toHaveLength(20)
  expect((await db().collection('aggMany').aggregate().match({}).limit(100).end()).data).toHaveLength(25)
})

test('a pipeline on an empty or missing collection answers an empty list', async () => {
  expect((await db().collection('aggNothing').aggregate().group({ _id: null, n: $().sum(1) }).end()).data).toEqual([])
})

test('an unknown operator is refused with a CloudBase error', async () => {
  await expect(agg().project({ x: { $noSuchOperator: 1 } }).end()).rejects.toMatchObject({ code: 'INVALID_PARAM' })
})

test('documents are not changed by a pipeline that reshapes them', async () => {
  await agg().addFields({ sales: 0, title: 'changed' }).limit(5).end()
  await agg().unwind('$tags').limit(10).end()
  const res = await db().collection(COLL).doc('b1').get()
  expect(res.data[0]).toMatchObject({ title: '百年孤独', sales: 120, tags: ['classic', 'latin'] })
})

test('$lookup joins another collection; $sortByCount and $replaceRoot run too', async () => {
  await db().collection('aggCategories').add([
    { _id: 'novel', label: '小说' },
    { _id: 'science', label: '科普' }
  ])
  const joined = await agg()
    .match({ _id: 'b3' })
    .lookup({ from: 'aggCategories', localField: 'category', foreignField: '_id', as: 'cat' })
    .replaceRoot({ newRoot: { title: '$title', label: { $arrayElemAt: ['$cat.label', 0] } } })
    .end()
  expect(joined.data).toEqual([{ title: '时间简史', label: '科普' }])
  const counted = await agg().sortByCount('$category').sort({ count: -1, _id: 1 }).limit(1).end()
  expect(counted.data).toEqual([{ _id: 'novel', count: 2 }])
})

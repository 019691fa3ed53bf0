// The SQL push-down must never change an answer: for random documents and random filters over
// indexed and unindexed fields, the planner returns exactly what mingo returns over all documents.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { countDocs, findDocs, matchDocs } from '../../../local-cloudbase/database/planner'
import { runFind, matching } from '../../../local-cloudbase/database/query'
import { DocumentStore, type Doc } from '../../../local-cloudbase/database/store'
import { translateFilter } from '../../../local-cloudbase/database/sql-filter'

const dir = mkdtempSync(path.join(os.tmpdir(), 'futian-planner-'))
const store = new DocumentStore(path.join(dir, 'db.sqlite'))
afterAll(() => {
  store.close()
  rmSync(dir, { recursive: true, force: true })
})

const COLL = 'things'
store.ensureIndex(COLL, { name: 'cat_at', keys: { cat: 1, at: -1, _id: -1 } })
store.ensureIndex(COLL, { name: 'n', keys: { n: 1 } })
store.ensureIndex(COLL, { name: 'tags', keys: { tags: 1 }, multikey: true })

const cats = ['甲', '乙', '丙']
const tagPool = ['ab', 'bc', 'cd', 'de']
const docArb = fc.record({
  cat: fc.constantFrom(...cats),
  at: fc.constantFrom('2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01'),
  n: fc.integer({ min: 0, max: 5 }),
  tags: fc.uniqueArray(fc.constantFrom(...tagPool), { maxLength: 3 }),
  free: fc.constantFrom('x', 'y')
}, { requiredKeys: ['cat', 'at', 'tags', 'free'] }) // `n` may be missing: $ne/$nin must still match it

const scalarCond = fc.oneof(
  fc.record({ cat: fc.constantFrom(...cats) }),
  fc.record({ cat: fc.record({ $ne: fc.constantFrom(...cats) }) }),
  fc.record({ n: fc.record({ $gte: fc.integer({ min: 0, max: 5 }) }) }),
  fc.record({ n: fc.record({ $ne: fc.integer({ min: 0, max: 5 }) }) }),
  fc.record({ n: fc.record({ $lt: fc.integer({ min: 0, max: 5 }) }) }),
  fc.record({ n: fc.record({ $in: fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 3 }) }) }),
  fc.record({ n: fc.record({ $nin: fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 3 }) }) }),
  fc.record({ at: fc.record({ $lt: fc.constantFrom('2024-02-01', '2024-03-15') }) }),
  fc.record({ tags: fc.constantFrom(...tagPool) }),
  fc.record({ tags: fc.record({ $all: fc.uniqueArray(fc.constantFrom(...tagPool), { minLength: 1, maxLength: 2 }) }) }),
  fc.record({ free: fc.constantFrom('x', 'y') }) // unindexed: forces the mingo path
)
const filterArb = fc.oneof(
  scalarCond,
  fc.tuple(scalarCond, scalarCond).map(([a, b]) => ({ $and: [a, b] })),
  fc.tuple(scalarCond, scalarCond).map(([a, b]) => ({ $or: [a, b] })),
  fc.tuple(scalarCond, scalarCond, scalarCond).map(([a, b, c]) => ({ ...a, $or: [b, c] }))
)
const orderArb = fc.constantFrom<Record<string, 1 | -1>>({ at: -1, _id: -1 }, { n: 1, _id: 1 }, { cat: 1, at: -1, _id: -1 }, { free: 1, _id: 1 })

test('push-down answers equal mingo answers', () => {
  fc.assert(
    fc.property(fc.array(docArb, { maxLength: 25 }), filterArb, orderArb, fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 5 }), (docs, filter, order, limit, offset) => {
      store.dropAll()
      store.ensureIndex(COLL, { name: 'cat_at', keys: { cat: 1, at: -1, _id: -1 } })
      store.ensureIndex(COLL, { name: 'n', keys: { n: 1 } })
      store.ensureIndex(COLL, { name: 'tags', keys: { tags: 1 }, multikey: true })
      docs.forEach((d, i) => store.insert(COLL, { _id: `d${String(i).padStart(2, '0')}`, ...d }))
      const all = store.all(COLL) as Doc[]
      const expected = runFind(all, filter, { order, limit, offset })
      expect(findDocs(store, COLL, filter, { order, limit, offset })).toEqual(expected)
      expect(countDocs(store, COLL, filter)).toBe(matching(all, filter).length)
      expect(matchDocs(store, COLL, filter).map((d) => d._id).sort()).toEqual(matching(all, filter).map((d) => d._id).sort())
    }),
    { numRuns: 300 }
  )
})

test('filters on indexed fields translate to SQL; others do not', () => {
  const fields = store.indexedFields(COLL)
  expect(translateFilter({ cat: '甲', $or: [{ at: { $lt: 'x' } }, { at: 'x', _id: { $lt: 'y' } }] }, fields, COLL)).not.toBeNull()
  expect(translateFilter({ tags: { $all: ['ab', 'bc'] } }, fields, COLL)).not.toBeNull()
  expect(translateFilter({ free: 'x' }, fields, COLL)).toBeNull()
  expect(translateFilter({ cat: /甲/ }, fields, COLL)).toBeNull()
  expect(translateFilter({ cat: null }, fields, COLL)).toBeNull()
})

test('multikey side tables follow updates and deletes', () => {
  store.dropAll()
  store.ensureIndex(COLL, { name: 'tags', keys: { tags: 1 }, multikey: true })
  store.insert(COLL, { _id: 'a', tags: ['ab', 'cd'] })
  store.put(COLL, { _id: 'a', tags: ['de'] })
  expect(findDocs(store, COLL, { tags: 'ab' }, {})).toEqual([])
  expect(findDocs(store, COLL, { tags: 'de' }, {}).map((d) => d._id)).toEqual(['a'])
  store.delete(COLL, 'a')
  expect(countDocs(store, COLL, { tags: 'de' })).toBe(0)
})

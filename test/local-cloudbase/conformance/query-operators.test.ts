// Query commands as CloudBase documents them (https://docs.cloudbase.net/api-reference/server/node-sdk/database/command),
// with MongoDB's semantics where CloudBase defers to it (https://www.mongodb.com/docs/manual/reference/operator/query/).
// The inventory is MongoDB's documentation example, so each expected set can be checked there.
import { idsOf, load, useConformanceCloudbase } from './conformance-kit'

const cb = useConformanceCloudbase()
const db = () => cb().sdk.database()
const _ = () => db().command
const $ = () => db().command.aggregate
// The SDK's typings declare `mod()` without its [divisor, remainder] argument; the SDK takes it.
const mod = (divisor: number, remainder: number) => (_() as unknown as { mod: (v: number[]) => object }).mod([divisor, remainder])

const inventory = [
  { _id: 'i1', item: 'journal', qty: 25, tags: ['blank', 'red'], dim: [14, 21], instock: [{ warehouse: 'A', qty: 5 }, { warehouse: 'C', qty: 15 }], status: 'A', since: new Date('2024-01-10T00:00:00Z') },
  { _id: 'i2', item: 'notebook', qty: 50, tags: ['red', 'blank'], dim: [14, 21], instock: [{ warehouse: 'C', qty: 5 }], status: 'A', since: new Date('2024-06-01T00:00:00Z') },
  { _id: 'i3', item: 'paper', qty: 100, tags: ['red', 'blank', 'plain'], dim: [14, 21], instock: [{ warehouse: 'A', qty: 60 }, { warehouse: 'B', qty: 15 }], status: 'D' },
  { _id: 'i4', item: 'planner', qty: 75, tags: ['blank', 'red'], dim: [22.85, 30], instock: [{ warehouse: 'A', qty: 40 }, { warehouse: 'B', qty: 5 }], status: 'D', note: null },
  { _id: 'i5', item: 'postcard', qty: 45, tags: ['blue'], dim: [10, 15.25], instock: [{ warehouse: 'B', qty: 15 }, { warehouse: 'C', qty: 35 }], status: 'A' }
]
// The SDK repository's own example of an array of embedded documents beside arrays of scalars.
const mixed = [
  { _id: 'numbers', tags: [1, 2, 3, 4, 5, 6, 7, 8, 9] },
  { _id: 'embedded', tags: [{ value: 1 }, { value: 7 }] },
  { _id: 'strings', tags: ['Go', 'C#'] }
]

const where = async (coll: string, query: () => object) => idsOf(await db().collection(coll).where(query()).get())

describe('on the inventory', () => {
  beforeAll(async () => {
    await load(cb(), 'inventory', inventory)
  })

  test.each([
    ['eq', () => ({ status: _().eq('A') }), ['i1', 'i2', 'i5']],
    ['a plain value is eq', () => ({ status: 'D' }), ['i3', 'i4']],
    ['neq', () => ({ status: _().neq('A') }), ['i3', 'i4']],
    ['gt', () => ({ qty: _().gt(50) }), ['i3', 'i4']],
    ['gte', () => ({ qty: _().gte(50) }), ['i2', 'i3', 'i4']],
    ['lt', () => ({ qty: _().lt(45) }), ['i1']],
    ['lte', () => ({ qty: _().lte(45) }), ['i1', 'i5']],
    ['in', () => ({ item: _().in(['paper', 'postcard']) }), ['i3', 'i5']],
    ['nin', () => ({ item: _().nin(['paper', 'postcard']) }), ['i1', 'i2', 'i4']],
    ['gt on dates', () => ({ since: _().gt(new Date('2024-03-01T00:00:00Z')) }), ['i2']],
    ['and on one field', () => ({ qty: _().gt(20).and(_().lt(60)) }), ['i1', 'i2', 'i5']],
    ['and across fields', () => _().and([{ status: 'A' }, { qty: _().lt(30) }]), ['i1']],
    ['or across fields', () => _().or([{ status: 'D' }, { qty: _().lt(30) }]), ['i1', 'i3', 'i4']],
    ['or on one field', () => ({ qty: _().lt(30).or(_().gt(90)) }), ['i1', 'i3']],
    ['nor', () => _().nor([{ status: 'A' }, { qty: _().gt(90) }]), ['i4']],
    ['not', () => ({ qty: _().not(_().gt(50)) }), ['i1', 'i2', 'i5']],
    ['exists true (a null value exists)', () => ({ note: _().exists(true) }), ['i4']],
    ['exists false', () => ({ note: _().exists(false) }), ['i1', 'i2', 'i3', 'i5']],
    ['null matches null and missing', () => ({ note: null }), ['i1', 'i2', 'i3', 'i4', 'i5']],
    ['mod [divisor, remainder]', () => ({ qty: mod(4, 1) }), ['i1', 'i5']],
    ['size', () => ({ tags: _().size(2) }), ['i1', 'i2', 'i4']],
    ['all', () => ({ tags: _().all(['red', 'blank']) }), ['i1', 'i2', 'i3', 'i4']],
    ['a scalar matches an array holding it', () => ({ tags: 'plain' }), ['i3']],
    ['an array matches exactly, in order', () => ({ tags: ['red', 'blank'] }), ['i2']],
    ['a dot path into an array of documents', () => ({ 'instock.qty': _().gt(50) }), ['i3']],
    ['an array index in the path', () => ({ 'dim.1': _().gt(25) }), ['i4']],
    ['elemMatch on documents: one element meets every condition', () => ({ instock: _().elemMatch({ warehouse: 'A', qty: _().gt(30) }) }), ['i3', 'i4']],
    ['conditions on a dot path may be met by different elements', () => ({ 'instock.warehouse': 'C', 'instock.qty': _().gt(30) }), ['i5']],
    // MongoDB's form; the SDK sends `_.elemMatch(_.gt(15).and(_.lt(20)))` unserialized, so write the operators.
    ['elemMatch on scalars: one element meets both bounds', () => ({ dim: _().elemMatch({ $gt: 15, $lt: 20 }) }), ['i5']],
    ['without elemMatch each bound may be met by another element', () => ({ dim: _().gt(15).and(_().lt(20)) }), ['i1', 'i2', 'i3', 'i5']],
    ['regular expression (db.RegExp)', () => ({ item: db().RegExp({ regexp: '^p', options: '' }) }), ['i3', 'i4', 'i5']],
    ['regular expression, case-insensitive', () => ({ item: db().RegExp({ regexp: '^P', options: 'i' }) }), ['i3', 'i4', 'i5']],
    ['a JavaScript RegExp', () => ({ item: /book$/ }), ['i2']],
    ['expr compares fields of one document', () => _().expr($().gt(['$qty', $().multiply([{ $arrayElemAt: ['$dim', 0] }, 4])])), ['i3', 'i5']],
    ['jsonSchema: required', () => _().jsonSchema({ required: ['note'] }), ['i4']],
    ['jsonSchema: bsonType and minimum', () => _().jsonSchema({ required: ['qty'], properties: { qty: { bsonType: 'int', minimum: 50 } } }), ['i2', 'i3', 'i4']],
    ['jsonSchema: nested array items', () => _().jsonSchema({ properties: { tags: { bsonType: 'array', maxItems: 1 } } }), ['i5']],
    ['nor with jsonSchema', () => _().nor([_().jsonSchema({ required: ['item'] })]), []]
  ])('%s', async (_name, query, expected) => {
    expect(await where('inventory', query)).toEqual(expected)
  })

  test('count uses the same semantics', async () => {
    expect((await db().collection('inventory').where({ instock: _().elemMatch({ warehouse: 'B' }) }).count()).total).toBe(3)
  })

  test('a remove with a query removes exactly what the query matches', async () => {
    const res = await db().collection('inventory').where({ tags: _().size(3) }).remove()
    expect(res.deleted).toBe(1)
    expect(await where('inventory', () => ({}))).toEqual(['i1', 'i2', 'i4', 'i5'])
    await load(cb(), 'inventory', inventory)
  })
})

describe('arrays of embedded documents beside arrays of scalars', () => {
  beforeAll(async () => {
    await load(cb(), 'mixed', mixed)
  })

  test.each([
    ['elemMatch with a field condition skips scalar elements', () => ({ tags: _().elemMatch({ value: _().gt(0) }) }), ['embedded']],
    ['elemMatch with exists', () => ({ tags: _().elemMatch({ value: _().exists(true) }) }), ['embedded']],
    ['elemMatch with mod', () => ({ tags: _().elemMatch({ value: mod(4, 3) }) }), ['embedded']],
    ['elemMatch with an operator on the elements', () => ({ tags: _().elemMatch(_().gt(8)) }), ['numbers']],
    ['exists on the array', () => ({ tags: _().exists(true) }), ['embedded', 'numbers', 'strings']],
    ['a dot path through the documents', () => ({ 'tags.value': 7 }), ['embedded']],
    ['mod on the array holds when one element does', () => ({ tags: mod(5, 4) }), ['numbers']]
  ])('%s', async (_name, query, expected) => {
    expect(await where('mixed', query)).toEqual(expected)
  })
})

describe('bad queries are refused, not guessed', () => {
  test('an unknown operator is INVALID_PARAM', async () => {
    await expect(db().collection('inventory').where({ qty: { $nope: 1 } }).get()).rejects.toMatchObject({ code: 'INVALID_PARAM' })
  })
})

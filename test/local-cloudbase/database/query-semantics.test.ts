// The local CloudBase's database, exercised only through the real @cloudbase/node-sdk over HTTP:
// what a cloud function can do, it can do here with the same results as CloudBase.
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'

let cb: TestCloudbase
beforeAll(async () => {
  cb = await startTestCloudbase()
})
afterAll(() => cb.stop())

const people = () => cb.sdk.database().collection('people')
const _ = () => cb.sdk.database().command

async function seedPeople() {
  await cb.reset()
  const rows = [
    { _id: 'p1', name: '张三', age: 30, street: '福田', tags: ['骑手', '会员'], job: { title: '快递员', years: 3 }, joined: new Date('2020-05-01T00:00:00Z') },
    { _id: 'p2', name: '李四', age: 42, street: '莲花', tags: ['会员'], job: { title: '厨师', years: 12 }, joined: new Date('2015-01-01T00:00:00Z') },
    { _id: 'p3', name: '王五', age: 25, street: '福田', tags: [], job: { title: '保安', years: 1 } },
    { _id: 'p4', name: '赵六', age: 58, street: '园岭', tags: ['退休'], note: null }
  ]
  for (const row of rows) await people().add(row)
}

const ids = (res: { data: unknown[] }) => (res.data as { _id: string }[]).map((d) => d._id).sort()

describe('queries', () => {
  beforeAll(seedPeople)

  test.each([
    ['eq', () => ({ street: _().eq('福田') }), ['p1', 'p3']],
    ['neq', () => ({ street: _().neq('福田') }), ['p2', 'p4']],
    ['gt', () => ({ age: _().gt(42) }), ['p4']],
    ['gte', () => ({ age: _().gte(42) }), ['p2', 'p4']],
    ['lt', () => ({ age: _().lt(30) }), ['p3']],
    ['lte', () => ({ age: _().lte(30) }), ['p1', 'p3']],
    ['in', () => ({ street: _().in(['莲花', '园岭']) }), ['p2', 'p4']],
    ['nin', () => ({ street: _().nin(['福田']) }), ['p2', 'p4']],
    ['exists true', () => ({ job: _().exists(true) }), ['p1', 'p2', 'p3']],
    ['exists false', () => ({ job: _().exists(false) }), ['p4']],
    ['and on one field', () => ({ age: _().gt(20).and(_().lt(35)) }), ['p1', 'p3']],
    ['or across fields', () => _().or([{ street: '莲花' }, { age: _().gt(50) }]), ['p2', 'p4']],
    ['nor', () => _().nor([{ street: '福田' }, { age: _().gt(50) }]), ['p2']],
    ['not', () => ({ age: _().not(_().gt(40)) }), ['p1', 'p3']],
    ['dot path', () => ({ 'job.years': _().gte(3) }), ['p1', 'p2']],
    ['nested object query', () => ({ job: { title: '厨师' } }), ['p2']],
    ['match inside an array', () => ({ tags: '会员' }), ['p1', 'p2']],
    ['regular expression', () => ({ name: cb.sdk.database().RegExp({ regexp: '^[张李]', options: 'i' }) }), ['p1', 'p2']],
    ['date comparison', () => ({ joined: _().gt(new Date('2018-01-01T00:00:00Z')) }), ['p1']],
    ['null matches missing and null', () => ({ note: null }), ['p1', 'p2', 'p3', 'p4']]
  ])('%s', async (_name, where, expected) => {
    expect(ids(await people().where(where() as object).get())).toEqual(expected)
  })

  test('orderBy, skip and limit page through in order', async () => {
    const page = await people().orderBy('age', 'desc').skip(1).limit(2).get()
    expect((page.data as { _id: string }[]).map((d) => d._id)).toEqual(['p2', 'p1'])
  })

  test('orderBy on two fields breaks ties with the second', async () => {
    const res = await people().orderBy('street', 'asc').orderBy('age', 'desc').get()
    const rows = res.data as { street: string; age: number }[]
    const fukuda = rows.filter((r) => r.street === '福田').map((r) => r.age)
    expect(fukuda).toEqual([30, 25])
  })

  test('field keeps only the projected fields (and _id)', async () => {
    const res = await people().where({ _id: 'p1' }).field({ name: true, job: { title: true } }).get()
    expect(res.data[0]).toEqual({ _id: 'p1', name: '张三', job: { title: '快递员' } })
  })

  test('count', async () => {
    expect((await people().where({ street: '福田' }).count()).total).toBe(2)
  })

  test('dates come back as Date objects', async () => {
    const res = await people().doc('p1').get()
    expect((res.data[0] as { joined: Date }).joined).toEqual(new Date('2020-05-01T00:00:00Z'))
  })

  test('a malformed query is refused with a CloudBase error, not a crash', async () => {
    await expect(people().where({ age: { $badOperator: 1 } } as never).get()).rejects.toMatchObject({ code: expect.any(String) })
  })
})

describe('limits', () => {
  beforeAll(async () => {
    await cb.reset()
    const coll = cb.sdk.database().collection('many')
    // One insert of 1,100 documents is one SDK call, as a batch add is on CloudBase.
    await coll.add(Array.from({ length: 1100 }, (_v, i) => ({ n: i })) as never)
  })

  test('get() returns 100 rows unless asked', async () => {
    expect((await cb.sdk.database().collection('many').get()).data).toHaveLength(100)
  })

  test('limit is capped at 1000 like CloudBase', async () => {
    expect((await cb.sdk.database().collection('many').limit(1000).get()).data).toHaveLength(1000)
    expect((await cb.sdk.database().collection('many').limit(1100).get()).data).toHaveLength(1000)
  })
})

describe('writes', () => {
  beforeEach(seedPeople)

  test('add returns the new id and the document reads back', async () => {
    const { id } = (await people().add({ name: '孙七', age: 33 })) as { id: string }
    expect(id).toMatch(/^[0-9a-f]{32}$/)
    expect((await people().doc(id).get()).data[0]).toMatchObject({ _id: id, name: '孙七', age: 33 })
  })

  test('serverDate is resolved by the server', async () => {
    const before = Date.now()
    const { id } = (await people().add({ name: '时间', at: cb.sdk.database().serverDate() })) as { id: string }
    const at = ((await people().doc(id).get()).data[0] as { at: Date }).at
    expect(at).toBeInstanceOf(Date)
    expect(at.getTime()).toBeGreaterThanOrEqual(before - 1000)
  })

  test('doc().set replaces the whole document', async () => {
    await people().doc('p1').set({ name: '张三丰' })
    expect((await people().doc('p1').get()).data[0]).toEqual({ _id: 'p1', name: '张三丰' })
  })

  test('doc().set creates a missing document', async () => {
    await people().doc('new-one').set({ name: '新人' })
    expect((await people().doc('new-one').get()).data[0]).toEqual({ _id: 'new-one', name: '新人' })
  })

  test('doc().update applies operators and merges nested objects', async () => {
    const c = _()
    const res = await people()
      .doc('p1')
      .update({ age: c.inc(1), tags: c.push(['组长']), job: { years: c.mul(2) }, street: c.remove(), level: c.set({ grade: 2 }) })
    expect(res.updated).toBe(1)
    expect((await people().doc('p1').get()).data[0]).toEqual({
      _id: 'p1',
      name: '张三',
      age: 31,
      tags: ['骑手', '会员', '组长'],
      job: { title: '快递员', years: 6 },
      level: { grade: 2 },
      joined: new Date('2020-05-01T00:00:00Z')
    })
  })

  test('pull and addToSet', async () => {
    await people().doc('p1').update({ tags: _().pull('骑手') })
    await people().doc('p1').update({ tags: _().addToSet('会员') })
    await people().doc('p2').update({ tags: _().addToSet('骑手') })
    expect(((await people().doc('p1').get()).data[0] as { tags: string[] }).tags).toEqual(['会员'])
    expect(((await people().doc('p2').get()).data[0] as { tags: string[] }).tags).toEqual(['会员', '骑手'])
  })

  test('updating a missing document updates nothing', async () => {
    expect((await people().doc('nobody').update({ age: 1 })).updated).toBe(0)
  })

  test('where().update changes every match and reports how many', async () => {
    const res = await people().where({ street: '福田' }).update({ street: '福田街道' })
    expect(res.updated).toBe(2)
    expect((await people().where({ street: '福田街道' }).count()).total).toBe(2)
  })

  test('a conditional update is the optimistic-concurrency primitive: only the first of two wins', async () => {
    const first = await people().where({ _id: 'p2', age: 42 }).update({ age: _().inc(1) })
    const second = await people().where({ _id: 'p2', age: 42 }).update({ age: _().inc(1) })
    expect([first.updated, second.updated]).toEqual([1, 0])
  })

  test('updateAndReturn gives back the document as updated', async () => {
    const res = await people().where({ _id: 'p3' }).updateAndReturn({ age: _().inc(5) })
    expect(res).toMatchObject({ updated: 1, doc: { _id: 'p3', age: 30 } })
  })

  test('doc().remove and where().remove', async () => {
    expect((await people().doc('p1').remove()).deleted).toBe(1)
    expect((await people().where({ age: _().gt(40) }).remove()).deleted).toBe(2)
    expect(ids(await people().get())).toEqual(['p3'])
  })
})

describe('unique indexes from database/collections.ts', () => {
  beforeEach(() => cb.reset())

  test('a second article with the same sourceKey is refused and nothing is written', async () => {
    const articles = cb.sdk.database().collection('articles')
    await articles.add({ sourceKey: 'same', title: 'A' })
    await expect(articles.add({ sourceKey: 'same', title: 'B' })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })
    const all = await articles.get()
    expect(all.data.map((d) => (d as { title: string }).title)).toEqual(['A'])
  })

  test('a batch add with a duplicate inside writes none of the batch', async () => {
    const articles = cb.sdk.database().collection('articles')
    await expect(articles.add([{ sourceKey: 'a' }, { sourceKey: 'b' }, { sourceKey: 'a' }] as never)).rejects.toBeTruthy()
    expect((await articles.count()).total).toBe(0)
  })

  test('an update that would collide is refused too', async () => {
    const articles = cb.sdk.database().collection('articles')
    await articles.add({ _id: 'x', sourceKey: 'one' })
    await articles.add({ _id: 'y', sourceKey: 'two' })
    await expect(articles.doc('y').update({ sourceKey: 'one' })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })
    expect(((await articles.doc('y').get()).data[0] as { sourceKey: string }).sourceKey).toBe('two')
  })
})

// Transactions through the real @cloudbase/node-sdk, as CloudBase documents them
// (https://docs.cloudbase.net/database/transaction; WeChat's guide/database/transaction: snapshot
// isolation, transaction locks, single-document operations) and as the SDK repository's own
// transaction tests expect them to answer (codes and messages).
import { eventually } from '../../helpers/eventually'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'

let cb: TestCloudbase
beforeAll(async () => {
  cb = await startTestCloudbase()
})
afterAll(() => cb.stop())

const COLL = 'accounts'
const db = () => cb.sdk.database()
type Tx = Awaited<ReturnType<ReturnType<typeof db>['startTransaction']>>
const _ = () => db().command
const plain = (id: string) => db().collection(COLL).doc(id)
const stored = async (id: string) => ((await plain(id).get()).data as Record<string, unknown>[])[0]

const CONFLICT = {
  code: 'DATABASE_TRANSACTION_CONFLICT',
  message: expect.stringContaining('[ResourceUnavailable.TransactionConflict]')
}
const NOT_EXIST = {
  code: 'DATABASE_TRANSACTION_FAIL',
  message: expect.stringContaining('[ResourceUnavailable.TransactionNotExist]')
}

beforeEach(async () => {
  await cb.reset()
  await db().collection(COLL).add([
    { _id: 'a', owner: '张三', balance: 100, joined: new Date('2024-01-02T03:04:05Z') },
    { _id: 'b', owner: '李四', balance: 50 },
    { _id: 'c', owner: '王五', balance: 0 }
  ])
})

describe('startTransaction, commit, rollback', () => {
  test('a started transaction has an id; commit answers a requestId', async () => {
    const tx = await db().startTransaction()
    expect(typeof tx.getTransactionId()).toBe('string')
    const res = await tx.commit()
    expect(typeof res.requestId).toBe('string')
  })

  test('get inside a transaction returns the document (dates as dates), or null when missing', async () => {
    const tx = await db().startTransaction()
    const a = await tx.collection(COLL).doc('a').get()
    expect(a.data).toEqual({ _id: 'a', owner: '张三', balance: 100, joined: new Date('2024-01-02T03:04:05Z') })
    expect((await tx.collection(COLL).doc('nobody').get()).data).toBeNull()
    await tx.commit()
  })

  test('writes of every kind land together at commit and are invisible before it', async () => {
    const tx = await db().startTransaction()
    expect(await tx.collection(COLL).doc('a').update({ balance: _().inc(-30) })).toMatchObject({ updated: 1 })
    expect(await tx.collection(COLL).doc('b').set({ owner: '李四', balance: 80 })).toMatchObject({ updated: 1 })
    expect(await tx.collection(COLL).doc('c').remove()).toMatchObject({ deleted: 1 })
    const added = await tx.collection(COLL).add({ _id: 'd', owner: '赵六', balance: 1 })
    expect(added).toMatchObject({ id: 'd', inserted: 1, ok: 1 })
    expect(await tx.collection(COLL).doc('e').set({ owner: '孙七', balance: 2 })).toMatchObject({ upserted: [{ _id: 'e' }] })

    // The transaction reads its own writes ...
    expect((await tx.collection(COLL).doc('a').get()).data).toMatchObject({ balance: 70 })
    expect((await tx.collection(COLL).doc('c').get()).data).toBeNull()
    // ... nobody else does yet.
    expect(await stored('a')).toMatchObject({ balance: 100 })
    expect(await stored('c')).toMatchObject({ balance: 0 })
    expect(await stored('d')).toBeUndefined()

    await tx.commit()
    expect(await stored('a')).toMatchObject({ balance: 70 })
    expect(await stored('b')).toEqual({ _id: 'b', owner: '李四', balance: 80 })
    expect(await stored('c')).toBeUndefined()
    expect(await stored('d')).toEqual({ _id: 'd', owner: '赵六', balance: 1 })
    expect(await stored('e')).toEqual({ _id: 'e', owner: '孙七', balance: 2 })
  })

  test('rollback forgets every write', async () => {
    const tx = await db().startTransaction()
    await tx.collection(COLL).doc('a').update({ balance: 0 })
    await tx.collection(COLL).doc('c').remove()
    await tx.collection(COLL).add({ _id: 'd', balance: 1 })
    expect(typeof (await tx.rollback()).requestId).toBe('string')
    expect(await stored('a')).toMatchObject({ balance: 100 })
    expect(await stored('c')).toMatchObject({ balance: 0 })
    expect(await stored('d')).toBeUndefined()
  })

  test('a finished transaction cannot be used again (TransactionNotExist)', async () => {
    const tx = await db().startTransaction()
    await tx.commit()
    await expect(tx.collection(COLL).doc('a').set({ balance: 1 })).rejects.toMatchObject(NOT_EXIST)
    await expect(tx.commit()).rejects.toMatchObject(NOT_EXIST)
    const aborted = await db().startTransaction()
    await aborted.rollback()
    await expect(aborted.rollback()).rejects.toMatchObject(NOT_EXIST)
    expect(await stored('a')).toMatchObject({ balance: 100 })
  })

  test('adding an _id that exists is a duplicate key, and the transaction goes on', async () => {
    const tx = await db().startTransaction()
    await expect(tx.collection(COLL).add({ _id: 'a', balance: 1 })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })
    await tx.collection(COLL).doc('b').update({ balance: 51 })
    await tx.commit()
    expect(await stored('b')).toMatchObject({ balance: 51 })
  })

  test('only single-document operations are allowed inside a transaction', async () => {
    const tx = await db().startTransaction()
    await expect(tx.collection(COLL).where({ owner: '张三' }).get()).rejects.toMatchObject({ code: 'INVALID_PARAM' })
    // (The SDK sends `where().count()`, `.update()` and `.remove()` without the transaction's id:
    // they run as plain operations, outside the transaction, here as on CloudBase.)
    await tx.rollback()
  })
})

describe('isolation and conflicts', () => {
  test('reads inside a transaction see the snapshot taken when it started', async () => {
    const tx = await db().startTransaction()
    await tx.collection(COLL).doc('c').get()
    await plain('a').set({ owner: '张三', balance: 1 })
    await plain('b').update({ balance: 2 })
    expect((await tx.collection(COLL).doc('a').get()).data).toMatchObject({ balance: 100 })
    expect((await tx.collection(COLL).doc('b').get()).data).toMatchObject({ balance: 50 })
    // Writing a document someone committed after the snapshot is a conflict, and ends the transaction.
    await expect(tx.collection(COLL).doc('a').update({ balance: 99 })).rejects.toMatchObject(CONFLICT)
    await expect(tx.rollback()).rejects.toMatchObject(NOT_EXIST)
    expect(await stored('a')).toMatchObject({ balance: 1 })
  })

  test('of two transactions writing one document, the later fails with a conflict and the earlier commits', async () => {
    const first = await db().startTransaction()
    const later = await db().startTransaction()
    const seen = await later.collection(COLL).doc('a').get()
    await first.collection(COLL).doc('a').update({ balance: _().inc(-10) })
    await expect(later.collection(COLL).doc('a').update({ balance: seen.data.balance + 5 })).rejects.toMatchObject(CONFLICT)
    await first.commit()
    expect(await stored('a')).toMatchObject({ balance: 90 })
  })

  test('transactions on different documents do not conflict', async () => {
    const one = await db().startTransaction()
    const two = await db().startTransaction()
    await one.collection(COLL).doc('a').update({ balance: 1 })
    await two.collection(COLL).doc('b').update({ balance: 2 })
    await two.commit()
    await one.commit()
    expect([await stored('a'), await stored('b')]).toMatchObject([{ balance: 1 }, { balance: 2 }])
  })

  test('a plain write to a locked document waits for the transaction, then applies on top of it', async () => {
    const tx = await db().startTransaction()
    await tx.collection(COLL).doc('a').update({ balance: _().inc(1) })
    const waiting = plain('a').update({ balance: _().inc(10) })
    // Had the plain write gone first, the commit would find the document changed and conflict.
    await tx.commit()
    expect(await waiting).toMatchObject({ updated: 1 })
    expect(await stored('a')).toMatchObject({ balance: 111 })
  })

  test('a plain write to a locked document proceeds after a rollback, on the old value', async () => {
    const tx = await db().startTransaction()
    await tx.collection(COLL).doc('b').remove()
    const waiting = db().collection(COLL).where({ owner: '李四' }).update({ balance: _().inc(1) })
    await tx.rollback()
    expect(await waiting).toMatchObject({ updated: 1 })
    expect(await stored('b')).toMatchObject({ balance: 51 })
  })
})

describe('runTransaction', () => {
  test('commits what the callback wrote and resolves with what it returned', async () => {
    const result = await db().runTransaction(async (tx: Tx) => {
      const a = await tx.collection(COLL).doc('a').get()
      await tx.collection(COLL).doc('a').update({ balance: _().inc(-25) })
      await tx.collection(COLL).doc('c').update({ balance: _().inc(25) })
      return a.data.balance - 25
    })
    expect(result).toBe(75)
    expect([await stored('a'), await stored('c')]).toMatchObject([{ balance: 75 }, { balance: 25 }])
  })

  test('rollback(reason) rejects with the reason and writes nothing', async () => {
    const run = db().runTransaction(async (tx: Tx) => {
      await tx.collection(COLL).doc('a').update({ balance: 0 })
      await tx.rollback('余额不足')
    })
    await expect(run).rejects.toBe('余额不足')
    expect(await stored('a')).toMatchObject({ balance: 100 })
  })

  test('an error thrown by the callback rejects with it and writes nothing', async () => {
    const boom = new Error('业务校验失败')
    await expect(
      db().runTransaction(async (tx: Tx) => {
        await tx.collection(COLL).doc('a').update({ balance: 0 })
        throw boom
      })
    ).rejects.toBe(boom)
    expect(await stored('a')).toMatchObject({ balance: 100 })
  })

  test('a conflict reruns the callback, which then commits on fresh data', async () => {
    let attempts = 0
    const result = await db().runTransaction(async (tx: Tx) => {
      attempts += 1
      const a = await tx.collection(COLL).doc('a').get()
      // Someone else changes the document between this attempt's snapshot and its write.
      if (attempts === 1) await plain('a').update({ balance: _().inc(1000) })
      await tx.collection(COLL).doc('a').update({ balance: a.data.balance + 1 })
      return a.data.balance
    })
    expect(attempts).toBe(2)
    expect(result).toBe(1100)
    expect(await stored('a')).toMatchObject({ balance: 1101 })
  })

  test('after `times` conflicting runs it gives up with the conflict', async () => {
    let attempts = 0
    const run = db().runTransaction(async (tx: Tx) => {
      attempts += 1
      await tx.collection(COLL).doc('a').get()
      await plain('a').update({ balance: _().inc(1) })
      await tx.collection(COLL).doc('a').update({ balance: 0 })
    }, 2)
    await expect(run).rejects.toMatchObject(CONFLICT)
    // The SDK runs the callback once, then retries while `times` lasts (2 → 3 runs).
    expect(attempts).toBe(3)
    expect(await stored('a')).toMatchObject({ balance: 103 })
  })

  test('concurrent transfers keep the total: every one commits or retries, none is lost', async () => {
    const transfer = (from: string, to: string) =>
      db().runTransaction(async (tx: Tx) => {
        const src = await tx.collection(COLL).doc(from).get()
        await tx.collection(COLL).doc(from).update({ balance: src.data.balance - 1 })
        const dst = await tx.collection(COLL).doc(to).get()
        await tx.collection(COLL).doc(to).update({ balance: dst.data.balance + 1 })
      }, 50)
    const pairs = Array.from({ length: 10 }, (_v, i) => (i % 2 ? ['a', 'b'] : ['b', 'c']) as [string, string])
    await Promise.all(pairs.map(([from, to]) => transfer(from, to)))
    const balances = await Promise.all(['a', 'b', 'c'].map(async (id) => (await stored(id)).balance))
    expect(balances).toEqual([100 - 5, 50, 0 + 5])
  })
})

describe('time limit', () => {
  let short: TestCloudbase
  beforeAll(async () => {
    short = await startTestCloudbase({ transactionTimeLimitMs: 400 })
  })
  afterAll(() => short.stop())

  test('a transaction left open past its limit is rolled back and its locks released', async () => {
    const sdb = short.sdk.database()
    await sdb.collection(COLL).add({ _id: 'a', balance: 100 })
    const tx = await sdb.startTransaction()
    await tx.collection(COLL).doc('a').update({ balance: 0 })
    // Wait for the state, not for a time: the transaction answers TransactionNotExist once expired.
    const codeOfRead = () => tx.collection(COLL).doc('a').get().then(() => 'still open', (err: { code?: string }) => err.code)
    await eventually(codeOfRead, { timeoutMs: 20_000 }).toBe('DATABASE_TRANSACTION_FAIL')
    await expect(tx.commit()).rejects.toMatchObject(NOT_EXIST)
    // Its lock is gone: a plain write goes straight through, on the untouched document.
    await expect(sdb.collection(COLL).doc('a').update({ balance: _().inc(1) })).resolves.toMatchObject({ updated: 1 })
    expect((await sdb.collection(COLL).doc('a').get()).data[0]).toMatchObject({ balance: 101 })
  })
})

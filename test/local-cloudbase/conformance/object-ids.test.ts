// ObjectId values (`db.ObjectId({ id })`) as `_id`, as other fields and in `$lookup`, as the SDK
// repository's own oid tests expect: `add` answers the hex string, replies carry ObjectIds as hex
// strings, and queries with an ObjectId match stored ObjectIds (as in MongoDB, not equal strings).
import { ObjectId } from 'bson'
import { load, useConformanceCloudbase } from './conformance-kit'

const cb = useConformanceCloudbase()
const db = () => cb().sdk.database()
const oid = (id: string) => db().ObjectId({ id })

const userId = new ObjectId().toHexString()
const inviterId = new ObjectId().toHexString()

beforeEach(async () => {
  await load(cb(), 'invites', [])
  await db().collection('users').add({ _id: oid(inviterId), name: '邀请人' })
})

test('an ObjectId _id: add answers its hex string; the document is found by the ObjectId', async () => {
  const res = await db().collection('users').add({ _id: oid(userId), name: '新会员', inviter: oid(inviterId) })
  expect(res.id).toBe(userId)
  const found = await db().collection('users').where({ _id: oid(userId) }).get()
  expect(found.data).toEqual([{ _id: userId, name: '新会员', inviter: inviterId }])
})

test('an ObjectId field is matched by an ObjectId, not by the equal string', async () => {
  await db().collection('users').add({ _id: oid(userId), inviter: oid(inviterId) })
  expect((await db().collection('users').where({ inviter: oid(inviterId) }).get()).data).toHaveLength(1)
  expect((await db().collection('users').where({ inviter: inviterId }).get()).data).toHaveLength(0)
  expect((await db().collection('users').where({ inviter: db().command.in([oid(inviterId)]) }).count()).total).toBe(1)
})

test('an update leaves ObjectId fields ObjectIds', async () => {
  await db().collection('users').add({ _id: oid(userId), inviter: oid(inviterId), n: 1 })
  await db().collection('users').where({ _id: oid(userId) }).update({ n: 2 })
  expect((await db().collection('users').where({ inviter: oid(inviterId), n: 2 }).get()).data).toHaveLength(1)
})

test('a lookup joins an ObjectId field to an ObjectId _id', async () => {
  await db().collection('invites').add({ _id: 'i1', inviter_uid: oid(inviterId) })
  const res = await db().collection('invites').aggregate().lookup({ from: 'users', localField: 'inviter_uid', foreignField: '_id', as: 'inviter' }).end()
  expect(res.data).toEqual([{ _id: 'i1', inviter_uid: inviterId, inviter: [{ _id: inviterId, name: '邀请人' }] }])
})

test('a second document with the same ObjectId _id is a duplicate key', async () => {
  await expect(db().collection('users').add({ _id: oid(inviterId) })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })
})

test('an ObjectId can be removed by it', async () => {
  expect((await db().collection('users').where({ _id: oid(inviterId) }).remove()).deleted).toBe(1)
  expect((await db().collection('users').count()).total).toBe(0)
})

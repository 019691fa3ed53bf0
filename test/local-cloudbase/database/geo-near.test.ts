// `_.geoNear` through the real SDK: nearest first, min/max distance in metres, combined with other
// conditions, and refused without a 2dsphere index (as CloudBase refuses it).
import { sphereDistance } from '../../../local-cloudbase/database/geo'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'

let cb: TestCloudbase
const CENTRE = { longitude: 114.0579, latitude: 22.5431 } // 福田区 civic centre, roughly

beforeAll(async () => {
  cb = await startTestCloudbase()
  cb.local.store.ensureIndex('spots', { name: 'geo', keys: { location: '2dsphere' } })
  const db = cb.sdk.database()
  const spots = [
    { _id: 'near', kind: 'a', lng: 114.058, lat: 22.5432 },
    { _id: 'mid', kind: 'b', lng: 114.07, lat: 22.55 },
    { _id: 'far', kind: 'a', lng: 114.1, lat: 22.58 },
    { _id: 'mid2', kind: 'a', lng: 114.045, lat: 22.535 }
  ]
  for (const s of spots) await db.collection('spots').add({ _id: s._id, kind: s.kind, location: new db.Geo.Point(s.lng, s.lat) })
})
afterAll(() => cb.stop())

const near = (extra: object = {}) => {
  const db = cb.sdk.database()
  return db.command.geoNear({ geometry: new db.Geo.Point(CENTRE.longitude, CENTRE.latitude), ...extra })
}

test('nearest first, and points come back as Geo.Point', async () => {
  const res = await cb.sdk.database().collection('spots').where({ location: near() }).get()
  const rows = res.data as { _id: string; location: { longitude: number; latitude: number } }[]
  const distances = rows.map((r) => sphereDistance(CENTRE.longitude, CENTRE.latitude, r.location.longitude, r.location.latitude))
  expect(rows[0]._id).toBe('near')
  expect([...distances].sort((a, b) => a - b)).toEqual(distances)
  expect(rows).toHaveLength(4)
})

test('minDistance and maxDistance bound the ring, in metres', async () => {
  const res = await cb.sdk.database().collection('spots').where({ location: near({ minDistance: 100, maxDistance: 2500 }) }).get()
  expect(res.data.map((r) => (r as { _id: string })._id)).toEqual(['mid', 'mid2']) // 1,462 m and 1,604 m
})

test('combined with other conditions and a limit', async () => {
  const res = await cb.sdk.database().collection('spots').where({ kind: 'a', location: near() }).limit(2).get()
  expect(res.data.map((r) => (r as { _id: string })._id)).toEqual(['near', 'mid2'])
})

test('a field without a 2dsphere index is refused', async () => {
  const db = cb.sdk.database()
  await db.collection('unindexed').add({ location: new db.Geo.Point(114, 22.5) })
  await expect(db.collection('unindexed').where({ location: near() }).get()).rejects.toMatchObject({ code: 'INVALID_PARAM' })
})

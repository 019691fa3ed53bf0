// The one declaration of collections and indexes, as the local CloudBase applies it and as
// deploy:database sends it to CloudBase.
import { COLLECTIONS } from '../../database/collections'
import { toManagerIndex } from '../../database/manager-indexes'
import { startTestCloudbase } from '../helpers/local-cloudbase'

test('index declarations translate to manager-node CreateIndexes entries', () => {
  expect(toManagerIndex({ name: 'channel_publishedAt', keys: { channel: 1, publishedAt: -1 } })).toEqual({
    IndexName: 'channel_publishedAt',
    MgoKeySchema: { MgoIndexKeys: [{ Name: 'channel', Direction: '1' }, { Name: 'publishedAt', Direction: '-1' }], MgoIsUnique: false }
  })
  expect(toManagerIndex({ name: 'u', keys: { sourceKey: 1 }, unique: true }).MgoKeySchema.MgoIsUnique).toBe(true)
})

test('the places geo index goes to CloudBase as a 2dsphere key (the direction its index API takes for 地理位置)', () => {
  const geo = COLLECTIONS.find((c) => c.name === 'places')!.indexes.find((i) => i.name === 'location_geo')!
  expect(toManagerIndex(geo).MgoKeySchema.MgoIndexKeys).toEqual([{ Name: 'location', Direction: '2dsphere' }])
})

test('index names are unique per collection and every collection is created locally', async () => {
  const cb = await startTestCloudbase()
  try {
    for (const c of COLLECTIONS) {
      expect(new Set(c.indexes.map((i) => i.name)).size).toBe(c.indexes.length)
      expect(cb.local.store.collections()).toContain(c.name)
    }
  } finally {
    await cb.stop()
  }
})

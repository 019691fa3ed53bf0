// listPlaces over the local CloudBase: by street without a position, nearest first with one, filters,
// distances that match the haversine on known points, and cursors that return every place once.
import type { PlaceSummary } from '../../../contracts/services/documents'
import { distanceMetres, EARTH_RADIUS_M } from '../../../contracts/services/distance'
import { STREETS } from '../../../contracts/services/catalog'
import { demoPlaces, seedServicesContent } from '../../../database/seed/services/seed-services'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'
import { data, databasePicture } from './content-kit'
import { allPages, callServices, makePlace, makePlaces, storePlaces } from './services-kit'

let cb: TestCloudbase
const logs: string[] = []
beforeAll(async () => {
  cb = await startTestCloudbase({ log: (line) => logs.push(line) })
})
afterAll(() => cb.stop())

/** 福田区 civic centre, roughly. */
const CENTRE = { latitude: 22.5431, longitude: 114.0579 }
const list = (input: Record<string, unknown>) => callServices(cb, 'listPlaces', input)
const ids = (items: PlaceSummary[]) => items.map((p) => p.id)

describe('with the demo places', () => {
  beforeAll(async () => {
    await cb.reset()
    await seedServicesContent(cb.sdk)
  })
  const demo = demoPlaces()

  test('without a position: every place once, by street in the district’s order, then id', async () => {
    const { pages } = await allPages((cursor) => list({ limit: 50, ...(cursor ? { cursor } : {}) }))
    const items = pages.flat()
    expect(items).toHaveLength(demo.length)
    expect(new Set(ids(items)).size).toBe(demo.length)
    const expected = [...demo].sort((a, b) => a.streetOrder - b.streetOrder || (a._id < b._id ? -1 : 1)).map((p) => p._id)
    expect(ids(items)).toEqual(expected)
    expect(pages.slice(0, -1).every((p) => p.length === 50)).toBe(true)
    expect(items.every((p) => p.distance === undefined)).toBe(true)
  })

  test('with a position: every place once, nearest first, each distance the haversine in whole metres', async () => {
    const { pages } = await allPages((cursor) => list({ near: CENTRE, limit: 17, ...(cursor ? { cursor } : {}) }))
    const items = pages.flat()
    expect(items).toHaveLength(demo.length)
    expect(new Set(ids(items)).size).toBe(demo.length)
    const exact = items.map((p) => distanceMetres(CENTRE, p))
    expect([...exact].sort((a, b) => a - b)).toEqual(exact)
    for (const p of items) {
      expect(p.distance).toBe(Math.round(distanceMetres(CENTRE, p)))
      expect(Number.isInteger(p.distance)).toBe(true)
    }
  })

  test('filters by type and by street, with and without a position, and pages within the filter', async () => {
    for (const near of [undefined, CENTRE]) {
      const canteens = (await allPages((cursor) => list({ type: 'union-canteen', limit: 5, ...(near ? { near } : {}), ...(cursor ? { cursor } : {}) }))).pages.flat()
      expect(canteens).toHaveLength(18)
      expect(canteens.every((p) => p.type === 'union-canteen')).toBe(true)
      expect(new Set(canteens.map((p) => p.street))).toEqual(new Set(STREETS.filter((s) => s !== '南园')))

      const inShatou = (await allPages((cursor) => list({ street: '沙头', limit: 9, ...(near ? { near } : {}), ...(cursor ? { cursor } : {}) }))).pages.flat()
      expect(ids(inShatou).sort()).toEqual(demo.filter((p) => p.street === '沙头').map((p) => p._id).sort())

      const both = data(await list({ type: 'workers-library', street: '梅林', ...(near ? { near } : {}) })).items
      expect(ids(both).sort()).toEqual(demo.filter((p) => p.street === '梅林' && p.type === 'workers-library').map((p) => p._id).sort())
    }
    expect(data(await list({ type: 'union-canteen', street: '南园' }))).toEqual({ items: [], nextCursor: null })
  })

  test('every place says whether it is sample; only the two real 爱心妈妈小屋 are not', async () => {
    const rooms = data(await list({ type: 'loving-mother-room', limit: 50 })).items
    expect(rooms).toHaveLength(17)
    const real = rooms.filter((p) => !p.sample)
    expect(real.map((p) => p.name).sort()).toEqual(['中山大学附属第八医院爱心妈妈小屋', '华航社区党群服务中心爱心妈妈小屋'])
    const all = (await allPages((cursor) => list({ limit: 50, ...(cursor ? { cursor } : {}) }))).pages.flat()
    expect(all.every((p) => typeof p.sample === 'boolean')).toBe(true)
    for (const p of all.filter((x) => x.sample)) expect(p.name).toMatch(/（示例 \d+）$/)
  })

  test('a place carries what the finder shows, and nothing else', async () => {
    const [first] = data(await list({ limit: 1, near: CENTRE })).items
    expect(Object.keys(first).sort()).toEqual(['address', 'distance', 'hours', 'id', 'latitude', 'longitude', 'name', 'offers', 'sample', 'street', 'type'])
  })

  test('a cursor of one ordering is refused by the other', async () => {
    const byStreet = data(await list({ limit: 3 })).nextCursor!
    const byDistance = data(await list({ limit: 3, near: CENTRE })).nextCursor!
    expect(await list({ cursor: byStreet, near: CENTRE })).toMatchObject({ status: 400, body: { ok: false, error: { code: 'INVALID_CURSOR' } } })
    expect(await list({ cursor: byDistance })).toMatchObject({ status: 400, body: { ok: false, error: { code: 'INVALID_CURSOR' } } })
  })

  test('the position is used for the query only: not stored, not logged, not in the cursor', async () => {
    const where = { latitude: 22.5437913, longitude: 114.0512647 }
    const before = databasePicture(cb)
    const written: string[] = []
    const capture = (chunk: unknown) => {
      written.push(String(chunk))
      return true
    }
    const out = jest.spyOn(process.stdout, 'write').mockImplementation(capture)
    const err = jest.spyOn(process.stderr, 'write').mockImplementation(capture)
    let cursor: string | null
    try {
      cursor = data(await list({ near: where, limit: 5 })).nextCursor
      data(await list({ near: where, limit: 5, cursor: cursor! }))
    } finally {
      out.mockRestore()
      err.mockRestore()
    }
    expect(databasePicture(cb)).toBe(before)
    const seen = [...logs, ...written, Buffer.from(cursor!, 'base64url').toString('utf8')].join('\n')
    expect(seen).not.toMatch(/22\.54379|114\.05126/)
  })
})

describe('distances and ties', () => {
  beforeEach(() => cb.reset())

  test('distances match the sphere on known points', async () => {
    // 0.009° of latitude is R·Δφ along a meridian; 0.01° of longitude is about R·cos φ·Δλ.
    const north = makePlace({ latitude: CENTRE.latitude + 0.009, longitude: CENTRE.longitude })
    const east = makePlace({ latitude: CENTRE.latitude, longitude: CENTRE.longitude + 0.01 })
    const here = makePlace({ latitude: CENTRE.latitude, longitude: CENTRE.longitude })
    await storePlaces(cb, [north, east, here])
    const items = data(await list({ near: CENTRE })).items
    expect(ids(items)).toEqual([here._id, north._id, east._id])
    const rad = Math.PI / 180
    expect(items[0].distance).toBe(0)
    expect(items[1].distance).toBe(Math.round(EARTH_RADIUS_M * 0.009 * rad)) // 1,002 m
    expect(items[2].distance).toBeGreaterThanOrEqual(Math.floor(EARTH_RADIUS_M * Math.cos(CENTRE.latitude * rad) * 0.01 * rad) - 1) // about 1,028 m
    expect(items[2].distance).toBeLessThanOrEqual(Math.ceil(EARTH_RADIUS_M * Math.cos(CENTRE.latitude * rad) * 0.01 * rad) + 1)
  })

  test('places sharing one spot page by id, none skipped or repeated, even past a whole read', async () => {
    const spot = { latitude: 22.55, longitude: 114.07 }
    // 30 at one spot is more than one read of a 5-row page takes (5 + 1 + spare).
    const together = Array.from({ length: 30 }, () => makePlace(spot))
    const around = makePlaces(25)
    await storePlaces(cb, [...together, ...around])
    for (const limit of [1, 5, 7, 50]) {
      const { pages } = await allPages((cursor) => list({ near: CENTRE, limit, ...(cursor ? { cursor } : {}) }))
      const items = pages.flat()
      expect(items).toHaveLength(55)
      expect(new Set(ids(items)).size).toBe(55)
      const tied = items.filter((p) => p.latitude === spot.latitude && p.longitude === spot.longitude)
      expect(ids(tied)).toEqual(together.map((p) => p._id).sort())
      const exact = items.map((p) => distanceMetres(CENTRE, p))
      expect([...exact].sort((a, b) => a - b)).toEqual(exact)
    }
  })

  test('without a position, places of one street page by id', async () => {
    await storePlaces(cb, makePlaces(23, { street: '莲花' }))
    const { pages } = await allPages((cursor) => list({ limit: 4, ...(cursor ? { cursor } : {}) }))
    expect(pages).toHaveLength(6)
    const got = ids(pages.flat())
    expect(got).toEqual([...got].sort())
    expect(new Set(got).size).toBe(23)
  })

  test('a place far away is still found, at its distance', async () => {
    const beijing = makePlace({ latitude: 39.9042, longitude: 116.4074 })
    await storePlaces(cb, [beijing, makePlace()])
    const items = data(await list({ near: CENTRE })).items
    expect(items[1].id).toBe(beijing._id)
    expect(items[1].distance).toBeGreaterThan(1_900_000)
    expect(items[1].distance).toBeLessThan(2_000_000)
  })

  test('an empty collection is an empty page', async () => {
    expect(data(await list({}))).toEqual({ items: [], nextCursor: null })
    expect(data(await list({ near: CENTRE }))).toEqual({ items: [], nextCursor: null })
  })
})

// Shared by the tests of the service actions (services, places, FAQs): calling them through the
// gateway, and places made by a small generator and stored straight through the SDK.
import { STREETS, streetOrder, type PlaceType, type Street } from '../../../contracts/services/catalog'
import type { ServiceActions } from '../../../contracts/services/actions'
import type { Envelope } from '../../../contracts/envelope'
import type { PlaceSeed } from '../../../database/seed/services/generate-places'
import type { TestCloudbase } from '../../helpers/local-cloudbase'

/** Calls one service action of `content` (anonymous unless an openid is given). */
export function callServices<A extends keyof ServiceActions>(
  cb: TestCloudbase,
  action: A,
  input: ServiceActions[A]['input'] | Record<string, unknown>,
  openid?: string
): Promise<{ status: number; body: Envelope<ServiceActions[A]['result']> }> {
  return cb.call<ServiceActions[A]['result']>('content', { action, ...input }, openid)
}

let seq = 0

/** A place with sensible defaults (a sample 暖蜂驿站 in 福田街道); override what the test is about. */
export function makePlace(overrides: Partial<Omit<PlaceSeed, 'streetOrder'>> = {}): PlaceSeed {
  seq += 1
  const street: Street = overrides.street ?? '福田'
  const type: PlaceType = overrides.type ?? 'warm-bee-station'
  return {
    _id: `test-place-${String(seq).padStart(4, '0')}`,
    name: `测试阵地 ${seq}`,
    type,
    address: `福田区${street}街道（测试地址 ${seq}）`,
    longitude: 114.06,
    latitude: 22.54,
    hours: '周一至周日 8:00–22:00',
    offers: ['饮水'],
    sample: true,
    ...overrides,
    street,
    streetOrder: streetOrder(street)
  }
}

/** `count` places spread over every street and type, each at its own position in Futian. */
export function makePlaces(count: number, overrides: Partial<Omit<PlaceSeed, 'streetOrder'>> = {}): PlaceSeed[] {
  const types: PlaceType[] = ['warm-bee-station', 'workers-library', 'loving-mother-room', 'union-canteen', 'worker-service-center']
  return Array.from({ length: count }, (_, i) =>
    makePlace({
      street: STREETS[i % STREETS.length],
      type: types[i % types.length],
      longitude: 114.0 + ((i * 37) % 100) / 1000,
      latitude: 22.5 + ((i * 53) % 90) / 1000,
      ...overrides
    })
  )
}

/** Stores places as the seed does: `doc(id).set` with the position as a `db.Geo.Point`. */
export async function storePlaces(cb: TestCloudbase, places: PlaceSeed[]): Promise<PlaceSeed[]> {
  const db = cb.sdk.database()
  await Promise.all(
    places.map(({ _id, longitude, latitude, ...rest }) => db.collection('places').doc(_id).set({ ...rest, location: new db.Geo.Point(longitude, latitude) }))
  )
  return places
}

/** Follows `nextCursor` until the end; fails on an error reply or a runaway. */
export async function allPages<T>(fetchPage: (cursor?: string) => Promise<{ status: number; body: Envelope<{ items: T[]; nextCursor: string | null }> }>): Promise<{ pages: T[][] }> {
  const pages: T[][] = []
  let cursor: string | undefined
  for (let i = 0; i < 1000; i++) {
    const res = await fetchPage(cursor)
    if (!res.body.ok) throw new Error(`page ${i + 1}: ${res.status} ${JSON.stringify(res.body.error)}`)
    pages.push(res.body.data.items)
    if (!res.body.data.nextCursor) return { pages }
    cursor = res.body.data.nextCursor
  }
  throw new Error('paging did not end')
}

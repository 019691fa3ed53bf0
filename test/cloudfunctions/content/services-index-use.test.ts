// The service actions' queries run on declared indexes: the local CloudBase answers them in SQL and
// reads no whole collection, except the few rows of `services` (nine, no index by design) and the
// emulated `_.geoNear`, which computes every distance (CloudBase itself uses the 2dsphere index).
import type { ServiceActions } from '../../../contracts/services/actions'
import { seedServicesContent } from '../../../database/seed/services/seed-services'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'
import { data, storeArticles } from './content-kit'
import { callServices } from './services-kit'

let cb: TestCloudbase
beforeAll(async () => {
  cb = await startTestCloudbase()
  await seedServicesContent(cb.sdk)
  await storeArticles(cb, Array.from({ length: 6 }, (_, i) => ({ title: `圆梦计划第${i}期` })))
})
afterAll(() => cb.stop())

async function wholeReads(action: keyof ServiceActions, input: Record<string, unknown>): Promise<string[]> {
  const all = jest.spyOn(cb.local.store, 'all')
  try {
    data(await callServices(cb, action, input))
    return all.mock.calls.map(([c]) => c)
  } finally {
    all.mockRestore()
  }
}

test.each<[keyof ServiceActions, Record<string, unknown>]>([
  ['listPlaces', {}],
  ['listPlaces', { type: 'warm-bee-station' }],
  ['listPlaces', { street: '梅林' }],
  ['listPlaces', { type: 'workers-library', street: '华富', limit: 3 }],
  ['listFaqs', {}],
  ['listFaqs', { q: '材料' }],
  ['getService', { id: 'dream-plan' }]
])('%s %j reads no whole collection', async (action, input) => {
  expect(await wholeReads(action, input)).toEqual([])
})

test.each([{}, { type: 'worker-service-center' }, { street: '福保' }])('listPlaces %j reads its later pages on the index too', async (input) => {
  const first = data(await callServices(cb, 'listPlaces', { ...input, limit: 3 }))
  expect(first.nextCursor).not.toBeNull()
  expect(await wholeReads('listPlaces', { ...input, limit: 3, cursor: first.nextCursor! })).toEqual([])
})

test('the check would see a scan: listServices reads the nine service rows whole', async () => {
  expect(await wholeReads('listServices', {})).toEqual(['services'])
})

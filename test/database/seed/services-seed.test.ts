// The 服务 tab's demo content as the seed loads it: services, FAQs and ~350 places, labelled where
// they are samples, inside Futian, and loaded again without a single new document.
import { COLLECTIONS } from '../../../database/collections'
import { PLACE_TYPES, STREETS } from '../../../contracts/services/catalog'
import type { FaqDoc, PlaceDoc, ServiceDoc } from '../../../contracts/services/documents'
import { seedDemoContent } from '../../../database/seed/seed-demo-content'
import { generatePlaces } from '../../../database/seed/services/generate-places'
import places from '../../../database/seed/services/places.json'
import { demoFaqs, demoPlaces, demoServices, seedServicesContent } from '../../../database/seed/services/seed-services'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'

let cb: TestCloudbase
beforeAll(async () => {
  cb = await startTestCloudbase()
  await seedDemoContent(cb.sdk)
})
afterAll(() => cb.stop())

const stored = <T>(collection: string) => cb.local.store.all(collection) as unknown as T[]
const counts = () => Object.fromEntries(cb.local.store.collections().map((c) => [c, cb.local.store.all(c).length]))
const picture = (collection: string) => JSON.stringify([...cb.local.store.all(collection)].sort((a, b) => String(a._id).localeCompare(String(b._id))))

test('loads the nine services, the FAQ and the places after the articles', () => {
  expect(stored<ServiceDoc>('services').map((s) => s._id).sort()).toEqual(demoServices().map((s) => s._id).sort())
  expect(stored('faqs')).toHaveLength(demoFaqs().length)
  expect(demoFaqs().length).toBeGreaterThanOrEqual(15)
  expect(stored('places')).toHaveLength(352)
  expect(stored('articles').length).toBeGreaterThan(0)
})

test('seeding again changes no count and no document', async () => {
  const before = counts()
  const docs = ['services', 'faqs', 'places'].map(picture)
  await seedDemoContent(cb.sdk)
  await seedServicesContent(cb.sdk)
  expect(counts()).toEqual(before)
  expect(['services', 'faqs', 'places'].map(picture)).toEqual(docs)
})

test('places: the real counts of each type, stored as GeoJSON points inside Futian', () => {
  const all = stored<PlaceDoc>('places')
  const perType = Object.fromEntries(PLACE_TYPES.map((t) => [t.id, all.filter((p) => p.type === t.id).length]))
  expect(perType).toEqual({ 'warm-bee-station': 125, 'workers-library': 91, 'loving-mother-room': 17, 'union-canteen': 18, 'worker-service-center': 101 })
  for (const p of all) {
    expect(p.location.type).toBe('Point')
    const [lng, lat] = p.location.coordinates
    expect(lat).toBeGreaterThanOrEqual(22.5)
    expect(lat).toBeLessThanOrEqual(22.59)
    expect(lng).toBeGreaterThanOrEqual(113.99)
    expect(lng).toBeLessThanOrEqual(114.1)
    expect(p.streetOrder).toBe(STREETS.indexOf(p.street))
    expect(p.offers.length).toBeGreaterThan(0)
  }
  for (const street of STREETS) expect(all.filter((p) => p.street === street).length).toBeGreaterThan(20)
})

test('each sample place lies in its own street’s area and says it is a sample', () => {
  const areas = places.streetAreas as Record<string, number[]>
  for (const p of generatePlaces().filter((x) => x.sample)) {
    const [west, south, east, north] = areas[p.street]
    expect(p.longitude).toBeGreaterThanOrEqual(west)
    expect(p.longitude).toBeLessThanOrEqual(east)
    expect(p.latitude).toBeGreaterThanOrEqual(south)
    expect(p.latitude).toBeLessThanOrEqual(north)
    expect(p.name).toMatch(new RegExp(`^${p.street}街道·.+（示例 \\d+）$`))
    expect(p.address).toMatch(/（示例地址）$/)
  }
})

test('工会大食堂: two in each of the nine streets that have them, none in 南园', () => {
  const canteens = demoPlaces().filter((p) => p.type === 'union-canteen')
  const perStreet = Object.fromEntries(STREETS.map((s) => [s, canteens.filter((p) => p.street === s).length]))
  expect(perStreet).toEqual({ 园岭: 2, 南园: 0, 福田: 2, 沙头: 2, 梅林: 2, 华富: 2, 香蜜湖: 2, 莲花: 2, 华强北: 2, 福保: 2 })
})

test('the only places that are not samples are the two 爱心妈妈小屋 public sources name', () => {
  const real = demoPlaces().filter((p) => !p.sample)
  expect(real.map((p) => [p.name, p.street, p.address])).toEqual([
    ['华航社区党群服务中心爱心妈妈小屋', '华强北', '福田区振华路V尚街2楼（华航社区党群服务中心）'],
    ['中山大学附属第八医院爱心妈妈小屋', '福田', '福田区深南中路3025号（中山大学附属第八医院）']
  ])
})

test('the generator is deterministic', () => {
  expect(generatePlaces()).toEqual(generatePlaces())
  expect(generatePlaces()[0]).toMatchObject({ _id: 'warm-bee-station-001', street: '园岭', sample: true })
})

test('services: sample ones say so, sourced ones name their sources, and no contact is invented', () => {
  const services = demoServices()
  expect(services.map((s) => s.order)).toEqual(services.map((_, i) => i))
  for (const s of services) {
    expect(s.contacts).toEqual([])
    if (!s.sample) expect(s.sources.length).toBeGreaterThan(0)
    expect(s.newsKeywords.length).toBeGreaterThan(0)
  }
  const plan = services.find((s) => s._id === 'dream-plan')!
  expect(plan.about).toContain('2500 元/人')
  expect(plan.about).toContain('4315')
  expect(services.find((s) => s._id === 'warm-bee-station')!.about).toMatch(/125 个暖蜂驿站.*饮水热饭、如厕冲凉、充电阅读等 30 项基础服务/)
  expect(services.find((s) => s._id === 'union-canteen')!.about).toContain('18 家工会大食堂')
  expect(services.find((s) => s._id === 'one-click-relief')!.about).toContain('常态帮扶救助')
})

test('no phone number anywhere in the demo content', () => {
  const text = JSON.stringify([demoServices(), demoFaqs(), demoPlaces()])
  expect(text).not.toMatch(/\d{3,4}-\d{7,8}|1[3-9]\d{9}|\d{4} \d{4}/)
})

test('FAQ groups are in order and questions numbered within each', () => {
  const faqs = stored<FaqDoc>('faqs').sort((a, b) => a.groupOrder - b.groupOrder || a.order - b.order)
  expect([...new Set(faqs.map((f) => f.group))]).toEqual(['圆梦计划', '服务阵地', '帮扶救助', '法律援助', '会员与入会'])
  for (const f of faqs) expect(typeof f.sample).toBe('boolean')
})

test('every indexed key of the new collections holds a string or a number, as the local CloudBase needs', () => {
  for (const name of ['services', 'places', 'faqs']) {
    const spec = COLLECTIONS.find((c) => c.name === name)!
    for (const index of spec.indexes) {
      for (const [key, dir] of Object.entries(index.keys)) {
        if (dir === '2dsphere' || key === '_id') continue
        for (const doc of cb.local.store.all(name)) expect(['string', 'number']).toContain(typeof doc[key])
      }
    }
  }
})

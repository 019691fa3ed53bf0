// The places finder at scale: 5,000 places across Futian's streets; listPlaces sorted by distance
// (and filtered by type), and by street without a location, through the gateway.
// Target (issue 4): listPlaces sorted by distance over 5,000 places, p99 ≤ 20 ms.
import { PLACE_TYPES, STREETS, streetOrder } from '../../contracts/services/catalog'
import type { SuiteResult } from '../run'
import { bulkInsert, startBenchCloudbase } from '../lib/bench-cloudbase'
import { callGateway } from '../lib/gateway-client'
import { measure, type Measurement } from '../lib/measure'
import { prng } from './news-data'

const PLACES = Number(process.env.BENCH_PLACES ?? 5_000)

function generatePlaces(count: number) {
  const rnd = prng(7)
  return Array.from({ length: count }, (_v, i) => {
    const street = STREETS[i % STREETS.length]
    const type = PLACE_TYPES[i % PLACE_TYPES.length].id
    const longitude = 113.99 + rnd() * 0.11
    const latitude = 22.5 + rnd() * 0.09
    return {
      _id: `bench-place-${String(i).padStart(5, '0')}`,
      name: `${street}街道·服务阵地 ${i}`,
      type,
      street,
      streetOrder: streetOrder(street),
      address: `${street}街道示例路 ${i} 号`,
      location: { type: 'Point', coordinates: [longitude, latitude] },
      hours: '周一至周日 8:00–22:00',
      offers: ['饮水', '充电', '休息'],
      sample: true
    }
  })
}

export async function placesSuite(): Promise<SuiteResult> {
  const cb = await startBenchCloudbase()
  try {
    await bulkInsert(cb.sdk, 'places', generatePlaces(PLACES))
    const url = cb.local.url
    const ok = (r: { status: number; body: { ok: boolean } }) => r.status === 200 && r.body.ok
    const rnd = prng(11)
    const spot = () => ({ latitude: 22.5 + rnd() * 0.09, longitude: 113.99 + rnd() * 0.11 })
    const measurements: Measurement[] = []
    for (const concurrency of [1, 16]) {
      await measure('warm-up', concurrency, concurrency * 4, async () => ok(await callGateway(url, 'content', { action: 'listPlaces' })))
      const calls = concurrency === 1 ? 400 : 1600
      measurements.push(await measure('listPlaces by distance', concurrency, calls, async () => ok(await callGateway(url, 'content', { action: 'listPlaces', near: spot() }))))
      measurements.push(
        await measure('listPlaces by distance, one type', concurrency, calls, async (i) =>
          ok(await callGateway(url, 'content', { action: 'listPlaces', type: PLACE_TYPES[i % PLACE_TYPES.length].id, near: spot() }))
        )
      )
      measurements.push(
        await measure('listPlaces by street', concurrency, calls, async (i) => ok(await callGateway(url, 'content', { action: 'listPlaces', street: STREETS[i % STREETS.length] })))
      )
    }
    const one = measurements.find((m) => m.name === 'listPlaces by distance' && m.concurrency === 1)!
    const sixteen = measurements.find((m) => m.name === 'listPlaces by distance' && m.concurrency === 16)!
    const errors = measurements.reduce((n, m) => n + m.errors, 0)
    return {
      measurements,
      targets: [
        { name: 'listPlaces by distance p99 ≤ 20 ms (1 caller)', met: one.p99Ms <= 20, detail: `${one.p99Ms} ms` },
        {
          name: 'listPlaces by distance p99 ≤ 20 ms (16 callers)',
          met: sixteen.p99Ms <= 20,
          detail: `${sixteen.p99Ms} ms (queueing floor ${((16 / sixteen.throughputPerSec) * 1000).toFixed(0)} ms at ${sixteen.throughputPerSec} req/s)`
        },
        { name: 'no errors', met: errors === 0, detail: `${errors} failed calls` }
      ],
      notes: { places: PLACES }
    }
  } finally {
    await cb.stop()
  }
}

// The demo's places: the real counts of each type (places.json), spread over Futian's streets,
// each a clearly labelled sample with a position inside its street's rough area, plus the few
// places public sources name. Deterministic: the same input gives the same places, ids and
// positions on every run, so re-seeding updates rather than duplicates. See README.md here.
import { PLACE_TYPES, STREETS, placeTypeName, streetOrder, type PlaceType, type Street } from '../../../contracts/services/catalog'
import type { PlaceDoc } from '../../../contracts/services/documents'
import input from './places.json'

/** A place as the seed writes it; `seed-services.ts` turns the position into a Geo.Point. */
export type PlaceSeed = Pick<PlaceDoc, '_id' | 'name' | 'type' | 'street' | 'streetOrder' | 'address' | 'hours' | 'offers' | 'sample'> & { longitude: number; latitude: number }

/** What places.json says about one type. */
interface TypeSpec {
  count: number
  streets?: string[]
  hours: string[]
  hoursWithOffer?: Record<string, string>
  offers: string[]
  optionalOffers: string[]
  settings: string[]
}

/** A real place from places.json (`note` says where it comes from and what is approximate). */
interface RealPlace {
  _id: string
  name: string
  type: string
  street: string
  address: string
  longitude: number
  latitude: number
  hours: string
  offers: string[]
  note: string
}

/** [west longitude, south latitude, east longitude, north latitude] */
type Box = [number, number, number, number]

const STREET_AREAS = input.streetAreas as unknown as Record<string, Box>
const TYPES = input.types as Record<string, TypeSpec>
const REAL_PLACES = input.realPlaces as RealPlace[]

/** Every demo place: per type in PLACE_TYPES order, the real ones first, then the samples. */
export function generatePlaces(): PlaceSeed[] {
  return PLACE_TYPES.flatMap(({ id }) => placesOfType(id))
}

function placesOfType(type: PlaceType): PlaceSeed[] {
  const spec = TYPES[type]
  if (!spec) throw new Error(`places.json has no entry for place type ${type}`)
  const real = REAL_PLACES.filter((p) => p.type === type).map(toRealSeed)
  const streets = (spec.streets ?? [...STREETS]).map(asStreet)
  // Each type starts its round of streets at a different one, so small types do not all crowd
  // into the first streets of the list.
  const offset = PLACE_TYPES.findIndex((t) => t.id === type)
  const random = mulberry32(hashSeed(type))
  const perStreet = new Map<Street, number>()
  const samples: PlaceSeed[] = []
  for (let i = 0; i < spec.count - real.length; i++) {
    const street = streets[(i + offset) % streets.length]
    const n = (perStreet.get(street) ?? 0) + 1
    perStreet.set(street, n)
    const [west, south, east, north] = STREET_AREAS[street]
    const offers = spec.offers.filter((o) => !spec.optionalOffers.includes(o) || random() < 0.6)
    const withOffer = Object.entries(spec.hoursWithOffer ?? {}).find(([offer]) => offers.includes(offer))
    const hours = withOffer ? withOffer[1] : pick(spec.hours, random)
    samples.push({
      _id: `${type}-${String(i + 1).padStart(3, '0')}`,
      name: `${street}街道·${placeTypeName(type)}（示例 ${n}）`,
      type,
      street,
      streetOrder: streetOrder(street),
      address: `福田区${street}街道·${pick(spec.settings, random)}（示例地址）`,
      longitude: round6(west + (east - west) * random()),
      latitude: round6(south + (north - south) * random()),
      hours,
      offers,
      sample: true
    })
  }
  return [...real, ...samples]
}

function toRealSeed(p: RealPlace): PlaceSeed {
  const street = asStreet(p.street)
  return {
    _id: p._id,
    name: p.name,
    type: p.type as PlaceType,
    street,
    streetOrder: streetOrder(street),
    address: p.address,
    longitude: p.longitude,
    latitude: p.latitude,
    hours: p.hours,
    offers: p.offers,
    sample: false
  }
}

function asStreet(name: string): Street {
  if (!(STREETS as readonly string[]).includes(name) || !STREET_AREAS[name]) throw new Error(`places.json names an unknown street: ${name}`)
  return name as Street
}

function pick<T>(options: T[], random: () => number): T {
  return options[Math.floor(random() * options.length)]
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6
}

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a of a string: one seed per place type, so changing one type leaves the others' places as they were. */
function hashSeed(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

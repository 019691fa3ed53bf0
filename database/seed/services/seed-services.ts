// The 服务 tab's demo content: the union's services (services.json), the FAQ (faqs.json) and the
// places (generate-places.ts from places.json), written through the SDK under deterministic ids
// with `doc(id).set`, so seeding again updates every document and never adds one. See README.md here.
import { PLACE_TYPES, SERVICE_IDS, STREETS } from '../../../contracts/services/catalog'
import type { FaqDoc, ServiceDoc } from '../../../contracts/services/documents'
import type { SdkApp } from '../../../local-cloudbase/sdk-client'
import faqInput from './faqs.json'
import { generatePlaces, type PlaceSeed } from './generate-places'
import serviceInput from './services.json'

// The files are checked by hand rather than with zod: contracts/zod.ts loads zod's ESM-only
// locale, which the test runner (jest, CommonJS) cannot import, and the tests run this seed.
const SERVICE_FIELDS = ['_id', 'name', 'tagline', 'order', 'about', 'eligibility', 'steps', 'documents', 'contacts', 'placeType', 'newsKeywords', 'sources', 'sample']
const FAQ_FIELDS = ['_id', 'group', 'question', 'answer', 'sample']

/** The services, one per SERVICE_IDS entry, in grid order; a typo fails here instead of reaching the app. */
export function demoServices(): ServiceDoc[] {
  const services = serviceInput as ServiceDoc[]
  for (const s of services) {
    const where = `services.json ${s._id}`
    onlyFields(s, SERVICE_FIELDS, where)
    check([s.name, s.tagline, s.about, s.eligibility].every(isText), `${where}: name, tagline, about and eligibility must be text`)
    check(Number.isInteger(s.order) && s.order >= 0, `${where}: order must be a whole number`)
    check(textList(s.steps) && s.steps.length > 0 && textList(s.documents) && textList(s.sources), `${where}: steps, documents and sources must be lists of text`)
    check(textList(s.newsKeywords) && s.newsKeywords.length > 0, `${where}: newsKeywords must name at least one word`)
    check(Array.isArray(s.contacts) && s.contacts.every((c) => isText(c.label) && isText(c.phone)), `${where}: contacts must have a label and a phone`)
    check(s.placeType === undefined || PLACE_TYPES.some((t) => t.id === s.placeType), `${where}: unknown placeType`)
    check(typeof s.sample === 'boolean', `${where}: sample must be true or false`)
  }
  const ids = services.map((s) => s._id)
  check(ids.length === SERVICE_IDS.length && SERVICE_IDS.every((id) => ids.includes(id)), `services.json must hold each service exactly once: ${SERVICE_IDS.join(', ')}`)
  return [...services].sort((a, b) => a.order - b.order)
}

/** The FAQ, each question with its group's position (`groupOrder`) and its own within the group (`order`). */
export function demoFaqs(): FaqDoc[] {
  const { groups, faqs } = faqInput as { groups: string[]; faqs: Omit<FaqDoc, 'groupOrder' | 'order'>[] }
  const seen = new Map<string, number>()
  const docs = faqs.map((f) => {
    const where = `faqs.json ${f._id}`
    onlyFields(f, FAQ_FIELDS, where)
    check([f._id, f.question, f.answer].every(isText) && typeof f.sample === 'boolean', `${where}: needs an id, a question, an answer and sample`)
    const groupOrder = groups.indexOf(f.group)
    check(groupOrder >= 0, `${where}: group ${f.group} is not declared in groups`)
    const order = seen.get(f.group) ?? 0
    seen.set(f.group, order + 1)
    return { ...f, groupOrder, order }
  })
  check(new Set(docs.map((f) => f._id)).size === docs.length, 'faqs.json: ids must be unique')
  return docs
}

/** The places (see generate-places.ts). */
export function demoPlaces(): PlaceSeed[] {
  const places = generatePlaces()
  for (const p of places) {
    check((STREETS as readonly string[]).includes(p.street) && PLACE_TYPES.some((t) => t.id === p.type), `place ${p._id}: unknown street or type`)
    check([p.name, p.address, p.hours].every(isText) && textList(p.offers), `place ${p._id}: needs a name, an address, hours and offers`)
  }
  check(new Set(places.map((p) => p._id)).size === places.length, 'places: ids must be unique')
  return places
}

/** Writes the services, FAQs and places; safe to run again (each document is replaced whole). */
export async function seedServicesContent(app: SdkApp): Promise<{ services: number; faqs: number; places: number }> {
  const db = app.database()
  const services = demoServices()
  const faqs = demoFaqs()
  const places = demoPlaces()
  await writeAll(services, (s) => put(app, 'services', s._id, s))
  await writeAll(faqs, (f) => put(app, 'faqs', f._id, f))
  await writeAll(places, ({ longitude, latitude, ...p }) => put(app, 'places', p._id, { ...p, location: new db.Geo.Point(longitude, latitude) }))
  return { services: services.length, faqs: faqs.length, places: places.length }
}

async function put<T extends { _id: string }>(app: SdkApp, collection: string, id: string, doc: T): Promise<void> {
  // `set` takes the document without its _id (the SDK refuses one).
  const { _id, ...data } = doc
  const res = (await app.database().collection(collection).doc(id).set(data)) as { code?: string; message?: string }
  if (res?.code) throw new Error(`seeding ${collection}/${id} failed: ${res.code} ${res.message ?? ''}`)
}

/** A few writes at a time: quicker than one by one, gentler than hundreds at once. */
async function writeAll<T>(items: T[], write: (item: T) => Promise<void>, concurrency = 8): Promise<void> {
  for (let i = 0; i < items.length; i += concurrency) {
    await Promise.all(items.slice(i, i + concurrency).map(write))
  }
}

function check(ok: boolean, message: string): asserts ok {
  if (!ok) throw new Error(message)
}

function isText(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== ''
}

function textList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every(isText)
}

function onlyFields(obj: object, allowed: string[], where: string): void {
  const extra = Object.keys(obj).filter((k) => !allowed.includes(k))
  check(extra.length === 0, `${where}: unknown fields ${extra.join(', ')}`)
}

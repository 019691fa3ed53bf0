// listLive: what readers see now, of one kind, for staff to open — including content that
// predates content management (imported or synced articles, seeded places, the year's policy),
// which `get { id, kind }` adopts on first open. Each row says whether it is already an item
// (and in which state), so the list can show 草稿/待审核 beside it.
import { listLiveInput, type LiveRow } from '../../../contracts/content-admin/actions'
import type { ContentItemDoc, ContentKind } from '../../../contracts/content-admin/words'
import { DREAM_PLAN_COLLECTIONS } from '../../../contracts/dream-plan/documents'
import { database } from '../../_shared/cloudbase'
import { ok } from '../../_shared/handler'
import { items } from '../../_shared/content-admin/items'
import { contentAction, READERS } from '../content-action'

interface LiveSource {
  collection: string
  /** The field searched and shown. */
  title: string
  order: [string, 'asc' | 'desc'][]
  /** The content item's id for a readers' document (a policy's item is `policy-<year>`). */
  itemId: (doc: Record<string, unknown>) => string
  meta: (doc: Record<string, unknown>) => string
}

const str = (v: unknown) => (typeof v === 'string' ? v : '')

const SOURCES: Record<ContentKind, LiveSource> = {
  article: { collection: 'articles', title: 'title', order: [['publishedAt', 'desc']], itemId: (d) => str(d._id), meta: (d) => [str(d.channel), str(d.publishedAt).slice(0, 10)].filter(Boolean).join(' · ') },
  place: { collection: 'places', title: 'name', order: [['streetOrder', 'asc'], ['name', 'asc']], itemId: (d) => str(d._id), meta: (d) => [str(d.street), str(d.address)].filter(Boolean).join(' · ') },
  service: { collection: 'services', title: 'name', order: [['order', 'asc']], itemId: (d) => str(d._id), meta: (d) => str(d.tagline) },
  faq: { collection: 'faqs', title: 'question', order: [['groupOrder', 'asc'], ['order', 'asc']], itemId: (d) => str(d._id), meta: (d) => str(d.group) },
  policy: { collection: DREAM_PLAN_COLLECTIONS.policies, title: 'title', order: [['year', 'desc']], itemId: (d) => `policy-${String(d.year)}`, meta: (d) => `${str(d.opensAt).slice(0, 10)} 至 ${str(d.closesAt).slice(0, 10)}` }
}

/** Regular-expression metacharacters typed into the search box are searched for as themselves. */
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export const listLive = contentAction({
  roles: READERS,
  input: listLiveInput,
  run: async ({ kind, search, limit }) => {
    const source = SOURCES[kind]
    const db = database()
    let query = db.collection(source.collection).where(search ? { [source.title]: db.RegExp({ regexp: literal(search) }) } : {})
    for (const [field, dir] of source.order) query = query.orderBy(field, dir)
    const { data } = await query.limit(limit).get()
    const docs = data as Record<string, unknown>[]
    const ids = docs.map(source.itemId)
    const managed = new Map<string, ContentItemDoc>()
    if (ids.length) {
      const found = await items().where({ _id: db.command.in(ids) }).field({ body: false }).limit(ids.length).get()
      for (const d of found.data as ContentItemDoc[]) managed.set(d._id, d)
    }
    const rows: LiveRow[] = docs.map((d, i) => {
      const item = managed.get(ids[i])
      return { id: ids[i], kind, title: str(d[source.title]), meta: source.meta(d), ...(item ? { item: { state: item.state, version: item.version } } : {}) }
    })
    return ok({ items: rows })
  }
})

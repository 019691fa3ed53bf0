// Chooses how to answer a read: in SQL when the whole filter and order translate onto indexed
// columns (index scans, LIMIT in SQL: page 500 by key costs what page 1 costs), else with mingo
// over the rows a partial SQL prefilter leaves (or the whole collection). Either way the answer
// is the same; only the cost differs.
import { cloneDoc } from './ejson'
import { mingoFind } from './mingo-options'
import { MAX_LIMIT, DEFAULT_LIMIT, dropUndefined, matching, runFind, type Filter, type ReadOptions } from './query'
import { extractNear, sortByDistance } from './geo'
import { translateFilter, translateOrder, translatePrefilter, type SqlFilter } from './sql-filter'
import type { Doc, DocumentStore } from './store'

/** Documents for `collection.get()`: filtered, ordered, paged and projected. */
export function findDocs(store: DocumentStore, collection: string, filter: Filter, opts: ReadOptions): Doc[] {
  const fields = store.indexedFields(collection)
  const geo = extractNear(filter, fields.geo)
  if (geo) {
    // Nearest first unless an explicit order overrides it, as in MongoDB.
    const candidates = Object.keys(geo.rest).length ? matching(store.all(collection), geo.rest) : store.all(collection)
    const ring = sortByDistance(candidates, geo.near)
    if (opts.order && Object.keys(opts.order).length) return runFind(ring, {}, opts)
    const page = ring.slice(opts.offset ?? 0, (opts.offset ?? 0) + Math.min(opts.limit ?? DEFAULT_LIMIT, MAX_LIMIT))
    return projectDocs(page, opts.projection)
  }
  let exact = translateFilter(filter, fields, collection)
  const orderSql = exact ? translateOrder(opts.order, fields) : null
  if (exact && orderSql !== null) {
    const limit = Math.min(opts.limit ?? DEFAULT_LIMIT, MAX_LIMIT)
    if (orderSql && preferProbe(store, collection, exact, limit + (opts.offset ?? 0))) exact = translateFilter(filter, fields, collection, 'probe')!
    const docs = store.select(collection, exact, orderSql, limit, opts.offset ?? 0)
    return projectDocs(docs, opts.projection)
  }
  return runFind(candidates(store, collection, filter), filter, opts)
}

/** How many documents match. */
export function countDocs(store: DocumentStore, collection: string, filter: Filter): number {
  const geo = extractNear(filter, store.indexedFields(collection).geo)
  if (geo) return sortByDistance(matching(store.all(collection), geo.rest), geo.near).length
  const exact = translateFilter(filter, store.indexedFields(collection), collection)
  if (exact) return store.count(collection, exact)
  return matching(candidates(store, collection, filter), filter).length
}

/** Every matching document (for update and remove); safe to mutate. */
export function matchDocs(store: DocumentStore, collection: string, filter: Filter): Doc[] {
  const geo = extractNear(filter, store.indexedFields(collection).geo)
  if (geo) return sortByDistance(matching(store.all(collection), geo.rest), geo.near).map((d) => cloneDoc(d))
  const exact = translateFilter(filter, store.indexedFields(collection), collection)
  if (exact) return store.select(collection, exact, '')
  return matching(candidates(store, collection, filter), filter).map((d) => cloneDoc(d))
}

/**
 * For an ordered, limited read with multikey lookups: when even the rarest looked-up value is held
 * by many documents, walking the order's index and probing each row stops after about
 * `wanted × total / rarest` rows; when it is rare, fetching its holders and sorting them is cheaper.
 * Balanced where rarest² = wanted × total.
 */
function preferProbe(store: DocumentStore, collection: string, filter: SqlFilter, wanted: number): boolean {
  if (!filter.lookups?.length) return false
  const rarest = Math.min(...filter.lookups.map((l) => store.countMultikey(l.table, l.value)))
  return rarest * rarest > wanted * store.count(collection, null)
}

function candidates(store: DocumentStore, collection: string, filter: Filter): readonly Doc[] {
  const pre = translatePrefilter(filter, store.indexedFields(collection), collection)
  return pre ? store.select(collection, pre, '') : store.all(collection)
}

/** Applies a `field()` projection to documents already chosen. */
export function projectDocs(docs: Doc[], projection: ReadOptions['projection']): Doc[] {
  if (!projection || Object.keys(projection).length === 0) return docs
  return (mingoFind(docs, {}, projection).all() as Doc[]).map(dropUndefined)
}

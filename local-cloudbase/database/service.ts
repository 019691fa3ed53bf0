// The `database.*` actions of CloudBase's HTTP API that @cloudbase/node-sdk sends, served from
// the local store. Request and reply fields follow what the SDK writes and reads
// (@cloudbase/database src/collection.ts, query.ts, document.ts).
import { randomBytes } from 'node:crypto'
import { CloudbaseError, CODES } from '../errors'
import { aggregateDocs } from './aggregate'
import { decodeWire, encodeWire, resolveServerDates } from './ejson'
import { countDocs, findDocs, matchDocs, projectDocs } from './planner'
import { applyOperators, isOperatorUpdate, normalizeOrder, normalizeProjection, QueryError, type Filter } from './query'
import { ObjectId } from 'bson'
import { DocumentStore, DuplicateKeyError, InvalidCollectionError, replyId, type Doc, type DocId } from './store'

type Params = Record<string, unknown>
type Handler = (store: DocumentStore, p: Params, guard: WriteGuard) => unknown

/** Called with the documents a plain write is about to change, before it changes any (a
 * transaction's lock makes it throw, and the caller retries once the lock is released). */
export type WriteGuard = (collection: string, ids: readonly DocId[]) => void

/** The `_id` a new document gets: its own (a non-empty string or an ObjectId), else a new one. */
export function givenOrNewId(id: unknown): DocId {
  return (typeof id === 'string' && id) || id instanceof ObjectId ? (id as DocId) : newId()
}

const noGuard: WriteGuard = () => {}

/** CloudBase `_id`s are 32 hex characters. */
export function newId(): string {
  return randomBytes(16).toString('hex')
}

const handlers: Record<string, Handler> = {
  'database.getDocument': (store, p) => {
    const coll = collectionName(p)
    const filter = readFilter(p)
    const offset = nonNegative(p.offset, 'offset')
    const limit = p.limit === undefined ? undefined : nonNegative(p.limit, 'limit')
    const projection = normalizeProjection(p.projection === undefined ? undefined : decodeWire(String(p.projection)))
    const docs =
      p.queryType === 'DOC'
        ? projectDocs(oneById(store, coll, filter), projection)
        : findDocs(store, coll, filter, {
            order: normalizeOrder(p.order === undefined ? undefined : decodeWire(String(p.order))),
            projection,
            offset,
            limit
          })
    return { list: docs.map(encodeWire), offset: offset ?? 0, limit: limit ?? docs.length }
  },

  'database.aggregateDocuments': (store, p) => ({ list: aggregateDocs(store, collectionName(p), p.stages).map(encodeWire) }),

  'database.calculateDocument': (store, p) => ({ total: countDocs(store, collectionName(p), readFilter(p)) }),

  'database.insertDocument': (store, p, guard) => {
    const coll = collectionName(p)
    const raw = Array.isArray(p.data) ? p.data : [p.data]
    const docs = raw.map((d) => {
      const doc = resolveServerDates(typeof d === 'string' ? decodeWire(d) : d) as Doc
      if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new CloudbaseError(CODES.INVALID_PARAM, 'data must be an object')
      return { ...doc, _id: givenOrNewId(doc._id) }
    })
    guard(coll, docs.map((d) => d._id))
    store.transaction(() => docs.forEach((doc) => store.insert(coll, doc)))
    return { insertedIds: docs.map((d) => replyId(d._id)) }
  },

  'database.modifyDocument': (store, p, guard) => {
    const coll = collectionName(p)
    const filter = readFilter(p)
    const data = resolveServerDates(decodeWire(String(p.data ?? '{}'))) as Filter
    const replace = p.merge === false
    if (!replace && !isOperatorUpdate(data)) throw new CloudbaseError(CODES.INVALID_PARAM, 'update data must use operators')
    return store.transaction(() => {
      const targets = p.queryType === 'DOC' ? oneById(store, coll, filter) : matchDocs(store, coll, filter)
      const chosen = p.multi === false ? targets.slice(0, 1) : targets
      if (chosen.length === 0 && p.upsert === true) {
        const id = givenOrNewId(filter._id)
        guard(coll, [id])
        const doc = replace ? { ...data, _id: id } : upserted(id, data)
        store.insert(coll, doc as Doc)
        return { updated: 0, upsert_id: replyId(id) }
      }
      guard(coll, chosen.map((d) => d._id))
      let updated = 0
      for (const current of chosen) {
        const next = replace ? ({ ...data, _id: current._id } as Doc) : current
        if (replace || applyOperators(next, data)) {
          store.put(coll, next)
          updated += 1
        }
      }
      return { updated, upsert_id: null }
    })
  },

  'database.modifyAndReturnDoc': (store, p, guard) => {
    const coll = collectionName(p)
    const data = resolveServerDates(decodeWire(String(p.data ?? '{}'))) as Filter
    return store.transaction(() => {
      const [next] = matchDocs(store, coll, readFilter(p))
      if (!next) return { updated: 0, doc: null }
      guard(coll, [next._id])
      const changed = applyOperators(next, data)
      if (changed) store.put(coll, next)
      return { updated: changed ? 1 : 0, doc: encodeWire(next) }
    })
  },

  'database.removeDocument': (store, p, guard) => {
    const coll = collectionName(p)
    const filter = readFilter(p)
    return store.transaction(() => {
      const targets = p.queryType === 'DOC' ? oneById(store, coll, filter) : matchDocs(store, coll, filter)
      const chosen = p.multi === false ? targets.slice(0, 1) : targets
      guard(coll, chosen.map((d) => d._id))
      let deleted = 0
      for (const doc of chosen) if (store.delete(coll, doc._id)) deleted += 1
      return { deleted }
    })
  }
}

/** True when this service answers the action. */
export function handlesAction(action: string): boolean {
  return action in handlers
}

/** Runs one `database.*` action; CloudBase-shaped errors for anything the caller got wrong. */
export function runDatabaseAction(store: DocumentStore, action: string, params: Params, guard: WriteGuard = noGuard): unknown {
  const handler = handlers[action]
  if (!handler) throw new CloudbaseError(CODES.INVALID_ACTION, `action ${action} is not supported by the local CloudBase`)
  try {
    return handler(store, params, guard)
  } catch (err) {
    throw asCloudbaseError(err)
  }
}

/** What the caller got wrong, as CloudBase names it; anything else (a bug) passes through. */
export function asCloudbaseError(err: unknown): unknown {
  if (err instanceof CloudbaseError) return err
  if (err instanceof DuplicateKeyError) return new CloudbaseError(CODES.DUPLICATE_WRITE, `E11000 duplicate key error collection: ${err.collection}`)
  if (err instanceof QueryError || err instanceof InvalidCollectionError || err instanceof SyntaxError) return new CloudbaseError(CODES.INVALID_PARAM, err.message)
  return err
}

function collectionName(p: Params): string {
  if (typeof p.collectionName !== 'string' || !p.collectionName) throw new CloudbaseError(CODES.INVALID_PARAM, 'collectionName is required')
  return p.collectionName
}

function readFilter(p: Params): Filter {
  if (p.query === undefined || p.query === '') return {}
  const filter = decodeWire(String(p.query))
  if (!filter || typeof filter !== 'object' || Array.isArray(filter)) throw new CloudbaseError(CODES.INVALID_PARAM, 'query must be an object')
  return resolveServerDates(filter as Filter)
}

function oneById(store: DocumentStore, coll: string, filter: Filter): Doc[] {
  const id = filter._id
  if (typeof id !== 'string') throw new CloudbaseError(CODES.INVALID_PARAM, 'doc id must be a string')
  const doc = store.get(coll, id)
  return doc ? [doc] : []
}

function nonNegative(value: unknown, name: string): number | undefined {
  if (value === undefined || value === null) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new CloudbaseError(CODES.INVALID_PARAM, `${name} must be a non-negative integer`)
  return n
}

// An upsert with operators starts from the `_id` and applies them to an empty document.
function upserted(id: DocId, operators: Filter): Doc {
  const doc: Doc = { _id: id }
  applyOperators(doc, operators)
  return doc
}

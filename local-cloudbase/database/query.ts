// Query semantics for the local CloudBase. CloudBase's command objects reach us already turned into
// MongoDB operators by the SDK's serializer ($eq $ne $gt … $and $or $nor $not, $regex via
// db.RegExp, dot paths); mingo evaluates them, so we translate only what differs.
// https://docs.cloudbase.net/api-reference/server/node-sdk/database/command
import { mingoFind, mingoUpdate } from './mingo-options'
import type { Doc } from './store'

export type Filter = Record<string, unknown>
export type Order = Record<string, 1 | -1>

/** CloudBase's server SDK returns 100 rows by default and never more than 1000 in one call. */
export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 1000

/** A malformed query, order or update the real service would reject. */
export class QueryError extends Error {}

/** Options of a read. */
export interface ReadOptions {
  order?: Order
  offset?: number
  limit?: number
  projection?: Projection
}

/** Fields kept (1) or dropped (0), or a projection operator (`{ $slice: 2 }`, `{ $elemMatch: … }`). */
export type Projection = Record<string, 0 | 1 | Record<string, unknown>>

/** Documents matching `filter`, ordered, paged and projected like `collection.get()`. */
export function runFind(docs: readonly Doc[], filter: Filter, opts: ReadOptions = {}): Doc[] {
  let cursor = guard(() => mingoFind(docs as Doc[], filter, opts.projection && Object.keys(opts.projection).length ? opts.projection : undefined))
  if (opts.order && Object.keys(opts.order).length) cursor = cursor.sort(opts.order)
  if (opts.offset) cursor = cursor.skip(opts.offset)
  cursor = cursor.limit(Math.min(opts.limit ?? DEFAULT_LIMIT, MAX_LIMIT))
  const found = guard(() => cursor.all() as Doc[])
  return opts.projection ? found.map(dropUndefined) : found
}

/** A projected field with nothing to show (`$elemMatch` matching no element) is left out, as
 * MongoDB leaves it out, rather than sent as null. */
export function dropUndefined(doc: Doc): Doc {
  for (const key of Object.keys(doc)) if (doc[key] === undefined) delete doc[key]
  return doc
}

/** Documents matching `filter` (for count, update and remove). */
export function matching(docs: readonly Doc[], filter: Filter): Doc[] {
  return guard(() => mingoFind(docs as Doc[], filter).all() as Doc[])
}

/** Applies MongoDB update operators to `doc` in place; true when anything changed. */
export function applyOperators(doc: Doc, operators: Filter): boolean {
  const id = doc._id
  const changed = guard(() => mingoUpdate(doc, operators))
  if (doc._id !== id) throw new QueryError('_id cannot be changed')
  return changed.length > 0
}

/** The SDK sends nested projections (`{ a: { b: true } }`); mingo wants dot paths and 0/1.
 * Projection operators (`_.project.slice(2)` → `{ tags: { $slice: 2 } }`) pass through as they are. */
export function normalizeProjection(value: unknown): Projection | undefined {
  if (!value || typeof value !== 'object') return undefined
  const out: Projection = {}
  const walk = (obj: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(obj)) {
      if (v && typeof v === 'object' && Object.keys(v).some((key) => key.startsWith('$'))) out[`${prefix}${k}`] = v as Record<string, unknown>
      else if (v && typeof v === 'object') walk(v as Record<string, unknown>, `${prefix}${k}.`)
      else out[`${prefix}${k}`] = v ? 1 : 0
    }
  }
  walk(value as Record<string, unknown>, '')
  return out
}

/** `order` arrives as `{ field: 1 | -1 }`; anything else is refused rather than guessed. */
export function normalizeOrder(value: unknown): Order | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'object') throw new QueryError('order must be an object')
  const out: Order = {}
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v !== 1 && v !== -1) throw new QueryError(`invalid order direction for ${k}`)
    out[k] = v
  }
  return out
}

/** True when an update document uses operators (`$set` …) rather than being a replacement. */
export function isOperatorUpdate(data: Filter): boolean {
  const keys = Object.keys(data)
  return keys.length > 0 && keys.every((k) => k.startsWith('$'))
}

function guard<T>(fn: () => T): T {
  try {
    return fn()
  } catch (err) {
    if (err instanceof QueryError) throw err
    throw new QueryError((err as Error).message)
  }
}

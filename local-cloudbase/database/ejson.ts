// CloudBase's database wire carries canonical Extended JSON (the SDK's serializer). We decode it
// with the `bson` package and store documents as relaxed EJSON, so dates stay dates and the SQLite
// JSON functions still see plain numbers and strings.
import { BSONRegExp, EJSON } from 'bson'

type Doc = Record<string, unknown>

/** Decodes an EJSON string from the SDK into JS values (RegExp for `db.RegExp`, Date for dates). */
export function decodeWire(text: string): unknown {
  return toJs(EJSON.parse(text, { relaxed: true }))
}

/** Encodes a document for a reply; canonical form so the SDK restores every type exactly.
 * ObjectIds go back as their hex strings, as CloudBase answers them (the SDK repository's
 * test/database/unit/oid.test.ts reads an ObjectId field back `=== objId`). */
export function encodeWire(doc: Doc): string {
  const text = EJSON.stringify(doc, { relaxed: false })
  // Inside a JSON string the quotes would be escaped, so only real ObjectIds match.
  return text.includes('{"$oid":"') ? text.replace(/\{"\$oid":"([0-9a-f]{24})"\}/g, '"$1"') : text
}

/** Encodes a document for storage. */
export function encodeStored(doc: Doc): string {
  return EJSON.stringify(doc, { relaxed: true })
}

/** Decodes a stored document. Most carry no extended types (`{"$date": …}` and the like), and
 * plain JSON.parse reads those several times faster than the EJSON parser. */
export function decodeStored(text: string): Doc {
  return (text.includes('{"$') ? EJSON.parse(text, { relaxed: true }) : JSON.parse(text)) as Doc
}

/**
 * Replaces `db.serverDate()` markers (`{ $tcb_server_date: { offset } }`) with the server's clock.
 * https://docs.cloudbase.net/api-reference/server/node-sdk/database/database#serverdate
 */
export function resolveServerDates<T>(value: T, now = Date.now()): T {
  if (Array.isArray(value)) return value.map((v) => resolveServerDates(v, now)) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const marker = (value as Doc).$tcb_server_date as { offset?: number } | undefined
    if (marker && Object.keys(value as Doc).length === 1) return new Date(now + Number(marker.offset ?? 0)) as T
    const out: Doc = {}
    for (const [k, v] of Object.entries(value as Doc)) out[k] = resolveServerDates(v, now)
    return out as T
  }
  return value
}

/** A deep copy of a document that keeps BSON values (ObjectId …) as they are; structuredClone
 * would turn them into plain objects. */
export function cloneDoc<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneDoc) as T
  if (value instanceof Date) return new Date(value.getTime()) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Doc = {}
    for (const [k, v] of Object.entries(value as Doc)) out[k] = cloneDoc(v)
    return out as T
  }
  return value
}

function toJs(value: unknown): unknown {
  if (value instanceof BSONRegExp) return new RegExp(value.pattern, value.options.replace(/[^gimsuy]/g, ''))
  if (Array.isArray(value)) return value.map(toJs)
  // Plain objects only: ObjectId and the other BSON values stay what they are.
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Doc = {}
    for (const [k, v] of Object.entries(value as Doc)) out[k] = toJs(v)
    return out
  }
  return value
}

// The options every mingo call of the local CloudBase runs with: mingo's operators, with the few
// where it departs from MongoDB's documented behaviour (which CloudBase defers to) replaced, and a
// JSON Schema validator for `$jsonSchema`. One operator per function, each linking its doc.
import Ajv, { type ValidateFunction } from 'ajv'
import { ObjectId } from 'bson'
import { Aggregator } from 'mingo/aggregator'
import { Context, evalExpr } from 'mingo/core'
import * as accumulatorOperators from 'mingo/operators/accumulator'
import * as expressionOperators from 'mingo/operators/expression'
import * as pipelineOperators from 'mingo/operators/pipeline'
import * as projectionOperators from 'mingo/operators/projection'
import * as queryOperators from 'mingo/operators/query'
import * as windowOperators from 'mingo/operators/window'
import { Query } from 'mingo/query'
import type { Options, Projection } from 'mingo/types'
import { update } from 'mingo/updater'
import { isObject, isOperator, resolve } from 'mingo/util'

type Any = unknown
type Obj = Record<string, unknown>

/**
 * `$elemMatch` (query): with field conditions (`{ value: { $gt: 0 } }`) only elements that are
 * documents can match; a bare number or string has no field `value`.
 * https://www.mongodb.com/docs/manual/reference/operator/query/elemMatch/
 */
function $elemMatch(selector: string, criteria: Any, options: Options) {
  const conditions = (criteria ?? {}) as Obj
  const keys = Object.keys(conditions)
  const onValues = keys.length > 0 && keys.every((k) => isOperator(k) && !['$and', '$or', '$nor'].includes(k))
  const query = new Query(onValues ? { v: conditions } : conditions, options)
  const test = onValues ? (el: Any) => query.test({ v: el }) : (el: Any) => isObject(el) && query.test(el as Obj)
  return (doc: Obj) => {
    const value = resolve(doc, selector, { unwrapArray: true })
    return Array.isArray(value) && value.some(test)
  }
}

/** UTF-8 length of one code point. */
const utf8Length = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4)

/** UTF-16 offsets of each UTF-8 byte boundary: `offsets[byte]` (undefined inside a character). */
function byteOffsets(s: string): (number | undefined)[] {
  const offsets: (number | undefined)[] = []
  let i = 0
  for (const ch of s) {
    const len = utf8Length(ch.codePointAt(0)!)
    offsets.push(i, ...new Array<undefined>(len - 1).fill(undefined))
    i += ch.length
  }
  offsets.push(s.length)
  return offsets
}

function stringArgs(obj: Any, expr: Any, options: Options, op: string): Any[] {
  if (!Array.isArray(expr) || expr.length < 2 || expr.length > 4) throw new Error(`${op} expects an array of 2 to 4 arguments`)
  return evalExpr(obj, expr, options) as Any[]
}

function optionalIndex(value: Any, fallback: number, op: string): number {
  if (value === undefined) return fallback
  if (!Number.isInteger(value) || (value as number) < 0) throw new Error(`${op} start and end must be non-negative integers`)
  return value as number
}

/**
 * `$indexOfBytes`: the UTF-8 byte index of the first occurrence, or -1; start and end are byte
 * indexes. https://www.mongodb.com/docs/manual/reference/operator/aggregation/indexOfBytes/
 */
function $indexOfBytes(obj: Any, expr: Any, options: Options): Any {
  const [s, search, start, end] = stringArgs(obj, expr, options, '$indexOfBytes')
  if (s === null || s === undefined) return null
  if (typeof s !== 'string' || typeof search !== 'string') throw new Error('$indexOfBytes requires strings')
  const bytes = Buffer.from(s, 'utf8')
  const from = optionalIndex(start, 0, '$indexOfBytes')
  const to = Math.min(optionalIndex(end, bytes.length, '$indexOfBytes'), bytes.length)
  if (from > to) return -1
  const found = bytes.subarray(0, to).indexOf(Buffer.from(search, 'utf8'), from)
  return found
}

/**
 * `$indexOfCP`: the code-point index of the first occurrence, or -1; start and end count code points.
 * https://www.mongodb.com/docs/manual/reference/operator/aggregation/indexOfCP/
 */
function $indexOfCP(obj: Any, expr: Any, options: Options): Any {
  const [s, search, start, end] = stringArgs(obj, expr, options, '$indexOfCP')
  if (s === null || s === undefined) return null
  if (typeof s !== 'string' || typeof search !== 'string') throw new Error('$indexOfCP requires strings')
  const points = Array.from(s)
  const needle = Array.from(search)
  const from = optionalIndex(start, 0, '$indexOfCP')
  const to = Math.min(optionalIndex(end, points.length, '$indexOfCP'), points.length)
  for (let i = from; i + needle.length <= to; i++) {
    if (needle.every((p, k) => points[i + k] === p)) return i
  }
  return -1
}

/**
 * `$substrBytes` (and its alias `$substr`): from a UTF-8 byte index, a count of bytes; a negative
 * start gives "", a negative count (or one past the end) runs to the end; a boundary inside a
 * character is an error. https://www.mongodb.com/docs/manual/reference/operator/aggregation/substrBytes/
 * and …/aggregation/substr/ ("If <length> is a negative number, $substr returns … the rest").
 */
function $substrBytes(obj: Any, expr: Any, options: Options): Any {
  if (!Array.isArray(expr) || expr.length !== 3) throw new Error('$substrBytes expects an array of 3 arguments')
  const [s, start, count] = evalExpr(obj, expr, options) as Any[]
  if (s === null || s === undefined) return ''
  const text = typeof s === 'string' ? s : String(s)
  if (typeof start !== 'number' || typeof count !== 'number') throw new Error('$substrBytes start and count must be numbers')
  if (start < 0) return ''
  const offsets = byteOffsets(text)
  const total = offsets.length - 1
  if (start >= total) return ''
  const end = count < 0 ? total : Math.min(total, start + count)
  const from = offsets[start]
  const to = offsets[end]
  if (from === undefined || to === undefined) throw new Error('$substrBytes: invalid range, a UTF-8 boundary falls inside a character')
  return text.slice(from, to)
}

const mingoExpression = expressionOperators as unknown as Record<string, (obj: Any, expr: Any, options: Options) => Any>

/**
 * `$trunc`: `<number>` or `[<number>, <place>]` (CloudBase's `$.trunc(<number>)` sends the first).
 * https://www.mongodb.com/docs/manual/reference/operator/aggregation/trunc/
 */
function $trunc(obj: Any, expr: Any, options: Options): Any {
  const args = Array.isArray(expr) ? (expr.length === 1 ? [expr[0], 0] : expr) : [expr, 0]
  return mingoExpression.$trunc(obj, args, options)
}

/**
 * `$week`: 0–53, weeks starting on Sunday, days before the year's first Sunday in week 0 (strftime's
 * `%U`). https://www.mongodb.com/docs/manual/reference/operator/aggregation/week/
 */
function $week(obj: Any, expr: Any, options: Options): Any {
  const dayOfYear = mingoExpression.$dayOfYear(obj, expr, options) as number | null
  const dayOfWeek = mingoExpression.$dayOfWeek(obj, expr, options) as number | null
  if (dayOfYear === null || dayOfWeek === null) return null
  return Math.floor((dayOfYear + 7 - dayOfWeek) / 7)
}

const mingoAccumulator = accumulatorOperators as unknown as Record<string, (collection: Any[], expr: Any, options: Options) => Any>

/**
 * `$stdDevSamp`: null, not NaN, when there are fewer than two numbers.
 * https://www.mongodb.com/docs/manual/reference/operator/aggregation/stdDevSamp/
 */
function $stdDevSamp(collection: Any[], expr: Any, options: Options): Any {
  const value = mingoAccumulator.$stdDevSamp(collection, expr, options)
  return typeof value === 'number' && Number.isNaN(value) ? null : value
}

// mingo's own entry points merge a caller's context under theirs (theirs win), so the local
// CloudBase builds the whole context itself and calls mingo's base classes with it.
const OPERATORS = Context.init({
  accumulator: { ...accumulatorOperators, $stdDevSamp } as never,
  expression: { ...expressionOperators, $indexOfBytes, $indexOfCP, $substrBytes, $substr: $substrBytes, $trunc, $week } as never,
  pipeline: pipelineOperators as never,
  projection: projectionOperators as never,
  query: { ...queryOperators, $elemMatch } as never,
  window: windowOperators as never
})

/** MongoDB's `bsonType` names, for `$jsonSchema` (its JSON Schema dialect adds this keyword). */
const BSON_TYPES: Record<string, (v: Any) => boolean> = {
  double: (v) => typeof v === 'number',
  int: (v) => Number.isInteger(v),
  long: (v) => Number.isInteger(v),
  decimal: (v) => typeof v === 'number',
  number: (v) => typeof v === 'number',
  string: (v) => typeof v === 'string',
  bool: (v) => typeof v === 'boolean',
  object: (v) => !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof ObjectId),
  array: (v) => Array.isArray(v),
  date: (v) => v instanceof Date,
  null: (v) => v === null,
  objectId: (v) => v instanceof ObjectId,
  regex: (v) => v instanceof RegExp
}

const ajv = new Ajv({ strict: false, allErrors: false })
ajv.addKeyword({
  keyword: 'bsonType',
  validate: (types: string | string[], data: Any) => (Array.isArray(types) ? types : [types]).some((t) => BSON_TYPES[t]?.(data) ?? false)
})
const compiled = new Map<string, ValidateFunction>()

/**
 * `$jsonSchema` (query): MongoDB's JSON Schema (draft 4 keywords plus `bsonType`), by Ajv.
 * https://www.mongodb.com/docs/manual/reference/operator/query/jsonSchema/
 */
function jsonSchemaValidator(schema: Obj) {
  const key = JSON.stringify(schema)
  let validate = compiled.get(key)
  if (!validate) {
    validate = ajv.compile(schema)
    if (compiled.size > 200) compiled.clear()
    compiled.set(key, validate)
  }
  return (doc: Obj) => validate!(doc) as boolean
}

const MINGO_OPTIONS: Partial<Options> = { context: OPERATORS, jsonSchemaValidator }

/** mingo's `find` with the local CloudBase's operators. */
export function mingoFind<T extends Obj>(docs: T[], filter: Obj, projection?: Obj) {
  return new Query(filter, MINGO_OPTIONS).find<T>(docs, projection as Projection<T> | undefined)
}

/** mingo's update operators, applied to `doc` in place; the paths that changed. */
export function mingoUpdate(doc: Obj, operators: Obj): string[] {
  return update(doc, operators as never, undefined, undefined, { queryOptions: MINGO_OPTIONS })
}

/** A mingo pipeline with the local CloudBase's operators. */
export function mingoAggregator(pipeline: Obj[], options: Partial<Options>): Aggregator {
  return new Aggregator(pipeline, { ...MINGO_OPTIONS, ...options })
}
